import { describe, expect, it } from "vitest";
import { targetStatus } from "./target-status.js";

const rule = { atRiskBelowPercent: 90 };

describe("a target's status in a year", () => {
  it("is not reported without a figure, whether the year is final or not", () => {
    expect(targetStatus({ ...rule, direction: "up", target: 45, actual: null, final: true })).toBe(
      "not_reported",
    );
    expect(targetStatus({ ...rule, direction: "up", target: 45, actual: null, final: false })).toBe(
      "not_reported",
    );
  });

  it("is met or missed once the figure is final", () => {
    expect(targetStatus({ ...rule, direction: "up", target: 45, actual: 45, final: true })).toBe("met");
    expect(targetStatus({ ...rule, direction: "up", target: 45, actual: 44.9, final: true })).toBe("missed");
    // A rank: lower is better.
    expect(targetStatus({ ...rule, direction: "down", target: 15, actual: 12, final: true })).toBe("met");
    expect(targetStatus({ ...rule, direction: "down", target: 15, actual: 16, final: true })).toBe("missed");
  });

  it("is on track within the plan's margin and at risk beyond it while the year is live", () => {
    expect(targetStatus({ ...rule, direction: "up", target: 45, actual: 40.5, final: false })).toBe(
      "on_track",
    );
    expect(targetStatus({ ...rule, direction: "up", target: 45, actual: 40.4, final: false })).toBe(
      "at_risk",
    );
    expect(targetStatus({ ...rule, direction: "down", target: 15, actual: 16.5, final: false })).toBe(
      "on_track",
    );
    expect(targetStatus({ ...rule, direction: "down", target: 15, actual: 17, final: false })).toBe(
      "at_risk",
    );
  });

  it("follows the margin the coordinator sets", () => {
    const strict = { atRiskBelowPercent: 100 };
    expect(targetStatus({ ...strict, direction: "up", target: 45, actual: 44.9, final: false })).toBe(
      "at_risk",
    );
    const loose = { atRiskBelowPercent: 50 };
    expect(targetStatus({ ...loose, direction: "up", target: 45, actual: 30, final: false })).toBe(
      "on_track",
    );
  });
});
