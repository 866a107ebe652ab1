// A report as the screens read it: its rule named, on time or late against the rule's due date,
// its versions with their computed results and flags, documents and history with people's names,
// and what the caller may do next.

import type { GhgReportReference } from "../../../contracts/ghg-report-reference.js";
import type {
  GhgDetermined,
  GhgEmissionsResult,
  GhgFacilityReports,
  GhgFlag,
  GhgReportDetail,
  GhgReportStatus,
  GhgReportSummary,
} from "../../../contracts/ghg-reports.js";
import { type Actor, can } from "../../../domain/auth/permissions.js";
import { daysBetween } from "../../../domain/cycle/timeliness.js";
import type { ObligationRule } from "../../../domain/ghg/obligation-rules.js";
import { dueDateOf } from "../../../domain/ghg/obligations.js";
import {
  allowedCommands,
  documentKindsFor,
  type GhgRole,
  type ReportState,
} from "../../../domain/ghg/report-workflow.js";
import type { DbOrTx } from "../../db/client.js";
import { notFound } from "../../platform/errors.js";
import * as repo from "./ghg-reports.repo.js";
import { shippedGhgData } from "./report-figures.js";
import { reportRules } from "./report-rules.js";

export function rolesOn(actor: Actor, facilityId: string): GhgRole[] {
  const roles: GhgRole[] = [];
  if (can(actor, "ghgReport.appraise", { facilityId })) roles.push("appraise");
  if (can(actor, "ghgReport.submit", { facilityId })) roles.push("submit");
  return roles;
}

export function stateOf(
  report: repo.ReportRow,
  facility: Pick<repo.FacilityRow, "quotaStatus">,
): ReportState {
  return {
    status: report.status as GhgReportStatus,
    quota: facility.quotaStatus === "allocated",
    periodFrom: report.periodFrom,
    periodTo: report.periodTo,
    verified: Boolean(report.verifier && report.verificationConclusion && report.verifiedOn),
  };
}

/** On time when received by the rule's due date in the report's year. */
export function timeliness(rule: ObligationRule | undefined, year: number, receivedOn: string) {
  const dueDate = rule ? dueDateOf(rule, year) : `${year}-12-31`;
  const late = daysBetween(dueDate, receivedOn);
  return { dueDate, onTime: late <= 0, daysLate: late > 0 ? late : null };
}

function ruleRef(rule: ObligationRule | undefined, code: string, kind: string) {
  return {
    code,
    name: rule?.owed.vi ?? code,
    kind: rule?.kind ?? kind,
    status: rule?.status ?? ("provisional" as const),
  };
}

function summaryOf(
  report: repo.ReportRow,
  rule: ObligationRule | undefined,
  result: unknown,
  flags: unknown,
): GhgReportSummary {
  const years = (result as GhgEmissionsResult).years ?? [];
  return {
    id: report.id,
    rule: ruleRef(rule, report.ruleCode, report.kind),
    year: report.year,
    periodFrom: report.periodFrom,
    periodTo: report.periodTo,
    status: report.status as GhgReportStatus,
    receivedOn: report.receivedOn,
    receivedVia: report.receivedVia as "facility" | "recorded",
    ...timeliness(rule, report.year, report.receivedOn),
    currentVersion: report.currentVersion,
    totals: years.map((y) => ({ year: y.year, total: y.total })),
    flagCount: (flags as GhgFlag[]).length,
  };
}

function facilityRef(f: repo.FacilityRow) {
  return {
    id: f.id,
    name: f.name,
    sector: f.sector,
    quotaStatus: f.quotaStatus as "none" | "allocated",
    quotaSector: f.quotaSector,
  };
}

export async function facilityReports(
  db: DbOrTx,
  facility: repo.FacilityRow,
  actor: Actor,
): Promise<GhgFacilityReports> {
  const { rules } = await reportRules(db);
  const byCode = new Map(rules.map((r) => [r.code, r]));
  const rows = await repo.reportsOfFacility(db, facility.id);
  return {
    facility: facilityRef(facility),
    items: rows.map((r) => summaryOf(r.report, byCode.get(r.report.ruleCode), r.result, r.flags)),
    canRecord: can(actor, "ghgReport.submit", { facilityId: facility.id }),
  };
}

export async function reportDetail(db: DbOrTx, id: string, actor: Actor): Promise<GhgReportDetail> {
  const report = await repo.findReport(db, id);
  if (!report) throw notFound("ghgReport");
  const facility = await repo.findFacility(db, report.facilityId);
  if (!facility) throw notFound("ghgFacility");
  const { rules } = await reportRules(db);
  const rule = rules.find((r) => r.code === report.ruleCode);
  const [versions, documents, events] = await Promise.all([
    repo.versionsOf(db, id),
    repo.documentsOf(db, id),
    repo.eventsOf(db, id),
  ]);
  const current = versions.find((v) => v.version.number === report.currentVersion)?.version;
  const roles = rolesOn(actor, facility.id);
  const state = stateOf(report, facility);
  return {
    ...summaryOf(report, rule, current?.result ?? {}, current?.flags ?? []),
    facility: facilityRef(facility),
    verificationPath: state.quota,
    informationDueOn: report.informationDueOn,
    appraisalBody: report.appraisalBody as GhgReportDetail["appraisalBody"],
    appraisers: report.appraisers as string[],
    findings: report.findings,
    determined: (report.determined as GhgDetermined | null) ?? null,
    verification:
      report.verifier && report.verificationConclusion && report.verifiedOn
        ? {
            verifier: report.verifier,
            conclusion: report.verificationConclusion,
            verifiedOn: report.verifiedOn,
          }
        : null,
    rowVersion: report.rowVersion,
    versions: versions.map(({ version: v, recordedBy }) => ({
      number: v.number,
      reason: v.reason,
      gwpCode: v.gwpCode,
      lines: v.lines as GhgReportDetail["versions"][number]["lines"],
      factors: v.factors as GhgReportDetail["versions"][number]["factors"],
      declared: v.declared as GhgReportDetail["versions"][number]["declared"],
      result: v.result as GhgEmissionsResult,
      flags: v.flags as GhgFlag[],
      recordedBy,
      recordedAt: v.recordedAt.toISOString(),
    })),
    documents: documents.map(({ document: d, uploadedBy }) => ({
      id: d.id,
      kind: d.kind as GhgReportDetail["documents"][number]["kind"],
      fileName: d.fileName,
      sizeBytes: d.sizeBytes,
      mediaType: d.mediaType,
      versionNumber: d.versionNumber,
      uploadedBy,
      uploadedAt: d.uploadedAt.toISOString(),
    })),
    events: events.map(({ event: e, actor: name }) => ({
      id: e.id,
      kind: e.kind as GhgReportDetail["events"][number]["kind"],
      fromStatus: e.fromStatus as GhgReportStatus | null,
      toStatus: e.toStatus as GhgReportStatus | null,
      note: e.note,
      dueOn: e.dueOn,
      actor: name,
      at: e.at.toISOString(),
    })),
    allowedActions: allowedCommands(state, roles),
    documentKinds: documentKindsFor(state, roles),
  };
}

/** The obligations, grid factors and GWP sets a report's form offers, each by its name. */
export async function reportReference(db: DbOrTx): Promise<GhgReportReference> {
  const { rules } = await reportRules(db);
  const shipped = shippedGhgData();
  return {
    rules: rules.map((r) => ({ code: r.code, name: r.owed.vi, status: r.status })),
    factors: shipped.grid.map((f) => ({
      code: f.code,
      name: f.name ?? `Lưới điện Việt Nam năm ${f.validFrom}`,
      gas: f.gas,
      value: f.value,
      unit: f.unit,
      validFrom: f.validFrom,
      validTo: f.validTo,
      status: f.status ?? "confirmed",
      document: f.document ?? null,
    })),
    gwpSets: shipped.gwpSets.map((g) => ({ code: g.code, name: g.name })),
  };
}
