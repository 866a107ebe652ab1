// Gathers what the self-assessment report says about a cycle — the figures and indicators at
// this moment, who explained what, the evidence cited, what is still provisional — and renders
// it to .docx and .pdf. `buildReportFiles` is what the route and the Ministry dossier call.

import type { CycleStatus } from "../../../contracts/cycles.js";
import { changePct } from "../../../domain/cycle/checks.js";
import { lockedCycleStatuses } from "../../../domain/cycle/workflow.js";
import type { ListItem } from "../../../domain/formula/index.js";
import type { DataElementDef } from "../../../domain/framework/schema.js";
import { documentDay, environmentBodiesOn } from "../../../domain/org/names-of-the-time.js";
import { formatNumberVi } from "../../../domain/text/format-vi.js";
import { vietnameseUnitText } from "../../../domain/text/unit-labels.js";
import type { Db } from "../../db/client.js";
import { renderDocx } from "../../documents/docx.js";
import { renderPdf } from "../../documents/pdf.js";
import { notFound } from "../../platform/errors.js";
import { releaseMemory } from "../../platform/release-memory.js";
import { statusOfResult } from "../computations/result.present.js";
import { type CycleState, loadCycleState } from "../cycles/cycle-state.js";
import * as cycles from "../cycles/cycles.repo.js";
import { loadCycle } from "../cycles/guards.js";
import { listIndicatorExplanations } from "../cycles/indicator-explanations.repo.js";
import { DEPARTMENT_NAME } from "../cycles/indicator-explanations.service.js";
import { listEvidenceInForce } from "../evidence/evidence.repo.js";
import { draftFields } from "./drafts.service.js";
import { buildReportDocument, type ReportData, type ReportGaps, reportFileBase } from "./report-document.js";
import type { ReportFigure, ReportIndicator } from "./report-tables.js";
import { cycleStanding } from "./standing.js";

type ListFieldDef = NonNullable<DataElementDef["fields"]>[number];
type Submissions = Awaited<ReturnType<typeof cycles.listSubmissions>>;
type Assignments = Awaited<ReturnType<typeof cycles.listAssignments>>;

/**
 * An indicator is provisional while any figure it reads is missing, not accepted on review, or
 * belongs to an agency whose submission is not accepted.
 */
export function provisionalIndicators(
  state: Pick<CycleState, "byIndicator" | "rows">,
  assignments: Pick<Assignments[number], "agencyId" | "elementCode">[],
  acceptedAgencies: Set<string>,
): Set<string> {
  const rows = new Map(state.rows.map((r) => [`${r.value.agencyId}:${r.value.elementCode}`, r.value]));
  const settled = (a: { agencyId: string; elementCode: string }) =>
    acceptedAgencies.has(a.agencyId) &&
    rows.get(`${a.agencyId}:${a.elementCode}`)?.reviewStatus === "accepted";
  const unsettled = new Set(assignments.filter((a) => !settled(a)).map((a) => a.elementCode));
  const codes = new Set<string>();
  for (const [code, elements] of state.byIndicator)
    if (elements.some((e) => unsettled.has(e))) codes.add(code);
  return codes;
}

/** One row of a list as the annex prints it: "Bệnh viện A; Có hệ thống xử lý nước thải đạt quy chuẩn: Có". */
export function listItemText(fields: readonly ListFieldDef[], item: ListItem): string {
  const parts: string[] = [];
  for (const field of fields) {
    const value = item[field.code];
    if (value === null || value === undefined || value === "") continue;
    if (field.type === "text" && parts.length === 0) parts.push(String(value));
    else if (field.type === "boolean") parts.push(`${field.name.vi}: ${value === true ? "Có" : "Không"}`);
    else if (field.type === "number" && typeof value === "number")
      parts.push(
        `${field.name.vi}: ${formatNumberVi(value)}${field.unit ? ` ${vietnameseUnitText(field.unit)}` : ""}`,
      );
    else parts.push(`${field.name.vi}: ${String(value)}`);
  }
  return parts.join("; ");
}

/** The engine names missing figures by code; the Ministry reads their names, and every row of a list. */
function figures(state: CycleState): ReportFigure[] {
  const defs = state.framework.def.dataElements;
  const order = new Map(defs.map((d, i) => [d.code, i]));
  const byCode = new Map(defs.map((d) => [d.code, d]));
  return [...state.rows]
    .filter((r) => r.value.valueNumber !== null || r.value.valueList !== null)
    .sort(
      (a, b) =>
        a.agencyName.localeCompare(b.agencyName, "vi") ||
        (order.get(a.value.elementCode) ?? 0) - (order.get(b.value.elementCode) ?? 0),
    )
    .map(({ value, agencyName }) => {
      const def = byCode.get(value.elementCode);
      const list = Array.isArray(value.valueList) ? (value.valueList as ListItem[]) : null;
      return {
        agencyName,
        elementCode: value.elementCode,
        elementName: def?.name.vi ?? value.elementCode,
        value: value.valueNumber === null ? null : Number(value.valueNumber),
        listItems: list ? list.map((item) => listItemText(def?.fields ?? [], item)) : null,
        unit: list ? "" : vietnameseUnitText(def?.unit),
      };
    });
}

export async function gatherReportData(db: Db, cycleId: string): Promise<ReportData> {
  const cycle = await loadCycle(db, cycleId);
  const province = await cycles.findOrgUnit(db, cycle.orgUnitId);
  if (!province) throw notFound("orgUnit");
  const state = await loadCycleState(db, cycle);
  const submissions: Submissions = await cycles.listSubmissions(db, cycleId);
  const accepted = new Set(
    submissions.filter((s) => s.submission.status === "accepted").map((s) => s.submission.agencyId),
  );
  const assignments = await cycles.listAssignments(db, cycleId);
  const provisional = provisionalIndicators(state, assignments, accepted);
  // One explanation per indicator, by whoever is responsible for it.
  const explained = new Map(
    (await listIndicatorExplanations(db, cycleId)).map((e) => [
      e.indicatorCode,
      [{ agency: e.agencyName ?? DEPARTMENT_NAME, text: e.body.trim() }],
    ]),
  );
  const edition = state.framework.editions.get(cycle.editionCode)!;
  const indicators: ReportIndicator[] = state.result.indicators.map((line) => {
    const def = state.framework.indicators.get(line.code)!.def;
    const lastYear = state.lastYear?.indicators[line.code] ?? null;
    return {
      code: line.code,
      name: def.name.vi,
      unit: vietnameseUnitText(def.unit, def.unitLabel),
      status: line.status,
      value: line.value,
      reason: line.reason,
      points: line.hundredths / 100,
      maxPoints: line.maxHundredths / 100,
      lastYear,
      changePct: changePct(line.value, lastYear),
      explanations: explained.get(line.code) ?? [],
      provisional: provisional.has(line.code),
    };
  });
  const status = statusOfResult(state.framework, state.result);
  const standing = await cycleStanding(db, cycle, province.name, {
    points: state.result.totalHundredths / 100,
    maxPoints: state.result.maxHundredths / 100,
    band: state.result.band?.vi ?? null,
    status,
    pepi: state.framework.def.kind === "pepi",
  });
  const fields = await draftFields(db, cycleId, "report");
  return {
    fields,
    year: cycle.year,
    provinceName: province.name,
    ministryName: environmentBodiesOn(documentDay(fields.date, cycle.submissionDue)).ministry,
    approved: lockedCycleStatuses.includes(cycle.status as CycleStatus),
    standing,
    groups: status.groups.map((g) => ({
      name: edition.def.groups.find((d) => d.code === g.code)?.name.vi ?? g.code,
      points: g.points,
      maxPoints: g.maxPoints,
      state: g.state,
      pending: g.pending.length,
      external: g.external,
    })),
    indicators,
    // The same documents the dossier carries: neither withdrawn nor rejected.
    evidence: (await listEvidenceInForce(db, cycleId)).map(({ evidence: e }) => ({
      indicatorCode: e.indicatorCode,
      fileName: e.fileName,
      docNumber: e.docNumber,
      docDate: e.docDate,
      issuer: e.issuer,
    })),
    figures: figures(state),
    gaps: gapsOf(state, submissions, assignments),
  };
}

function gapsOf(state: CycleState, submissions: Submissions, assignments: Assignments): ReportGaps {
  const elementName = new Map(state.framework.def.dataElements.map((d) => [d.code, d.name.vi]));
  return {
    missingAgencies: submissions.flatMap(({ submission: s, agencyName }) =>
      s.missingReason
        ? [{ agency: agencyName, reason: s.missingReason, accepted: s.missingAcceptedAt !== null }]
        : [],
    ),
    noData: assignments.flatMap((a) =>
      a.noDataReason
        ? [
            {
              agency: a.agencyName,
              element: elementName.get(a.elementCode) ?? a.elementCode,
              reason: a.noDataReason,
            },
          ]
        : [],
    ),
  };
}

export interface GeneratedFiles {
  docx: Buffer;
  pdf: Buffer;
  /** The file name without extension, diacritics kept: "Báo cáo tự đánh giá PEPI 2024". */
  fileBase: string;
}

export async function buildReport(db: Db, cycleId: string, format: "docx" | "pdf") {
  const data = await gatherReportData(db, cycleId);
  const document = buildReportDocument(data);
  const content = format === "docx" ? await renderDocx(document) : await renderPdf(document);
  return { content, fileName: `${reportFileBase(data.year)}.${format}` };
}

/** Both formats from one reading of the cycle, for the dossier sent to the Ministry. */
export async function buildReportFiles(db: Db, cycleId: string): Promise<GeneratedFiles> {
  const data = await gatherReportData(db, cycleId);
  const document = buildReportDocument(data);
  // One after the other: the two renderers at once would double the memory peak for no gain.
  const docx = await renderDocx(document);
  releaseMemory();
  const pdf = await renderPdf(document);
  return { docx, pdf, fileBase: reportFileBase(data.year) };
}
