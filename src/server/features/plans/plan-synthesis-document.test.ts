import { describe, expect, it } from "vitest";
import {
  actualNote,
  itemLine,
  onTrackRule,
  ownWords,
  type SynthesisItem,
  type SynthesisTarget,
  situation,
} from "./plan-synthesis-document.js";

const target = (direction: SynthesisTarget["direction"]): SynthesisTarget => ({
  label: direction === "up" ? "Tỷ lệ nước thải được xử lý" : "Thứ hạng PGI",
  unit: direction === "up" ? "%" : "hạng",
  direction,
  baseline: { value: null, year: 2023 },
  target: 50,
  actual: null,
  final: false,
  sixMonths: false,
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

describe("a line of section I, what an agency did on a task", () => {
  const text = (item: Partial<SynthesisItem>) =>
    itemLine({
      place: "1.k",
      body: "Tăng cường, thúc đẩy các hoạt động sử dụng năng lượng tiết kiệm và hiệu quả trong sản xuất công nghiệp, giao thông đặc biệt đối với các đơn vị sử dụng năng lượng trọng điểm, cận trọng điểm.",
      role: "lead",
      status: "in_progress",
      progress: "đã ban hành văn bản hướng dẫn số 1234/SXD-QLXD",
      ...item,
    })
      .map((run) => (typeof run === "string" ? run : run.text))
      .join("");

  it("quotes the task whole, says the state once and the agency's words after it, one colon", () => {
    expect(text({})).toBe(
      "Nhiệm vụ 1.k (chủ trì) “Tăng cường, thúc đẩy các hoạt động sử dụng năng lượng tiết kiệm và hiệu quả trong sản xuất công nghiệp, giao thông đặc biệt đối với các đơn vị sử dụng năng lượng trọng điểm, cận trọng điểm”: đang thực hiện. Đã ban hành văn bản hướng dẫn số 1234/SXD-QLXD.",
    );
    expect(text({}).match(/:/g)?.length).toBe(1);
  });

  it("leaves out the task's name when the agency's words start with it", () => {
    expect(ownWords("Nhiệm vụ 1.k: đã kiểm tra 12 dự án.", "1.k")).toBe("đã kiểm tra 12 dự án.");
    expect(ownWords("nhiệm vụ 1.k - đã kiểm tra", "1.k")).toBe("đã kiểm tra");
    // Another task named at the start is the agency's to say.
    expect(ownWords("Nhiệm vụ 1.h: đã kiểm tra", "1.k")).toBe("Nhiệm vụ 1.h: đã kiểm tra");
    expect(text({ progress: "Nhiệm vụ 1.k: đã kiểm tra 12 dự án khu đô thị." })).toMatch(
      /”: đang thực hiện\. Đã kiểm tra 12 dự án khu đô thị\.$/,
    );
  });

  it("says the state once when the agency's words begin with it", () => {
    expect(
      text({ status: "not_started", progress: "Chưa triển khai do chưa có hướng dẫn của Bộ Xây dựng" }),
    ).toMatch(/”: chưa triển khai do chưa có hướng dẫn của Bộ Xây dựng\.$/);
  });

  it("reads for a supporting agency, a state without words, and nothing said", () => {
    expect(text({ role: "support", status: null, progress: "Phối hợp kiểm tra" })).toMatch(
      /^Nhiệm vụ 1\.k \(phối hợp\) “.+điểm”: Phối hợp kiểm tra\.$/,
    );
    expect(text({ status: "done", progress: null })).toMatch(/”: đã hoàn thành\.$/);
    expect(text({ status: null, progress: "  " })).toMatch(/”: chưa nêu kết quả\.$/);
  });
});

describe("the mark of an actual in the target table", () => {
  it("calls a six-month figure what it is, an unfinished result provisional, a final one nothing", () => {
    const t = { ...target("up"), actual: 48.75 };
    expect(actualNote({ ...t, sixMonths: true })).toBe("sixMonths");
    expect(actualNote(t)).toBe("provisional");
    expect(actualNote({ ...t, final: true })).toBeNull();
    expect(actualNote({ ...t, actual: null })).toBeNull();
  });
});

describe("the situation of a late task in section III's table", () => {
  it("says the state once, the lead's words after it", () => {
    expect(situation("Chưa triển khai", "Chưa triển khai do chưa có hướng dẫn")).toEqual([
      { text: "Chưa triển khai", bold: true },
      " do chưa có hướng dẫn",
    ]);
    expect(situation("Chậm tiến độ", "đã đấu nối 3 khu đô thị")).toEqual([
      { text: "Chậm tiến độ", bold: true },
      "\n",
      "Đã đấu nối 3 khu đô thị",
    ]);
    expect(situation("Quá thời hạn, chưa hoàn thành", "")).toEqual([
      { text: "Quá thời hạn, chưa hoàn thành", bold: true },
    ]);
  });
});
