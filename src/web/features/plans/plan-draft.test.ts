import fs from "node:fs";
import { describe, expect, it } from "vitest";
import type { PlanDetail, PlanDraftView, PlanTarget } from "../../../contracts/plan-content.js";
import { readPlanText } from "../../../domain/plans/plan-text.js";
import { chooseAgency, contentUpdateOf, draftIssues, draftStateOf, newId } from "./plan-draft.js";
import type { TargetInput } from "./plan-reading.api.js";

const seed = fs.readFileSync(
  new URL("../../../../tests/fixtures/ke-hoach-pgi-bac-giang-2023-2025.txt", import.meta.url),
  "utf8",
);
const ids = {
  industry: newId(),
  zones: newId(),
  environment: newId(),
  construction: newId(),
  stopped: newId(),
};
const read = readPlanText(seed);
/** Seed 004 as the server gives it in an installation that has a few of its agencies. */
const draft: PlanDraftView = {
  ...read,
  agencies: read.agencies.map((a) => ({
    ...a,
    agency:
      a.name === "Sở Công Thương"
        ? { id: ids.industry, name: a.name }
        : a.name === "Ban quản lý các khu công nghiệp tỉnh"
          ? { id: ids.zones, name: "Ban Quản lý các khu công nghiệp tỉnh" }
          : a.name === "Sở Xây dựng"
            ? { id: ids.stopped, name: a.name }
            : null,
  })),
};
const ownTarget = { measure: "own", name: "Tỷ lệ thu gom và xử lý chất thải rắn" } as PlanTarget;
const plan = {
  id: newId(),
  rowVersion: 4,
  atRiskBelowPercent: 90,
  periodFrom: 2023,
  periodTo: 2025,
  targets: [
    {
      ...ownTarget,
      id: newId(),
      measureRef: null,
      unit: "%",
      direction: "up",
      baseline: { value: 90, year: 2022, source: null, entered: true },
      years: [{ year: 2025, target: 95, actual: null, actualSource: null, final: false, status: null }],
    },
  ],
  sections: [],
} as unknown as PlanDetail;
const active = new Set([ids.industry, ids.zones, ids.environment, ids.construction]);

const task = (state: ReturnType<typeof draftStateOf>, section: string, letter: string) =>
  state.sections.find((s) => s.number === section)!.tasks.find((t) => t.letter === letter)!;

describe("a plan's draft as the coordinator corrects it", () => {
  const state = draftStateOf(draft, plan, active);

  it("gives each task the agencies part III names for it, those not found left to choose", () => {
    expect(task(state, "1", "d").lead).toEqual([ids.zones, ids.industry]);
    // Matched to an agency that has stopped: left for the coordinator, as one not found.
    expect(state.agencies.find((a) => a.name === "Sở Xây dựng")).toMatchObject({
      matched: null,
      chosen: null,
    });
    expect(task(state, "1", "a").lead).toEqual([]);
    // The reader's word for names not found gives way to the choice the page offers for each.
    expect(state.problems).toEqual([]);
    expect(draftIssues(state, plan)).toContainEqual({
      kind: "noLead",
      section: "1",
      letter: "a",
      focus: `${task(state, "1", "a").key}-lead`,
    });
  });

  it("gives a name's tasks to the agency chosen for it, and takes them back when it changes", () => {
    const chosen = chooseAgency(state, "Sở Tài nguyên và Môi trường", ids.environment);
    expect(task(chosen, "1", "a").lead).toEqual([ids.environment]);
    expect(task(chosen, "4", "c").lead).toEqual([ids.environment]);
    expect(draftIssues(chosen, plan)).not.toContainEqual(
      expect.objectContaining({ kind: "noLead", section: "1", letter: "a" }),
    );
    // The same agency chosen for a name that supports a task it leads: it leads, once.
    const both = chooseAgency(chosen, "Sở Xây dựng", ids.environment);
    expect(task(both, "2", "c").lead).toEqual([ids.environment]);
    expect(task(both, "2", "c").support).toEqual([]);
    const other = chooseAgency(both, "Sở Tài nguyên và Môi trường", ids.construction);
    expect(task(other, "1", "a").lead).toEqual([ids.construction]);
    // Still given 2c by the other name.
    expect(task(other, "2", "c").lead).toEqual([ids.environment]);
    const none = chooseAgency(other, "Sở Tài nguyên và Môi trường", null);
    expect(task(none, "1", "a").lead).toEqual([]);
  });

  it("keeps a yearly figure as a target unless the plan has it, and requires its baseline year", () => {
    expect(state.targets.map((t) => [t.keep, t.known])).toEqual([
      [true, false],
      [true, false],
      [false, true],
    ]);
    expect(state.targets[0]!.yearly).toEqual([
      { year: 2023, value: "62,9" },
      { year: 2024, value: "65" },
      { year: 2025, value: "70" },
    ]);
    expect(draftIssues(state, plan)).toContainEqual({
      kind: "noBaselineYear",
      target: 1,
      focus: `${state.targets[0]!.key}-baseline-year`,
    });
  });

  it("saves the plan's targets, those kept, and the tasks serving the targets read in them", () => {
    let ready = draftStateOf(draft, plan, active);
    for (const a of ready.agencies) if (!a.chosen) ready = chooseAgency(ready, a.name, ids.environment);
    // Part III gives 2a to no agency: it is chosen on the task itself.
    expect(draftIssues(ready, plan).filter((i) => i.kind === "noLead")).toEqual([
      expect.objectContaining({ kind: "noLead", section: "2", letter: "a" }),
    ]);
    ready = {
      ...ready,
      sections: ready.sections.map((s) => ({
        ...s,
        tasks: s.tasks.map((t) =>
          s.number === "2" && t.letter === "a" ? { ...t, lead: [ids.construction] } : t,
        ),
      })),
      targets: ready.targets.map((t, i) => ({
        ...t,
        baselineYear: 2022,
        keep: i === 0,
        yearly: t.yearly.map((y) => (y.year === 2024 ? { ...y, value: "" } : y)),
      })),
    };
    expect(draftIssues(ready, plan)).toEqual([]);
    const existing = { id: plan.targets[0]!.id, name: plan.targets[0]!.name } as TargetInput;
    const body = contentUpdateOf(ready, plan, [existing]);
    expect(body.expectedRowVersion).toBe(4);
    expect(body.targets.map((t) => [t.id, t.name, t.yearly])).toEqual([
      [plan.targets[0]!.id, "Tỷ lệ thu gom và xử lý chất thải rắn", undefined],
      [
        ready.targets[0]!.key,
        ready.targets[0]!.name,
        [
          { year: 2023, value: 62.9 },
          { year: 2025, value: 70 },
        ],
      ],
    ]);
    const sections = body.sections;
    expect(sections.map((s) => s.tasks.length)).toEqual([10, 6, 8, 7]);
    const d = sections[0]!.tasks.find((t) => t.letter === "d")!;
    expect(d).toMatchObject({ recurring: true, deadline: null, targetIds: [ready.targets[0]!.key] });
    expect(sections[1]!.tasks.find((t) => t.letter === "c")!.targetIds).toEqual([]);
  });

  it("keeps a target on the task it was read in when the task's letter or section number is corrected", () => {
    const read = draftStateOf(draft, plan, active);
    const first = read.targets[0]!;
    const from = task(read, first.section, first.letter);
    // The coordinator reletters the task and renumbers its section.
    const corrected = {
      ...read,
      sections: read.sections.map((s) =>
        s.tasks.some((t) => t.key === from.key)
          ? {
              ...s,
              number: "9",
              tasks: s.tasks.map((t) => (t.key === from.key ? { ...t, letter: "y" } : t)),
            }
          : s,
      ),
    };
    const sections = contentUpdateOf(corrected, plan, []).sections;
    const moved = sections.find((s) => s.number === "9")!.tasks.find((t) => t.letter === "y")!;
    expect(moved.targetIds).toEqual([first.key]);
    // No other task takes it, even one now at its old place.
    expect(sections.flatMap((s) => s.tasks).filter((t) => t.targetIds?.includes(first.key))).toHaveLength(1);
  });

  it("says a year outside the plan, a figure that is not a number, a letter twice", () => {
    const odd = {
      ...state,
      sections: [
        { ...state.sections[0]!, tasks: [state.sections[0]!.tasks[0]!, state.sections[0]!.tasks[0]!] },
      ],
      targets: [
        {
          ...state.targets[0]!,
          baselineYear: 2022,
          yearly: [
            { year: 2026, value: "75" },
            { year: 2024, value: "6x" },
          ],
        },
      ],
    };
    expect(draftIssues(odd, plan).map(({ focus, ...issue }) => issue)).toEqual([
      { kind: "noLead", section: "1", letter: "a" },
      { kind: "letterTwice", section: "1", letter: "a" },
      { kind: "noLead", section: "1", letter: "a" },
      { kind: "yearOutside", target: 1, year: 2026, period: "2023–2025" },
      { kind: "notNumber", target: 1, year: 2024 },
    ]);
  });
});
