import { describe, expect, it } from "vitest";
import { agenciesNamed, directiveTexts, lateReason, latestSent, periodEnd, reachedPct } from "./synthesis.js";

describe("a task behind", () => {
  it("is one its lead last said is late or not started, or whose deadline passed before it said done", () => {
    const end = periodEnd("half_year", 2024);
    expect(end).toBe("2024-06-30");
    expect(periodEnd("year", 2024)).toBe("2024-12-31");
    expect(lateReason(null, "delayed", end)).toBe("delayed");
    expect(lateReason("2025-12-31", "not_started", end)).toBe("not_started");
    expect(lateReason("2024-06-30", "in_progress", end)).toBe("overdue");
    // Never said anything: its deadline still judges it.
    expect(lateReason("2024-06-30", null, end)).toBe("overdue");
    expect(lateReason("2024-03-31", "done", end)).toBeNull();
    expect(lateReason("2024-07-01", "in_progress", end)).toBeNull();
    expect(lateReason(null, null, end)).toBeNull();
    // Judged today: a deadline on the day itself counts, the day after does not.
    expect(lateReason("2026-12-07", "in_progress", "2026-12-07")).toBe("overdue");
    expect(lateReason("2026-12-08", "in_progress", "2026-12-07")).toBeNull();
  });

  it("is judged on the latest state its lead sent, up to the period judged, never a draft", () => {
    const lines = [
      { periodOrder: 0, reportStatus: "accepted", status: "delayed" as const },
      { periodOrder: 1, reportStatus: "returned", status: "in_progress" as const },
      { periodOrder: 2, reportStatus: "draft", status: "done" as const },
      { periodOrder: 3, reportStatus: "submitted", status: "done" as const },
    ];
    expect(latestSent(lines, 0)?.status).toBe("delayed");
    // A report returned for completion was still sent.
    expect(latestSent(lines, 1)?.status).toBe("in_progress");
    // A draft is not sent: the period before speaks.
    expect(latestSent(lines, 2)?.status).toBe("in_progress");
    expect(latestSent(lines, 3)?.status).toBe("done");
    // A later period does not speak for an earlier one; a line without a state does not speak.
    expect(latestSent([{ periodOrder: 5, reportStatus: "accepted", status: null }], 5)).toBeNull();
    expect(latestSent(lines, -1)).toBeNull();
  });
});

describe("how far a target is reached", () => {
  it("reads a rising measure as actual over value and a falling one (a rank) the other way", () => {
    expect(reachedPct("up", 50, 48)).toBeCloseTo(96);
    expect(reachedPct("down", 15, 20)).toBeCloseTo(75);
    expect(reachedPct("down", 15, 10)).toBeCloseTo(150);
    expect(reachedPct("up", 0, 3)).toBe(100);
  });
});

describe("the directives of a conclusion", () => {
  it("are its numbered and dashed items, wrapped lines joined, headings and preamble left out", () => {
    const text = [
      "Chủ tịch UBND tỉnh kết luận như sau:",
      "1. Các sở, ngành:",
      "- Sở Xây dựng khẩn trương hoàn thành đấu nối nước thải các khu",
      "đô thị trước ngày 31/12/2024, phối hợp với Sở Tài chính bố trí kinh phí.",
      "- Sở Công Thương kiểm tra các cụm công nghiệp.",
      "2) Sở Nông nghiệp và Môi trường theo dõi, đôn đốc.",
      "",
      "Yêu cầu các cơ quan nghiêm túc thực hiện./.",
    ].join("\n");
    expect(directiveTexts(text)).toEqual([
      "Sở Xây dựng khẩn trương hoàn thành đấu nối nước thải các khu đô thị trước ngày 31/12/2024, phối hợp với Sở Tài chính bố trí kinh phí.",
      "Sở Công Thương kiểm tra các cụm công nghiệp.",
      "Sở Nông nghiệp và Môi trường theo dõi, đôn đốc.",
    ]);
  });

  it("leave out a part's heading in roman numerals, which ends the item before it", () => {
    const text = [
      "I. ĐÁNH GIÁ CHUNG",
      "Các cơ quan cơ bản thực hiện đúng kế hoạch.",
      "II. NHIỆM VỤ THỜI GIAN TỚI",
      "1. Sở Y tế bố trí lò đốt chất thải y tế",
      "cho các bệnh viện tuyến huyện.",
      "V. Tổ chức thực hiện",
      "a. Sở Tài chính bảo đảm kinh phí.",
      "i) Sở Nội vụ theo dõi việc chậm báo cáo.",
    ].join("\n");
    expect(directiveTexts(text)).toEqual([
      "Sở Y tế bố trí lò đốt chất thải y tế cho các bệnh viện tuyến huyện.",
      "Sở Tài chính bảo đảm kinh phí.",
      "Sở Nội vụ theo dõi việc chậm báo cáo.",
    ]);
    // Without numbered items, the paragraphs under the headings are the directives.
    expect(directiveTexts("I. Kết luận\nGiao Sở Y tế kiểm tra.\n\nIV. Giao Sở Nội vụ theo dõi.")).toEqual([
      "Giao Sở Y tế kiểm tra.",
    ]);
  });

  it("are its paragraphs when it has no items", () => {
    expect(directiveTexts("Giao Sở Y tế kiểm tra.\n\nGiao Sở Nội vụ\ntheo dõi.")).toEqual([
      "Giao Sở Y tế kiểm tra.",
      "Giao Sở Nội vụ theo dõi.",
    ]);
    expect(directiveTexts("  \n ")).toEqual([]);
  });

  it("name their agencies in order, the longer name winning", () => {
    const agencies = [
      { name: "Sở Tài chính" },
      { name: "Sở Xây dựng" },
      { name: "Sở Nông nghiệp và Môi trường" },
      { name: "Sở Nông nghiệp" },
    ];
    expect(
      agenciesNamed(
        "Sở xây dựng chủ trì, phối hợp với Sở Tài chính và Sở Nông nghiệp và Môi trường",
        agencies,
      ).map((a) => a.name),
    ).toEqual(["Sở Xây dựng", "Sở Tài chính", "Sở Nông nghiệp và Môi trường"]);
    expect(agenciesNamed("Các địa phương thực hiện", agencies)).toEqual([]);
  });
});
