// An agency's form in a cycle: its assigned figures grouped by the indicators that read them,
// the shared figures it needs (read-only), last year's values, the indicators computed live,
// the explanations due, the review thread and what still stops the submission.
import type { AgencyForm, FormElement, FormIndicator, ReviewStatus } from "../../../contracts/cycles.js";
import { type Actor, permissionsOn } from "../../../domain/auth/permissions.js";
import { changePct, explanationRequired, partsAboveWholes, worsened } from "../../../domain/cycle/checks.js";
import { formulaInWords } from "../../../domain/framework/formula-words.js";
import type { DataElementDef } from "../../../domain/framework/schema.js";
import type { DbOrTx } from "../../db/client.js";
import { notFound } from "../../platform/errors.js";
import { listEvidence } from "../evidence/evidence.service.js";
import { type CycleState, loadCycleState } from "./cycle-state.js";
import { presentCycleSummary, presentSubmission } from "./cycles.present.js";
import * as repo from "./cycles.repo.js";
import { loadCycle } from "./guards.js";
import { listIndicatorExplanations } from "./indicator-explanations.repo.js";
import { DEPARTMENT_NAME, explainersOf } from "./indicator-explanations.service.js";
import { listLetterViews } from "./on-behalf.service.js";
import * as values from "./values.repo.js";

const fmt = (n: number) => n.toLocaleString("vi-VN", { maximumFractionDigits: 4 });
const formActions = [
  "submission.edit",
  "submission.submit",
  "submission.signOff",
  "submission.review",
] as const;

interface FormContext {
  state: CycleState;
  agencyId: string;
  assigned: Set<string>;
  noData: Map<string, { reason: string; at: string }>;
  onBehalf: Set<string>;
  /** When the figures were last returned, if ever. */
  returnedAt: Date | null;
  threshold: number;
  /** The agency's own notes on its figures, by `element:<code>`. */
  explanations: Map<string, string>;
  /** The one explanation of each indicator, by code. */
  indicatorExplanations: Map<string, string>;
  /** Who explains each indicator: an agency id, or null for the department. */
  explainers: Map<string, string | null>;
  agencyNames: Map<string, string>;
}

function elementView(def: DataElementDef, ctx: FormContext, agencyNames: Map<string, string[]>): FormElement {
  const { state, agencyId } = ctx;
  const readOnly = !ctx.assigned.has(def.code);
  const own = state.rows.find(
    (r) => r.value.agencyId === agencyId && r.value.elementCode === def.code,
  )?.value;
  const total = state.inputs[def.code];
  const number = readOnly ? (typeof total === "number" ? String(total) : null) : (own?.valueNumber ?? null);
  const list = readOnly
    ? Array.isArray(total)
      ? (total as never)
      : null
    : ((own?.valueList as never) ?? null);
  const inParts = (agencyNames.get(def.code)?.length ?? 0) > 1;
  const lastYear =
    ctx.state.lastYear === null
      ? null
      : readOnly || !inParts
        ? (ctx.state.lastYear.elements.get(def.code) ?? null)
        : (ctx.state.lastYear.parts.get(`${agencyId}:${def.code}`) ?? null);
  const current = number === null ? null : Number(number);
  const change = changePct(current, lastYear);
  return {
    code: def.code,
    name: def.name,
    description: def.description ?? null,
    unit: def.unit ?? null,
    kind: def.kind,
    integer: def.integer,
    min: def.min ?? null,
    max: def.max ?? null,
    shared: def.shared,
    fields: (def.fields ?? []).map((f) => ({ code: f.code, name: f.name, type: f.type })),
    readOnly,
    reportedBy: agencyNames.get(def.code) ?? [],
    number,
    list,
    version: readOnly ? null : (own?.version ?? null),
    reviewStatus: readOnly ? null : ((own?.reviewStatus as ReviewStatus | undefined) ?? null),
    updatedAt: readOnly ? null : (own?.updatedAt.toISOString() ?? null),
    lastYear,
    changePct: change,
    changeNoteSuggested: !readOnly && explanationRequired(change, ctx.threshold),
    explanation: ctx.explanations.get(`element:${def.code}`) ?? null,
    problems: [],
    noData: readOnly ? null : (ctx.noData.get(def.code) ?? null),
    enteredOnBehalf: !readOnly && ctx.onBehalf.has(def.code),
    changedSinceReturn:
      !readOnly && ctx.returnedAt !== null && own !== undefined && own.updatedAt > ctx.returnedAt,
  };
}

/** A part can never exceed its whole: flags the agency's figure when it does. */
function addRatioProblems(elements: FormElement[], state: CycleState) {
  const byCode = new Map(elements.map((e) => [e.code, e]));
  const names = new Map(state.framework.def.dataElements.map((e) => [e.code, e.name.vi]));
  for (const found of partsAboveWholes(state.framework, state.inputs, state.result.derived)) {
    const part = byCode.get(found.part);
    if (!part || part.readOnly) continue;
    part.problems.push(
      `Không được lớn hơn “${names.get(found.whole) ?? found.whole}” (${fmt(found.partValue)} > ${fmt(found.wholeValue)})`,
    );
  }
}

function indicatorView(code: string, ctx: FormContext): FormIndicator {
  const { state } = ctx;
  const compiled = state.framework.indicators.get(code)!;
  const line = state.result.indicators.find((i) => i.code === code);
  const value = line?.value ?? null;
  const lastYear = ctx.state.lastYear?.indicators[code] ?? null;
  const change = changePct(value, lastYear);
  const bad = worsened(compiled.def.direction, value, lastYear);
  // One agency explains each indicator; every other one reads its explanation.
  const explainer = ctx.explainers.get(code) ?? null;
  const explains = explainer === ctx.agencyId;
  return {
    code,
    name: compiled.def.name,
    unit: compiled.def.unit,
    unitLabel: compiled.def.unitLabel ?? null,
    direction: compiled.def.direction,
    // In words: the people filling the form read names, never codes.
    formula: compiled.def.formula ? formulaInWords(compiled.def.formula, state.framework.def) : null,
    evidenceExpected: compiled.def.evidence,
    elements: state.byIndicator.get(code) ?? [],
    value,
    reason: line?.reason ?? null,
    lastYear,
    changePct: change,
    worsened: bad,
    explanationRequired: explains && explanationRequired(change, ctx.threshold, bad),
    explanation: ctx.indicatorExplanations.get(code) ?? null,
    explainedBy: explainer ? (ctx.agencyNames.get(explainer) ?? DEPARTMENT_NAME) : DEPARTMENT_NAME,
    explainedHere: explains,
  };
}

/** What still stops the submission, each with the field it is about. */
export function submissionIssues(elements: FormElement[], indicators: FormIndicator[]) {
  const issues: { field: string; message: string }[] = [];
  for (const e of elements) {
    if (e.readOnly) continue;
    const field = `element:${e.code}`;
    if (e.noData) continue;
    if (e.number === null && e.list === null) issues.push({ field, message: `Chưa nhập “${e.name.vi}”` });
    for (const problem of e.problems) issues.push({ field, message: `${e.name.vi}: ${problem}` });
  }
  for (const i of indicators)
    if (i.explanationRequired && !i.explanation)
      issues.push({
        field: `indicator:${i.code}`,
        message: `Cần giải trình biến động của chỉ số ${i.code} so với năm trước`,
      });
  return issues;
}

export async function buildForm(
  db: DbOrTx,
  cycleId: string,
  agencyId: string,
  actor: Actor,
): Promise<AgencyForm> {
  const cycle = await loadCycle(db, cycleId);
  const summary = await repo.findCycleSummary(db, cycleId);
  const submission = (await repo.listSubmissions(db, cycleId)).find(
    (s) => s.submission.agencyId === agencyId,
  );
  if (!summary || !submission) throw notFound("submission");
  const agency = await repo.findAgency(db, agencyId);
  if (!agency) throw notFound("agency");
  const state = await loadCycleState(db, cycle);
  const assignments = await repo.listAssignments(db, cycleId);
  const agencyNames = new Map<string, string[]>();
  for (const a of assignments)
    agencyNames.set(a.elementCode, [
      ...(agencyNames.get(a.elementCode) ?? []),
      a.agencyShortName ?? a.agencyName,
    ]);
  const mine = assignments.filter((a) => a.agencyId === agencyId);
  const assigned = new Set(mine.map((a) => a.elementCode));
  const noData = new Map(
    mine.flatMap((a) =>
      a.noDataReason
        ? [[a.elementCode, { reason: a.noDataReason, at: a.noDataAt!.toISOString() }] as const]
        : [],
    ),
  );
  const onBehalf = new Set(await values.elementsEnteredOnBehalf(db, cycleId, agencyId));
  const explanations = new Map(
    (await values.listExplanations(db, cycleId, agencyId)).map((e) => [e.subject, e.body]),
  );
  const ctx: FormContext = {
    state,
    agencyId,
    assigned,
    noData,
    onBehalf,
    returnedAt: submission.submission.returnedAt,
    threshold: cycle.changeThresholdPct,
    explanations,
    indicatorExplanations: new Map(
      (await listIndicatorExplanations(db, cycleId)).map((e) => [e.indicatorCode, e.body]),
    ),
    explainers: explainersOf(state.framework, state.byIndicator, assignments, cycle.year),
    agencyNames: new Map(assignments.map((a) => [a.agencyId, a.agencyName])),
  };

  const indicatorCodes = [...state.byIndicator]
    .filter(([, els]) => els.some((e) => assigned.has(e)))
    .map(([c]) => c);
  const shown = new Set([...assigned, ...indicatorCodes.flatMap((c) => state.byIndicator.get(c) ?? [])]);
  const elements = state.framework.def.dataElements
    .filter((d) => shown.has(d.code))
    .map((d) => elementView(d, ctx, agencyNames));
  addRatioProblems(elements, state);
  const indicators = indicatorCodes.map((code) => indicatorView(code, ctx));
  const comments = await values.listComments(db, cycleId, agencyId);
  const documents = await listEvidence(db, cycleId, agencyId, { includeWithdrawn: false, reader: actor });
  const scope = { agencyId };
  return {
    cycle: presentCycleSummary(summary, actor),
    agency: { id: agency.id, name: agency.name, hasHeadSignOff: agency.hasHeadSignOff },
    submission: presentSubmission(submission),
    indicators,
    elements,
    comments: comments.map((c) => ({
      id: c.id,
      subject: c.subject,
      authorName: c.authorName,
      authorRole: c.authorRole,
      body: c.body,
      createdAt: c.createdAt.toISOString(),
    })),
    evidence: documents,
    letters: await listLetterViews(db, cycleId, agencyId),
    issues: submissionIssues(elements, indicators),
    // A history year is the comparison base: agencies read it, the coordinator keeps it.
    allowedActions: summary.cycle.kind === "history" ? [] : permissionsOn(actor, scope, formActions),
  };
}
