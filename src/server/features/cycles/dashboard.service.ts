// The coordinator's view of a cycle: how complete and how timely each agency is, which
// evidence is missing or unreviewed, and the indicators computed so far against last year.
// Also the overdue list the leadership follows (seed 000: late agencies are reported upward).
import type { Dashboard, OverdueItem, SubmissionStatus } from "../../../contracts/cycles.js";
import type { Actor } from "../../../domain/auth/permissions.js";
import { changePct, explanationRequired, worsened } from "../../../domain/cycle/checks.js";
import { localDay, timelinessOf } from "../../../domain/cycle/timeliness.js";
import type { DbOrTx } from "../../db/client.js";
import { notFound } from "../../platform/errors.js";
import { isExternal, statusOfResult } from "../computations/result.present.js";
import { listCycleEvidence } from "../evidence/evidence.repo.js";
import { loadCycleState } from "./cycle-state.js";
import { presentCycleSummary } from "./cycles.present.js";
import * as repo from "./cycles.repo.js";
import { loadCycle } from "./guards.js";
import { listIndicatorExplanations } from "./indicator-explanations.repo.js";
import { DEPARTMENT_NAME, explainersOf } from "./indicator-explanations.service.js";

const pct = (part: number, whole: number) => (whole === 0 ? 100 : Math.round((part / whole) * 1000) / 10);

export async function buildDashboard(
  db: DbOrTx,
  cycleId: string,
  actor: Actor,
  now = new Date(),
): Promise<Dashboard> {
  const cycle = await loadCycle(db, cycleId);
  const summary = await repo.findCycleSummary(db, cycleId);
  if (!summary) throw notFound("cycle");
  const state = await loadCycleState(db, cycle);
  const today = localDay(now);
  const assignments = await repo.listAssignments(db, cycleId);
  const documents = await listCycleEvidence(db, cycleId);
  const shared = new Set(state.framework.def.dataElements.filter((e) => e.shared).map((e) => e.code));
  const filledKeys = new Set(
    state.rows
      .filter((r) => r.value.valueNumber !== null || r.value.valueList !== null)
      .map((r) => `${r.value.agencyId}:${r.value.elementCode}`),
  );

  const districts = await repo.formerDistrictsByAgency(db);
  const rows = (await repo.listSubmissions(db, cycleId)).map(
    ({ submission, agencyName, agencyShortName }) => {
      const own = assignments.filter((a) => a.agencyId === submission.agencyId);
      const filled = own.filter((a) => filledKeys.has(`${a.agencyId}:${a.elementCode}`)).length;
      const ownElements = new Set(own.filter((a) => !shared.has(a.elementCode)).map((a) => a.elementCode));
      // Evidence is expected from whoever reports an indicator's own figures.
      const evidenceMissing = [...state.byIndicator]
        .filter(([code, elements]) => {
          const expects = (state.framework.indicators.get(code)?.def.evidence.length ?? 0) > 0;
          return expects && elements.some((e) => ownElements.has(e));
        })
        .map(([code]) => code)
        .filter(
          (code) => !documents.some((d) => d.agencyId === submission.agencyId && d.indicatorCode === code),
        );
      return {
        agency: { id: submission.agencyId, name: agencyName, shortName: agencyShortName },
        status: submission.status as SubmissionStatus,
        assigned: own.length,
        filled,
        completenessPct: pct(filled, own.length),
        firstSubmittedAt: submission.firstSubmittedAt?.toISOString() ?? null,
        ...timelinessOf(cycle.submissionDue, submission.firstSubmittedAt, today),
        evidenceMissing,
        evidenceUnreviewed: documents.filter(
          (d) => d.agencyId === submission.agencyId && d.reviewStatus === "pending",
        ).length,
        returnReason: submission.status === "returned" ? submission.returnReason : null,
        formerDistricts: districts.get(submission.agencyId) ?? [],
      };
    },
  );

  const status = statusOfResult(state.framework, state.result);
  const explained = new Map(
    (await listIndicatorExplanations(db, cycle.id)).map((e) => [e.indicatorCode, e.body]),
  );
  const explainers = explainersOf(state.framework, state.byIndicator, assignments, cycle.year);
  const agencyName = new Map(assignments.map((a) => [a.agencyId, a.agencyName]));
  const indicators = state.result.indicators.map((line) => {
    const def = state.framework.indicators.get(line.code)!.def;
    const lastYear = state.lastYear?.indicators[line.code] ?? null;
    const change = changePct(line.value, lastYear);
    const bad = worsened(def.direction, line.value, lastYear);
    const explainer = explainers.get(line.code) ?? null;
    return {
      code: line.code,
      name: def.name,
      unit: def.unit,
      unitLabel: def.unitLabel ?? null,
      status: line.status,
      value: line.value,
      reason: line.reason,
      points: line.hundredths / 100,
      maxPoints: line.maxHundredths / 100,
      lastYear,
      changePct: change,
      worsened: bad,
      external: isExternal(state.framework, state.result.editionCode, line.code),
      agencies: def.agencies ?? [],
      // The framework says what it scores when it does not apply: the coordinator may mark it.
      markableNotApplicable: def.notApplicable !== undefined && line.status !== "not_assessed",
      explanation: explained.get(line.code) ?? null,
      explainedBy: explainer ? (agencyName.get(explainer) ?? DEPARTMENT_NAME) : DEPARTMENT_NAME,
      explanationDue:
        line.status !== "not_assessed" &&
        explanationRequired(change, cycle.changeThresholdPct, bad) &&
        !explained.has(line.code),
    };
  });
  const assigned = rows.reduce((n, r) => n + r.assigned, 0);
  const filled = rows.reduce((n, r) => n + r.filled, 0);
  return {
    cycle: presentCycleSummary(summary, actor),
    today,
    frameworkVersion: state.version,
    agencies: rows,
    totals: {
      agencies: rows.length,
      submitted: rows.filter((r) => r.status === "submitted" || r.status === "accepted").length,
      accepted: rows.filter((r) => r.status === "accepted").length,
      overdue: rows.filter((r) => r.timeliness === "overdue").length,
      completenessPct: pct(filled, assigned),
    },
    indicators,
    total: {
      points: state.result.totalHundredths / 100,
      maxPoints: state.result.maxHundredths / 100,
      band: status.complete ? state.result.band : null,
      bandPosition: status.complete ? bandPosition(state) : null,
      complete: status.complete,
      status,
    },
  };
}

/** Agencies past the submission deadline without an accepted submission in a collecting cycle. */
export async function listOverdue(
  db: DbOrTx,
  now = new Date(),
): Promise<{ today: string; items: OverdueItem[] }> {
  const today = localDay(now);
  const rows = await repo.listUnsubmitted(db);
  const items = rows.flatMap((r) => {
    const { timeliness, daysOverdue } = timelinessOf(r.cycle.submissionDue, null, today);
    if (timeliness !== "overdue" || daysOverdue === null) return [];
    return [
      {
        cycleId: r.cycle.id,
        year: r.cycle.year,
        province: r.province,
        agency: { id: r.submission.agencyId, name: r.agencyName, shortName: r.agencyShortName },
        status: r.submission.status as SubmissionStatus,
        submissionDue: r.cycle.submissionDue,
        daysOverdue,
        returnReason: r.submission.returnReason,
      },
    ];
  });
  items.sort((a, b) => b.daysOverdue - a.daysOverdue || a.agency.name.localeCompare(b.agency.name, "vi"));
  return { today, items };
}

/** The result's band among the edition's bands, best first. */
function bandPosition(state: Awaited<ReturnType<typeof loadCycleState>>) {
  const bands = [...(state.framework.editions.get(state.result.editionCode)?.def.bands ?? [])].sort(
    (a, b) => b.min - a.min,
  );
  const index = bands.findIndex((b) => b.label.vi === state.result.band?.vi);
  return index < 0 ? null : { index, count: bands.length };
}
