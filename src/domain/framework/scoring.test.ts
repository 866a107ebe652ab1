import { describe, expect, it } from "vitest";
import { ratingBand } from "./bands.js";
import type { EditionDef, ScoringRule } from "./schema.js";
import { type Direction, scoreIndicator } from "./scoring.js";

const points = (
  rule: ScoringRule,
  value: number,
  direction: Direction = "higher_is_better",
  last?: number,
) => {
  const result = scoreIndicator({ rule, maxPoints: 3, direction, value, lastYearValue: last });
  return result.ok ? result.hundredths / 100 : result.reason;
};

describe("scoring rules", () => {
  const linear: ScoringRule = { type: "linear", floor: 20, target: 100 };
  it.each([
    [0, 0],
    [20, 0],
    [60, 1.5],
    [99.99, 3],
    [100, 3],
    [140, 3],
  ])("linear to target: %s → %s points", (value, expected) => expect(points(linear, value)).toBe(expected));

  const lower: ScoringRule = { type: "lower_is_better", best: 0, worst: 50 };
  it.each([
    [0, 3],
    [25, 1.5],
    [50, 0],
    [80, 0],
  ])("lower is better: %s ha → %s points", (value, expected) =>
    expect(points(lower, value, "lower_is_better")).toBe(expected),
  );

  it.each([
    ["higher_is_better", 80, 3],
    ["higher_is_better", 79.99, 0],
    ["lower_is_better", 2, 3],
    ["lower_is_better", 2.01, 0],
  ] as const)("pass/fail (%s) at %s → %s", (direction, value, expected) => {
    const threshold = direction === "higher_is_better" ? 80 : 2;
    expect(points({ type: "pass_fail", threshold }, value, direction)).toBe(expected);
  });

  const bands: ScoringRule = {
    type: "bands",
    bands: [
      { from: 0, to: 50, share: 0 },
      { from: 50, to: 80, share: 0.5 },
      { from: 80, to: 100, share: 1 },
    ],
  };
  it.each([
    [0, 0],
    [49.99, 0],
    [50, 1.5],
    [79.99, 1.5],
    [80, 3],
    [100, 3],
  ])("bands: %s → %s", (value, expected) => expect(points(bands, value)).toBe(expected));
  it("bands: a value outside every band is not scored, with the reason", () => {
    expect(points(bands, 120)).toMatch(/không thuộc khoảng nào/);
  });

  const improvement: ScoringRule = { type: "improvement", fullAt: 10, unchangedShare: 0.5 };
  it.each([
    [60, 50, 3],
    [55, 50, 2.25],
    [50, 50, 1.5],
    [45, 50, 0],
  ])("improvement on last year: %s after %s → %s", (value, last, expected) =>
    expect(points(improvement, value, "higher_is_better", last)).toBe(expected),
  );
  it("improvement without last year's value says so", () => {
    expect(points(improvement, 60)).toBe("Thiếu giá trị năm trước để so sánh");
  });

  it("external: the value is the points, capped at the maximum", () => {
    expect(points({ type: "external" }, 2.5)).toBe(2.5);
    expect(points({ type: "external" }, 7)).toBe(3);
  });

  it("never scores a value that is not a number", () => {
    expect(points(linear, Number.NaN)).toBe("Giá trị không phải là số");
  });
});

describe("rating bands at every boundary", () => {
  const bands: EditionDef["bands"] = [
    { min: 70, label: { vi: "Tốt" } },
    { min: 60, label: { vi: "Khá" } },
    { min: 50, label: { vi: "Trung bình" } },
    { min: 0, label: { vi: "Dưới trung bình" } },
  ];
  it.each([
    [49.99, "Dưới trung bình"],
    [50, "Trung bình"],
    [59.99, "Trung bình"],
    [60, "Khá"],
    [69.99, "Khá"],
    [70, "Tốt"],
    [100, "Tốt"],
  ])("%s → %s", (total, label) => {
    expect(ratingBand(bands, Math.round(total * 100))?.label.vi).toBe(label);
  });
});
