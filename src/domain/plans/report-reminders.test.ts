import { describe, expect, it } from "vitest";
import { planReportReminders } from "./report-reminders.js";

const period = {
  id: "p1",
  planId: "plan1",
  planTitle: "Kế hoạch nâng hạng PGI",
  kind: "half_year" as const,
  year: 2024,
  agencyDue: "2024-07-05",
};
const agencies = [
  { agencyId: "a", agencyName: "Sở Xây dựng", status: null },
  { agencyId: "b", agencyName: "Sở Công Thương", status: "submitted" as const },
  { agencyId: "c", agencyName: "Sở Tài chính", status: "returned" as const },
];

describe("the reminders of a plan's reporting period", () => {
  it("reminds the agencies that have not sent, on the configured days before the due day", () => {
    const due = planReportReminders(period, agencies, "2024-07-02", [7, 3, 1]);
    expect(due.map((r) => r.agencyId)).toEqual(["a", "c"]);
    expect(due[0]!.title).toBe("Hạn gửi báo cáo tiến độ 05/07/2024: còn 3 ngày");
    expect(due[0]!.body).toContain(
      "báo cáo 6 tháng đầu năm 2024 về thực hiện kế hoạch “Kế hoạch nâng hạng PGI”",
    );
    expect(planReportReminders(period, agencies, "2024-06-20", [7, 3, 1])).toEqual([]);
  });

  it("tells a late agency weekly, and the department and leaders which agencies are late", () => {
    const late = planReportReminders(period, agencies, "2024-07-06", [7, 3, 1]);
    expect(late.map((r) => r.kind)).toEqual([
      "reminder.plan_report_overdue",
      "reminder.plan_report_overdue_summary",
    ]);
    expect(late[1]!.body).toContain("Các cơ quan chưa gửi: Sở Xây dựng.");
    expect(late[1]!.audience).toEqual({ roles: ["coordinator", "leader"] });
    const nextWeek = planReportReminders(period, agencies, "2024-07-13", [7, 3, 1]);
    expect(nextWeek[0]!.key).not.toBe(late[0]!.key);
    expect(planReportReminders(period, agencies, "2024-07-07", [7, 3, 1])[0]!.key).toBe(late[0]!.key);
    // Four weeks of it: then the department, which has its list, takes it up itself.
    expect(planReportReminders(period, agencies, "2024-08-01", [7, 3, 1])).toHaveLength(2);
    expect(planReportReminders(period, agencies, "2024-08-03", [7, 3, 1])).toEqual([]);
  });
});
