import { describe, expect, it } from "vitest";
import {
  agenciesNamed,
  directiveDeadline,
  directiveRecurring,
  directiveTexts,
  givenTasks,
  lateReason,
  latestSent,
  nextSectionNumber,
  periodEnd,
  reachedPct,
} from "./synthesis.js";

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

describe("the deadline a direction writes", () => {
  const from = "2024-07-20";
  it.each([
    ["Sở Xây dựng trình UBND tỉnh trước ngày 30/9/2024.", "2024-09-30"],
    ["báo cáo UBND tỉnh chậm nhất là ngày 15/10/2024", "2024-10-15"],
    ["hoàn thành trước ngày 30 tháng 9 năm 2024", "2024-09-30"],
    ["Tổ chức kiểm tra trong tháng 10/2024.", "2024-10-31"],
    ["tổ chức kiểm tra trong tháng 2 năm 2025", "2025-02-28"],
    ["hoàn thành trong quý III/2024", "2024-09-30"],
    ["hoàn thành trong Quý 4 năm 2024", "2024-12-31"],
    ["hoàn thành trước quý IV/2024", "2024-09-30"],
    ["hoàn thành trong năm 2025", "2025-12-31"],
    ["hoàn thành trong 6 tháng đầu năm 2025", "2025-06-30"],
    ["thời hạn: 31.12.2024", "2024-12-31"],
    // Without its year: the next such day on or after the conclusion.
    ["báo cáo trước ngày 15/10", "2024-10-15"],
    ["báo cáo trước ngày 15/3", "2025-03-15"],
    ["hoàn thành trong quý IV", "2024-12-31"],
    // Two deadlines: the task is done by the later one.
    ["trình đề án trước ngày 30/9/2024, hoàn thành đầu tư trong quý II/2025", "2025-06-30"],
  ])("%s → %s", (text, deadline) => {
    expect(directiveDeadline(text, from)).toBe(deadline);
  });

  it("is none for a date that is not a deadline, a day that does not exist, or no date", () => {
    expect(
      directiveDeadline("Thực hiện Thông báo số 45/TB-UBND ngày 20/7/2024 của UBND tỉnh", from),
    ).toBeNull();
    expect(directiveDeadline("Kế hoạch số 140/KH-UBND ngày 31/03/2024", from)).toBeNull();
    expect(directiveDeadline("báo cáo trước ngày 31/9/2024", from)).toBeNull();
    expect(directiveDeadline("Mới kiểm tra 3/8 cụm công nghiệp", from)).toBeNull();
    expect(directiveDeadline("Các cơ quan nghiêm túc rút kinh nghiệm.", from)).toBeNull();
  });

  it("reads a direction to be carried out all along as 'thường xuyên' when it has no deadline", () => {
    expect(directiveRecurring("Sở Tài nguyên thường xuyên kiểm tra các cơ sở.")).toBe(true);
    expect(directiveRecurring("Thường xuyên kiểm tra, báo cáo trước ngày 30/9/2024.")).toBe(false);
    expect(directiveRecurring("Kiểm tra các cơ sở.")).toBe(false);
  });
});

describe("the directives already given", () => {
  const tasks = [
    {
      letter: "a",
      body: "Sở Xây dựng hoàn thành đề án thu gom nước thải, trình UBND tỉnh trước ngày 30/9/2024.",
    },
    { letter: "b", body: "Kiểm tra hạ tầng các cụm công nghiệp, báo cáo UBND tỉnh trước ngày 31/10/2024" },
  ];
  it("are matched to the task they became, the same words or nearly, each task once", () => {
    expect(
      givenTasks(
        [
          "Ghi nhận kết quả các cơ quan đã đạt được.",
          "Sở Xây dựng hoàn thành đề án thu gom nước thải, trình UBND tỉnh trước ngày 30/9/2024.",
          // Given with a word or two changed.
          "Yêu cầu Sở Công Thương khẩn trương kiểm tra hạ tầng các cụm công nghiệp, báo cáo UBND tỉnh trước ngày 31/10/2024.",
          // The same text twice: only one of them became the task.
          "Sở Xây dựng hoàn thành đề án thu gom nước thải, trình UBND tỉnh trước ngày 30/9/2024.",
        ],
        tasks,
      ).map((t) => t?.letter ?? null),
    ).toEqual([null, "a", "b", null]);
  });
});

describe("the number of the plan's next section", () => {
  it("follows the last numbered one and the count", () => {
    expect(nextSectionNumber(["1", "2", "3", "4"])).toBe("5");
    expect(nextSectionNumber(["1", "7"])).toBe("8");
    expect(nextSectionNumber(["I", "II"])).toBe("3");
    expect(nextSectionNumber([])).toBe("1");
    // Seed 004 read whole: part II's four sections, then part III's agencies' own.
    expect(nextSectionNumber(["1", "2", "3", "4", "III.1", "III.13"])).toBe("5");
  });
});
