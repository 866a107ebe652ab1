// A plan read from its text, as the coordinator corrects it before saving: sections with their
// lettered tasks (those of part II, then each agency's own duties of part III as a section "III.n"
// of their own that it leads), each task's lead and supporting agencies filled from what part III
// gives each agency, the agency PEPI Hub has for each name read (chosen once for all that name's
// tasks; a department the 2025 reorganisation ended proposed its successor, chosen by itself only
// when the step is confirmed), and the targets read, in the plan's years. What must be settled
// before saving is listed by place; the save sends the plan's existing targets, the targets kept
// and the sections read, whole.
import type { PlanDetail, PlanDraftView } from "../../../contracts/plan-content.js";
import { pgiPartOfSection } from "../../../domain/pgi/section-part.js";
import { isRank } from "../../../domain/plans/plan-content-rules.js";
import { periodText } from "../../../domain/plans/plan-rules.js";
import { isTaskLetter } from "../../../domain/plans/task-letters.js";
import { decimalText, readDecimal } from "../../lib/decimal.js";
import type { PlanContentUpdate, TargetInput } from "./plan-reading.api.js";

export interface DraftTaskState {
  key: string;
  letter: string;
  body: string;
  lead: string[];
  support: string[];
}

export interface DraftSectionState {
  key: string;
  number: string;
  title: string;
  tasks: DraftTaskState[];
}

type Reference = PlanDraftView["agencies"][number]["references"][number];
type ReadTarget = PlanDraftView["targets"][number];

export interface DraftAgencyState {
  /** Its number in part III. */
  number: string;
  /** As the plan names it. */
  name: string;
  /** The agency the server matched by name (or its successor), when it can still be given tasks. */
  matched: { id: string; name: string } | null;
  /**
   * Not matched: the department that took over its work in the 2025 reorganisation, for the
   * coordinator to confirm; `basis`, the text that confirms the step (then it is chosen already).
   */
  proposal: { id: string; name: string; basis: string | null } | null;
  /** The agency of PEPI Hub given this name's tasks; null for none. */
  chosen: string | null;
  /** The tasks of part II it is given, and its own duties (section "III.n"), which it leads. */
  references: Reference[];
}

/** What became of a value the text gives for a year outside the plan's years. */
export type TargetNote =
  | { kind: "toBaseline"; year: number; value: number }
  | { kind: "dropped"; year: number; value: number; after: boolean };

export interface DraftTargetState {
  /** A fresh id: the reference by which the tasks it was read in serve it once saved. */
  key: string;
  keep: boolean;
  /** The plan already has this target (a measure of its own by this name, or the same index). */
  known: boolean;
  measure: ReadTarget["measure"];
  measureRef: string | null;
  /** A measure of the plan's own: as typed; an index's measure: as the plan's page names it. */
  name: string;
  unit: string;
  direction: "up" | "down";
  baselineYear: number | null;
  baselineValue: string;
  /** What the baseline was read from, saved with it; cleared once the coordinator changes it. */
  baselineSource: string | null;
  /** Where the text wrote it, as read: a task of part II ("điểm a mục 1") or an objective of part I. */
  part: "I" | "II";
  section: string;
  letter: string;
  /**
   * The key of the task it was read in, which serves it once saved: kept when the task's letter
   * or its section's number is corrected in the draft. Null when the text has no such task.
   */
  task: string | null;
  /** A value for each year of the plan, empty where none is aimed at. */
  yearly: { year: number; value: string }[];
  notes: TargetNote[];
}

export interface DraftState {
  sections: DraftSectionState[];
  agencies: DraftAgencyState[];
  targets: DraftTargetState[];
  /** What the reader could not read, in its words (agencies not found are listed with their choice). */
  problems: string[];
}

/** A version 4 UUID; `crypto.randomUUID` exists only on https or localhost, a province's LAN may be neither. */
export function newId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const sameName = (a: string, b: string) =>
  a.normalize("NFC").toLocaleLowerCase("vi-VN").replace(/\s+/g, " ").trim() ===
  b.normalize("NFC").toLocaleLowerCase("vi-VN").replace(/\s+/g, " ").trim();

/** A task's agencies: each leads or supports once, and one that leads does not also support. */
function settled(task: DraftTaskState): DraftTaskState {
  const lead = [...new Set(task.lead)];
  return { ...task, lead, support: [...new Set(task.support)].filter((id) => !lead.includes(id)) };
}

/** The section of part III's own duties of the agency numbered so there. */
export const dutySection = (agencyNumber: string) => `III.${agencyNumber}`;

/**
 * The target's values in the plan's years: a value aimed at without a year goes in the last year
 * (or in each when it is to be held); one the text gives for a year before the plan is where the
 * target starts from, when the text says nothing else of it, and is left out otherwise, as is one
 * after the plan; each said in a note.
 */
function inPlanYears(t: ReadTarget, plan: Pick<PlanDetail, "periodFrom" | "periodTo">) {
  const years = Array.from({ length: plan.periodTo - plan.periodFrom + 1 }, (_, i) => plan.periodFrom + i);
  const values = new Map<number, number>();
  if (t.goal) for (const year of t.goal.every ? years : [plan.periodTo]) values.set(year, t.goal.value);
  const sorted = [...t.yearly].sort((a, b) => a.year - b.year);
  for (const y of sorted)
    if (y.year >= plan.periodFrom && y.year <= plan.periodTo) values.set(y.year, y.value);
  const before = sorted.filter((y) => y.year < plan.periodFrom);
  const notes: TargetNote[] = [];
  let baseline: { year: number | null; value: number; source: string } | null = t.baseline
    ? { ...t.baseline, source: "Theo văn bản kế hoạch" }
    : null;
  const start = baseline ? undefined : before.pop();
  if (start) {
    baseline = { ...start, source: `Giá trị phấn đấu năm ${start.year} ghi trong văn bản kế hoạch` };
    notes.push({ kind: "toBaseline", ...start });
  }
  for (const y of before) notes.push({ kind: "dropped", ...y, after: false });
  for (const y of sorted) if (y.year > plan.periodTo) notes.push({ kind: "dropped", ...y, after: true });
  return {
    yearly: years.map((year) => ({ year, value: decimalText(values.get(year)) })),
    baseline,
    notes,
  };
}

/**
 * The draft as the page holds it. `activeAgencies`: the agencies that can be given tasks; a
 * name matched to one that has stopped is left for the coordinator to choose.
 */
export function draftStateOf(
  draft: PlanDraftView,
  plan: PlanDetail,
  activeAgencies: ReadonlySet<string>,
  makeId: () => string = newId,
): DraftState {
  const task = (t: { letter: string; body: string }): DraftTaskState => ({
    key: makeId(),
    letter: t.letter,
    body: t.body,
    lead: [],
    support: [],
  });
  const sections: DraftSectionState[] = [
    ...draft.sections.map((s) => ({
      key: makeId(),
      number: s.number,
      title: s.title,
      tasks: s.tasks.map(task),
    })),
    ...draft.agencies
      .filter((a) => a.duties.length > 0)
      .map((a) => ({
        key: makeId(),
        number: dutySection(a.number),
        title: a.name,
        tasks: a.duties.map(task),
      })),
  ];
  const agencies: DraftAgencyState[] = draft.agencies.map((a) => {
    const matched = a.agency && activeAgencies.has(a.agency.id) ? a.agency : null;
    const proposal =
      !matched && a.proposal && activeAgencies.has(a.proposal.agency.id)
        ? { ...a.proposal.agency, basis: a.proposal.basis }
        : null;
    return {
      number: a.number,
      name: a.name,
      matched,
      proposal,
      // A step the reference notes confirm is taken; any other waits for the coordinator.
      chosen: matched?.id ?? (proposal?.basis ? proposal.id : null),
      references: [
        ...a.references,
        ...a.duties.map((d) => ({ section: dutySection(a.number), letter: d.letter, role: "lead" as const })),
      ],
    };
  });
  for (const agency of agencies)
    if (agency.chosen)
      for (const ref of agency.references) {
        const task = findTask(sections, ref);
        if (task) (ref.role === "lead" ? task.lead : task.support).push(agency.chosen);
      }
  const own = plan.targets.filter((t) => t.measure === "own" && t.name).map((t) => t.name!);
  const isKnown = (t: ReadTarget) =>
    t.measure === "own"
      ? own.some((name) => sameName(name, t.name))
      : plan.targets.some((p) => p.measure === t.measure && (p.measureRef ?? null) === t.measureRef);
  return {
    sections: sections.map((s) => ({ ...s, tasks: s.tasks.map(settled) })),
    agencies,
    targets: draft.targets.map((t) => {
      const known = isKnown(t);
      const { yearly, baseline, notes } = inPlanYears(t, plan);
      return {
        key: makeId(),
        keep: !known,
        known,
        measure: t.measure,
        measureRef: t.measureRef,
        name: t.name,
        unit: t.unit,
        direction: t.direction,
        baselineYear: baseline?.year ?? null,
        baselineValue: decimalText(baseline?.value),
        baselineSource: baseline?.source ?? null,
        part: t.part,
        section: t.section,
        letter: t.letter,
        task: t.part === "II" ? (findTask(sections, t)?.key ?? null) : null,
        yearly,
        notes,
      };
    }),
    problems: draft.problems.filter((p) => !p.startsWith("Không tìm thấy cơ quan “")),
  };
}

function findTask(sections: DraftSectionState[], ref: { section: string; letter: string }) {
  return sections.find((s) => s.number === ref.section)?.tasks.find((t) => t.letter === ref.letter);
}

/**
 * Gives the tasks of a name read in part III to another agency of PEPI Hub (or to none): on each
 * of its tasks the agency chosen before gives way to the new one, unless another name read
 * still gives it that task in the same role.
 */
export function chooseAgency(state: DraftState, name: string, chosen: string | null): DraftState {
  const agency = state.agencies.find((a) => a.name === name);
  if (!agency || agency.chosen === chosen) return state;
  const before = agency.chosen;
  const agencies = state.agencies.map((a) => (a.name === name ? { ...a, chosen } : a));
  const holds = (task: DraftTaskState, section: string, id: string, role: Reference["role"]) =>
    agencies.some(
      (a) =>
        a.chosen === id &&
        a.references.some((r) => r.section === section && r.letter === task.letter && r.role === role),
    );
  const sections = state.sections.map((s) => ({
    ...s,
    tasks: s.tasks.map((task) => {
      const refs = agency.references.filter((r) => r.section === s.number && r.letter === task.letter);
      if (refs.length === 0) return task;
      let { lead, support } = task;
      for (const ref of refs) {
        const list = ref.role === "lead" ? lead : support;
        let next =
          before && !holds(task, s.number, before, ref.role) ? list.filter((id) => id !== before) : list;
        if (chosen && !next.includes(chosen)) next = [...next, chosen];
        if (ref.role === "lead") lead = next;
        else support = next;
      }
      return settled({ ...task, lead, support });
    }),
  }));
  return { ...state, agencies, sections };
}

/**
 * What stops the save, each by its place, for the page to say in words; `focus` names the field
 * to correct (an item's key and the field, "<key>-lead"), for the page to take the reader there.
 */
export type DraftIssue = { focus?: string } & (
  | { kind: "noSections" }
  | { kind: "sectionTwice"; section: string }
  | { kind: "noTitle"; section: string }
  | { kind: "noBody" | "noLead" | "badLetter" | "letterTwice"; section: string; letter: string }
  | { kind: "noTargetName" | "noUnit" | "noBaselineYear" | "baselineAfterStart" | "noYear"; target: number }
  | { kind: "notNumber"; target: number; year: number | null }
  | { kind: "notRank"; target: number; year: number }
  | { kind: "yearOutside"; target: number; year: number; period: string }
);

export function draftIssues(state: DraftState, plan: PlanDetail): DraftIssue[] {
  const issues: DraftIssue[] = [];
  if (state.sections.length === 0) issues.push({ kind: "noSections" });
  const numbers = new Set<string>();
  for (const s of state.sections) {
    if (numbers.has(s.number))
      issues.push({ kind: "sectionTwice", section: s.number, focus: `${s.key}-title` });
    numbers.add(s.number);
    if (!s.title.trim()) issues.push({ kind: "noTitle", section: s.number, focus: `${s.key}-title` });
    const letters = new Set<string>();
    for (const task of s.tasks) {
      const at = { section: s.number, letter: task.letter.trim() || "?" };
      const focus = (field: string) => ({ focus: `${task.key}-${field}` });
      if (!isTaskLetter(task.letter.trim())) issues.push({ kind: "badLetter", ...at, ...focus("letter") });
      else if (letters.has(task.letter.trim()))
        issues.push({ kind: "letterTwice", ...at, ...focus("letter") });
      letters.add(task.letter.trim());
      if (!task.body.trim()) issues.push({ kind: "noBody", ...at, ...focus("body") });
      if (task.lead.length === 0) issues.push({ kind: "noLead", ...at, ...focus("lead") });
    }
  }
  state.targets.forEach((t, i) => {
    if (!t.keep) return;
    const target = i + 1;
    const focus = (field: string) => ({ focus: `${t.key}-${field}` });
    if (t.measure === "own") {
      if (!t.name.trim()) issues.push({ kind: "noTargetName", target, ...focus("name") });
      if (!t.unit.trim()) issues.push({ kind: "noUnit", target, ...focus("unit") });
    }
    if (t.baselineYear === null) issues.push({ kind: "noBaselineYear", target, ...focus("baseline-year") });
    else if (t.baselineYear > plan.periodFrom)
      issues.push({ kind: "baselineAfterStart", target, ...focus("baseline-year") });
    if (readDecimal(t.baselineValue) === undefined)
      issues.push({ kind: "notNumber", target, year: null, ...focus("baseline-value") });
    const values = t.yearly.filter((y) => y.value.trim() !== "");
    if (values.length === 0) issues.push({ kind: "noYear", target, ...focus(`y${t.yearly[0]?.year ?? ""}`) });
    for (const y of values) {
      const value = readDecimal(y.value);
      if (value === undefined)
        issues.push({ kind: "notNumber", target, year: y.year, ...focus(`y${y.year}`) });
      else if (isRank(t.measure) && (!Number.isInteger(value) || value! < 1 || value! > 63))
        issues.push({ kind: "notRank", target, year: y.year, ...focus(`y${y.year}`) });
      else if (y.year < plan.periodFrom || y.year > plan.periodTo)
        issues.push({
          kind: "yearOutside",
          target,
          year: y.year,
          period: periodText(plan),
          ...focus(`y${y.year}`),
        });
    }
  });
  return issues;
}

/**
 * The plan's targets (those it has, as `targetInputOf` sends them back, then those kept from the
 * text) and the sections read.
 */
export function contentUpdateOf(
  state: DraftState,
  plan: PlanDetail,
  existingTargets: TargetInput[],
): PlanContentUpdate {
  const kept = state.targets.filter((t) => t.keep);
  const targets: TargetInput[] = [
    ...existingTargets,
    ...kept.map(
      (t): TargetInput => ({
        id: t.key,
        measure: t.measure,
        measureRef: t.measureRef,
        // An index's measure says its own name, unit and direction.
        ...(t.measure === "own"
          ? { name: t.name.trim(), unit: t.unit.trim(), direction: t.direction }
          : { name: null, unit: null, direction: null }),
        baselineValue: readDecimal(t.baselineValue) ?? null,
        baselineYear: t.baselineYear,
        baselineSource: readDecimal(t.baselineValue) == null ? null : t.baselineSource,
        yearly: t.yearly.flatMap((y) => {
          const value = readDecimal(y.value);
          return typeof value === "number" ? [{ year: y.year, value }] : [];
        }),
      }),
    ),
  ];
  return {
    expectedRowVersion: plan.rowVersion,
    atRiskBelowPercent: plan.atRiskBelowPercent,
    targets,
    sections: state.sections.map((s) => ({
      number: s.number,
      title: s.title.trim(),
      tasks: s.tasks.map((task) => ({
        letter: task.letter.trim(),
        body: task.body.trim(),
        leadAgencyIds: task.lead,
        supportingAgencyIds: task.support.filter((id) => !task.lead.includes(id)),
        // The text rarely gives a task a date: "thường xuyên" until the coordinator sets one.
        recurring: true,
        deadline: null,
        targetIds: kept.filter((t) => t.task === task.key).map((t) => t.key),
        // A task of a section about a PGI sub-index serves it ("Chỉ số thành phần 3: …").
        measures: [pgiPartOfSection(s.title)].filter((part) => part !== null),
      })),
    })),
  };
}
