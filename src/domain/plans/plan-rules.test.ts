import { describe, expect, it } from "vitest";
import { implementsLoop, planProblems } from "./plan-rules.js";

describe("an improvement plan's record", () => {
  it("needs its years in order, and a number and date once issued", () => {
    expect(planProblems({ periodFrom: 2023, periodTo: 2025, status: "draft" })).toEqual([]);
    expect(planProblems({ periodFrom: 2025, periodTo: 2023, status: "draft" }).map((p) => p.field)).toEqual([
      "periodTo",
    ]);
    expect(planProblems({ periodFrom: 2020, periodTo: 2035, status: "draft" })[0]!.message).toContain(
      "10 năm",
    );
    expect(planProblems({ periodFrom: 2023, periodTo: 2025, status: "issued" }).map((p) => p.field)).toEqual([
      "numberSymbol",
      "issuedOn",
    ]);
    const issued = { numberSymbol: "262/KH-UBND", issuedOn: "2023-06-15", periodFrom: 2023, periodTo: 2025 };
    expect(planProblems({ ...issued, status: "issued" })).toEqual([]);
    expect(planProblems({ ...issued, status: "closed" }, "draft").map((p) => p.field)).toEqual(["status"]);
    expect(planProblems({ ...issued, status: "closed" }, "issued")).toEqual([]);
  });

  it("cannot implement itself, nor a plan that implements it", () => {
    const parentOf = new Map<string, string | null>([
      ["so", "tinh"],
      ["tinh", null],
      ["phong", "so"],
    ]);
    expect(implementsLoop("so", "tinh", parentOf)).toBe(false);
    expect(implementsLoop("tinh", "tinh", parentOf)).toBe(true);
    expect(implementsLoop("tinh", "phong", parentOf)).toBe(true);
  });
});
