import { describe, expect, it } from "vitest";
import { reportGaps } from "./report-rules.js";

const line = (
  status: "done" | "not_started" | "delayed" | null,
  progress: string | null,
  role: "lead" | "support" = "lead",
) => ({
  taskId: "t1",
  place: "1.a",
  role,
  status,
  progress,
});

describe("what a progress report must hold before it is sent", () => {
  it("asks how each led task stands and what was done, and a supporter's input", () => {
    expect(reportGaps("half_year", [line(null, null)], [])).toEqual([
      { field: "item:t1:status", message: "Nhiệm vụ 1.a: chưa chọn tình hình thực hiện" },
    ]);
    expect(reportGaps("half_year", [line("done", " ")], [])[0]?.message).toBe(
      "Nhiệm vụ 1.a: chưa nêu kết quả thực hiện",
    );
    expect(reportGaps("half_year", [line("not_started", null)], [])[0]?.message).toContain("lý do");
    expect(reportGaps("half_year", [line(null, null, "support")], [])).toEqual([
      { field: "item:t1:progress", message: "Nhiệm vụ 1.a: chưa nêu nội dung phối hợp" },
    ]);
    expect(
      reportGaps("half_year", [line(null, "Không có nội dung phối hợp trong kỳ", "support")], []),
    ).toEqual([]);
    expect(reportGaps("half_year", [line("delayed", "Vướng giải phóng mặt bằng")], [])).toEqual([]);
  });

  it("owes at year end the figures of the measures the plan sets a value for that year", () => {
    const figures = [
      { targetId: "g1", label: "Tỷ lệ thu gom", target: 95, value: null },
      { targetId: "g2", label: "Không có giá trị năm", target: null, value: null },
    ];
    expect(reportGaps("half_year", [], figures)).toEqual([]);
    expect(reportGaps("year", [], figures)).toEqual([
      { field: "figure:g1", message: "Chưa có số liệu năm của chỉ tiêu “Tỷ lệ thu gom”" },
    ]);
  });
});
