import { describe, expect, it } from "vitest";
import { compileFrameworkText } from "../framework/compile.js";
import { changePct, explanationRequired, ratioPairs, worsened } from "./checks.js";

const yaml = `
schema: pepi-hub/framework@1
code: T
name: { vi: Thử }
kind: custom
dataElements:
  - { code: treated, name: { vi: Đã xử lý }, unit: t }
  - { code: treated_b, name: { vi: Đã xử lý B }, unit: t }
  - { code: generated, name: { vi: Phát sinh }, unit: t }
  - { code: generated_b, name: { vi: Phát sinh B }, unit: t }
  - { code: vehicles, name: { vi: Xe }, unit: vehicle, integer: true }
  - { code: people, name: { vi: Dân số }, unit: person, integer: true }
indicators:
  - { code: "01", name: { vi: Tỷ lệ }, unit: "%", formula: "treated / generated * 100", group: G }
  - { code: "02", name: { vi: Tỷ lệ gộp }, unit: "%", formula: "(treated + treated_b) / (generated + generated_b) * 100", group: G }
  - { code: "03", name: { vi: Xe }, unit: vehicle/person, formula: "vehicles / people", group: G }
editions:
  - code: E
    years: { from: 2020 }
    totalPoints: 10
    groups: [{ code: G, name: { vi: Nhóm }, points: 10 }]
    indicators:
      - { code: "01", scoring: { type: linear, floor: 0, target: 100 } }
      - { code: "02", scoring: { type: linear, floor: 0, target: 100 } }
      - { code: "03", scoring: { type: linear, floor: 0, target: 1 } }
`;

describe("checks while entering", () => {
  it("pairs a part with its whole when both have the same unit, also term by term in sums", () => {
    const compiled = compileFrameworkText(yaml, "t.yaml");
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.issues));
    expect(ratioPairs(compiled.framework)).toEqual([
      { numerator: "treated", denominator: "generated" },
      { numerator: "treated_b", denominator: "generated_b" },
    ]);
  });

  it("compares with last year and asks for an explanation past the threshold or when worse", () => {
    expect(changePct(150, 100)).toBe(50);
    expect(changePct(50, -100)).toBe(150);
    expect(changePct(5, 0)).toBeNull();
    expect(changePct(null, 10)).toBeNull();
    expect(worsened("higher_is_better", 80, 90)).toBe(true);
    expect(worsened("lower_is_better", 80, 90)).toBe(false);
    expect(explanationRequired(21, 20)).toBe(true);
    expect(explanationRequired(-20, 20)).toBe(false);
    expect(explanationRequired(-5, 20, true)).toBe(true);
    expect(explanationRequired(null, 20)).toBe(false);
  });
});
