import { describe, expect, it } from "vitest";
import { onTrackRule, type SynthesisTarget } from "./plan-synthesis-document.js";

const target = (direction: SynthesisTarget["direction"]): SynthesisTarget => ({
  label: direction === "up" ? "Tỷ lệ nước thải được xử lý" : "Thứ hạng PGI",
  unit: direction === "up" ? "%" : "hạng",
  direction,
  baseline: { value: null, year: 2023 },
  target: 50,
  actual: null,
  final: false,
  status: null,
});

describe("the rule section II states for a year without its final figure", () => {
  it("reads for the plan's own margin and the directions of its targets", () => {
    expect(onTrackRule({ atRiskBelowPercent: 90, targets: [target("up")] })).toBe(
      "năm chưa có kết quả chính thức được coi là “đúng tiến độ” khi không thấp hơn giá trị phấn đấu quá 10%, xa hơn là “có nguy cơ không đạt”",
    );
    // A rank should fall: above the value is what is short.
    expect(onTrackRule({ atRiskBelowPercent: 85, targets: [target("down")] })).toBe(
      "năm chưa có kết quả chính thức được coi là “đúng tiến độ” khi không cao hơn giá trị phấn đấu quá 15% (chỉ tiêu càng thấp càng tốt, như thứ hạng), xa hơn là “có nguy cơ không đạt”",
    );
    expect(onTrackRule({ atRiskBelowPercent: 92.5, targets: [target("up"), target("down")] })).toBe(
      "năm chưa có kết quả chính thức được coi là “đúng tiến độ” khi không thấp hơn giá trị phấn đấu quá 7,5% (với chỉ tiêu càng thấp càng tốt, như thứ hạng: không cao hơn giá trị phấn đấu quá 7,5%), xa hơn là “có nguy cơ không đạt”",
    );
  });
});
