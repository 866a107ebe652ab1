import { describe, expect, it } from "vitest";
import { periodLabel, periodsOf, scheduleProblems, seed004Schedule } from "./report-periods.js";

describe("the reporting periods of a plan", () => {
  it("gives seed 004's six-monthly and yearly periods for each year, in the order they fall due", () => {
    const periods = periodsOf({ from: 2023, to: 2024 }, seed004Schedule);
    expect(periods.map((p) => `${p.kind} ${p.year} ${p.agencyDue} ${p.departmentDue}`)).toEqual([
      "half_year 2023 2023-07-05 2023-07-10",
      "year 2023 2023-12-10 2023-12-15",
      "half_year 2024 2024-07-05 2024-07-10",
      "year 2024 2024-12-10 2024-12-15",
    ]);
    expect(periodLabel("half_year", 2024)).toBe("6 tháng đầu năm 2024");
  });

  it("puts a yearly report due the next February (seed 001) in the following year", () => {
    const [period] = periodsOf({ from: 2025, to: 2025 }, [
      { kind: "year", agencyDue: "02-20", departmentDue: "02-28", followingYear: true },
    ]);
    expect(period).toEqual({
      kind: "year",
      year: 2025,
      agencyDue: "2026-02-20",
      departmentDue: "2026-02-28",
    });
  });

  it("refuses a kind twice, a day that does not exist, and the department before the agencies", () => {
    const problems = scheduleProblems([
      { kind: "year", agencyDue: "04-31", departmentDue: "12-15", followingYear: false },
      { kind: "year", agencyDue: "12-10", departmentDue: "12-01", followingYear: false },
    ]);
    expect(problems).toEqual([
      { field: "schedule[0].agencyDue", message: "Không có ngày 31/4 (báo cáo hằng năm)" },
      { field: "schedule[1]", message: "Kỳ báo cáo hằng năm đã có ở trên" },
      {
        field: "schedule[1].departmentDue",
        message: "Hạn Sở tổng hợp (01/12) phải sau hạn các cơ quan báo cáo (10/12)",
      },
    ]);
    expect(scheduleProblems(seed004Schedule)).toEqual([]);
    // Most years have no 29 February: a period of 2025 would be due on a day that does not exist.
    expect(
      scheduleProblems([{ kind: "year", agencyDue: "02-29", departmentDue: "03-05", followingYear: true }]),
    ).toEqual([
      {
        field: "schedule[0].agencyDue",
        message: "Ngày 29/2 không có ở mọi năm (báo cáo hằng năm): chọn 28/2 hoặc 1/3",
      },
    ]);
  });
});
