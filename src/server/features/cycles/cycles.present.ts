// Database rows of a cycle as the API shows them.
import type {
  CycleStatus,
  CycleSummary,
  SubmissionStatus,
  SubmissionSummary,
} from "../../../contracts/cycles.js";
import { type Actor, permissionsOn } from "../../../domain/auth/permissions.js";
import type { CycleSummaryRow, listSubmissions } from "./cycles.repo.js";

const cycleActions = [
  "cycle.manage",
  "cycle.approve",
  "submission.review",
  "document.read",
  "document.edit",
] as const;
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentCycleSummary(row: NonNullable<CycleSummaryRow>, actor: Actor): CycleSummary {
  const c = row.cycle;
  return {
    id: c.id,
    frameworkCode: c.frameworkCode,
    frameworkName: { vi: row.frameworkName },
    editionCode: c.editionCode,
    orgUnit: { id: c.orgUnitId, name: row.orgUnitName },
    year: c.year,
    kind: c.kind as CycleSummary["kind"],
    status: c.status as CycleStatus,
    deadlines: {
      submissionDue: c.submissionDue,
      reviewDue: c.reviewDue,
      approvalDue: c.approvalDue,
      ministryDue: c.ministryDue,
    },
    changeThresholdPct: c.changeThresholdPct,
    approvedAt: iso(c.approvedAt),
    rowVersion: c.rowVersion,
    createdAt: c.createdAt.toISOString(),
    agencyCount: Number(row.agencyCount),
    acceptedCount: Number(row.acceptedCount),
    allowedActions: permissionsOn(actor, { cycleStatus: c.status }, cycleActions),
  };
}

type SubmissionJoin = Awaited<ReturnType<typeof listSubmissions>>[number];

export function presentSubmission(row: SubmissionJoin): SubmissionSummary {
  const s = row.submission;
  return {
    id: s.id,
    agency: { id: s.agencyId, name: row.agencyName, shortName: row.agencyShortName },
    status: s.status as SubmissionStatus,
    needsSignOff: row.hasHeadSignOff,
    signedOffAt: iso(s.signedOffAt),
    signOffRequestedAt: s.signedOffAt ? null : iso(s.signOffRequestedAt),
    signOffResetNote: s.signedOffAt ? null : s.signOffResetNote,
    submittedAt: iso(s.submittedAt),
    firstSubmittedAt: iso(s.firstSubmittedAt),
    returnedAt: iso(s.returnedAt),
    returnReason: s.returnReason,
    acceptedAt: iso(s.acceptedAt),
    onBehalfSince: iso(s.onBehalfSince),
    missingReason: s.missingReason,
    missingAcceptedAt: iso(s.missingAcceptedAt),
    rowVersion: s.rowVersion,
  };
}
