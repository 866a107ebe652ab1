import { describe, expect, it } from "vitest";
import { effectivePoints } from "./points.js";
import type { EditionDef, IndicatorDef } from "./schema.js";

const indicator = (code: string, group: string): IndicatorDef =>
  ({
    code,
    group,
    name: { vi: code },
    unit: "%",
    direction: "higher_is_better",
    agencies: [],
    evidence: [],
  }) as IndicatorDef;

function edition(notAssessed?: EditionDef["notAssessed"]): {
  edition: EditionDef;
  defs: Map<string, IndicatorDef>;
} {
  const codes = ["a1", "a2", "a3", "b1", "b2", "x"];
  const defs = new Map(codes.map((c) => [c, indicator(c, c === "x" ? "II" : "I")]));
  return {
    defs,
    edition: {
      code: "e",
      years: { from: 2020 },
      totalPoints: 100,
      groups: [
        { code: "I", name: { vi: "I" }, points: 70, criteriaGroups: [] },
        { code: "II", name: { vi: "II" }, points: 30, criteriaGroups: [] },
      ],
      indicators: [
        ...codes
          .filter((c) => c !== "x")
          .map((code) => ({ code, scoring: { type: "linear" as const, floor: 0, target: 100 } })),
        { code: "x", points: 30, scoring: { type: "external" as const } },
      ],
      notAssessed,
      bands: [],
    },
  };
}

const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

describe("effectivePoints", () => {
  it("shares a group's points equally among indicators without stated points, adding up exactly", () => {
    const { edition: e, defs } = edition();
    const { maxHundredths } = effectivePoints(e, defs);
    expect(sum(maxHundredths)).toBe(10_000);
    expect([...maxHundredths.entries()].filter(([c]) => c !== "x").map(([, v]) => v)).toEqual([
      1400, 1400, 1400, 1400, 1400,
    ]);
  });

  it("drops the points of indicators not assessed", () => {
    const { edition: e, defs } = edition({ codes: ["a3"], rule: "drop" });
    const { maxHundredths } = effectivePoints(e, defs);
    expect(maxHundredths.has("a3")).toBe(false);
    expect(sum(maxHundredths)).toBe(10_000 - 1400);
  });

  it("redistributes within the group so the group keeps its points", () => {
    const { edition: e, defs } = edition({ codes: ["a3"], rule: "redistribute_within_group" });
    const { maxHundredths } = effectivePoints(e, defs);
    expect(sum(maxHundredths)).toBe(10_000);
    expect(maxHundredths.get("x")).toBe(3000);
    expect(maxHundredths.get("a1")).toBe(1750);
  });

  it("redistributes over the whole edition in proportion", () => {
    const { edition: e, defs } = edition({ codes: ["a3", "b2"], rule: "redistribute_proportional" });
    const { maxHundredths } = effectivePoints(e, defs);
    expect(sum(maxHundredths)).toBe(10_000);
    expect(maxHundredths.get("x")! / maxHundredths.get("a1")!).toBeCloseTo(3000 / 1400, 2);
  });
});
