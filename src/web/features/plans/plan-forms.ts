// Shared by the plan's target and task dialogs: a list is saved whole, so a dialog that edits
// one item sends every item, and the server's problems come back with the item's place in the
// list ("targets.3.baselineYear"). Those of the item being edited land on its fields; the others
// (each message names its place: "Chỉ tiêu 2: …") are shown above the form.
import type { FormInstance } from "antd";
import type { PlanDetail, PlanTarget, PlanTask } from "../../../contracts/plan-content.js";
import { ApiError } from "../../lib/api.js";
import type { SectionInput, TargetInput, TaskInput } from "./plans.api.js";

export function placeProblems(
  form: FormInstance,
  error: unknown,
  /** The form's field for a problem's path, or null when it is not this form's. */
  fieldOf: (path: string) => string | null,
): string | null {
  if (!(error instanceof ApiError)) return String(error);
  if (error.code !== "VALIDATION_FAILED" || error.details.length === 0) return error.message;
  const unplaced: string[] = [];
  const placed = new Map<string, string[]>();
  for (const problem of error.details) {
    const field = problem.field ? fieldOf(problem.field) : null;
    if (field) placed.set(field, [...(placed.get(field) ?? []), problem.message]);
    else unplaced.push(problem.message);
  }
  form.setFields([...placed].map(([name, errors]) => ({ name, errors })));
  return unplaced.length ? unplaced.join(" ") : null;
}

/** A saved target as the server takes it back: what was typed, not what was read for it. */
export function targetInputOf(target: PlanTarget): TargetInput {
  const own = target.measure === "own";
  return {
    id: target.id,
    measure: target.measure,
    measureRef: target.measureRef,
    name: target.name,
    unit: own ? target.unit : null,
    direction: own ? target.direction : null,
    baselineValue: target.baseline.entered ? target.baseline.value : null,
    baselineYear: target.baseline.year,
    baselineSource: target.baseline.entered ? target.baseline.source : null,
    yearly: target.years.filter((y) => y.target !== null).map((y) => ({ year: y.year, value: y.target! })),
  };
}

export function taskInputOf(task: PlanTask): TaskInput {
  return {
    id: task.id,
    letter: task.letter,
    body: task.body,
    leadAgencyIds: task.lead.map((a) => a.id),
    supportingAgencyIds: task.supporting.map((a) => a.id),
    deadline: task.deadline,
    recurring: task.recurring,
    targetIds: task.targetIds,
    measures: task.measures,
  };
}

export function sectionsInputOf(plan: PlanDetail): SectionInput[] {
  return plan.sections.map((s) => ({
    id: s.id,
    number: s.number,
    title: s.title,
    tasks: s.tasks.map(taskInputOf),
  }));
}
