import { describe, expect, it } from "vitest";
import {
  daysBetween,
  dueReminders,
  overdueWeek,
  provinceToday,
  type ReminderAgency,
  type ReminderCycle,
  reminderStep,
} from "./reminders.js";

const cycle: ReminderCycle = {
  id: "c1",
  year: 2025,
  frameworkCode: "PEPI-383",
  provinceName: "Tỉnh Lâm Đồng",
  status: "open",
  submissionDue: "2026-02-28",
  reviewDue: "2026-03-15",
  approvalDue: "2026-03-25",
};
const agencies: ReminderAgency[] = [
  { agencyId: "a-draft", agencyName: "Sở Xây dựng", status: "draft" },
  { agencyId: "a-returned", agencyName: "Sở Y tế", status: "returned" },
  { agencyId: "a-submitted", agencyName: "Sở Tài chính", status: "submitted" },
  { agencyId: "a-accepted", agencyName: "Cục Thống kê", status: "accepted" },
];
const keys = (today: string, c: ReminderCycle = cycle, list = agencies) =>
  dueReminders(c, list, today).map((r) => r.key);

describe("calendar days in the province", () => {
  it("takes the day in Asia/Ho_Chi_Minh, not UTC", () => {
    expect(provinceToday(new Date("2026-02-27T16:59:00Z"))).toBe("2026-02-27");
    expect(provinceToday(new Date("2026-02-27T17:00:00Z"))).toBe("2026-02-28");
  });

  it.each([
    ["2026-02-21", "2026-02-28", 7],
    ["2026-02-28", "2026-03-01", 1],
    ["2024-02-28", "2024-03-01", 2],
    ["2026-03-02", "2026-02-28", -2],
  ])("from %s to %s is %i days", (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe("reminder steps", () => {
  it.each([
    [10, null],
    [8, null],
    [7, 7],
    [5, 7],
    [3, 3],
    [2, 3],
    [1, 1],
    [0, 1],
    [-1, null],
  ])("%i days left falls in step %s", (daysLeft, step) => {
    expect(reminderStep(daysLeft, [7, 3, 1])).toBe(step);
  });

  it.each([
    [0, null],
    [1, 0],
    [7, 0],
    [8, 1],
    [15, 2],
  ])("%i days overdue is week %s", (days, week) => {
    expect(overdueWeek(days)).toBe(week);
  });
});

describe("before the submission deadline", () => {
  it("reminds agencies still drafting or returned, with days left, deadline and link", () => {
    const due = dueReminders(cycle, agencies, "2026-02-25");
    const submission = due.filter((r) => r.kind === "reminder.submission_due");
    expect(submission.map((r) => r.agencyId)).toEqual(["a-draft", "a-returned"]);
    const first = submission[0]!;
    expect(first.key).toBe("reminder:c1:submission-due:2026-02-28:3:a-draft");
    expect(first.audience).toEqual({ agencyId: "a-draft" });
    expect(first.title).toContain("28/02/2026");
    expect(first.body).toContain("còn 3 ngày");
    expect(first.body).toContain("năm 2025 của Tỉnh Lâm Đồng");
    expect(first.body).toContain("đang soạn");
    expect(first.link).toBe("/cycles/c1/agencies/a-draft");
  });

  it("gives the same key every day of one step, so a step is sent once", () => {
    expect(keys("2026-02-21")).toEqual(keys("2026-02-24"));
    expect(keys("2026-02-25")).not.toEqual(keys("2026-02-24"));
  });

  it("sends only the nearest step after days without a run", () => {
    const due = dueReminders(cycle, agencies, "2026-02-27").filter((r) => r.agencyId === "a-draft");
    expect(due.map((r) => r.key)).toEqual(["reminder:c1:submission-due:2026-02-28:1:a-draft"]);
  });

  it("says so on the deadline day", () => {
    const [first] = dueReminders(cycle, agencies, "2026-02-28");
    expect(first!.body).toContain("hôm nay là hạn cuối");
  });

  it("is silent before the first step and for a cycle no longer collecting", () => {
    expect(keys("2026-02-20")).toEqual([]);
    expect(keys("2026-02-27", { ...cycle, status: "approved" })).toEqual([]);
  });

  it("starts again when the deadline moves", () => {
    const moved = { ...cycle, submissionDue: "2026-03-10" };
    expect(keys("2026-03-07", moved)).toContain("reminder:c1:submission-due:2026-03-10:3:a-draft");
  });
});

describe("after the submission deadline", () => {
  it("tells agencies that never sent, on the first day late and then once a week", () => {
    const late = (today: string) =>
      dueReminders(cycle, agencies, today).filter((r) => r.kind === "reminder.submission_overdue");
    expect(late("2026-02-28")).toEqual([]);
    const day1 = late("2026-03-01");
    expect(day1.map((r) => r.agencyId)).toEqual(["a-draft"]);
    expect(day1[0]!.key).toBe("reminder:c1:submission-overdue:2026-02-28:w0:a-draft");
    expect(day1[0]!.body).toContain("đã quá hạn 1 ngày");
    expect(late("2026-03-07")[0]!.key).toBe(day1[0]!.key);
    expect(late("2026-03-08")[0]!.key).toBe("reminder:c1:submission-overdue:2026-02-28:w1:a-draft");
  });

  it("reports the late agencies to the coordinators and the provincial leadership", () => {
    const summary = dueReminders(cycle, agencies, "2026-03-03").find(
      (r) => r.kind === "reminder.overdue_summary",
    );
    expect(summary?.audience).toEqual({ roles: ["coordinator", "leader"] });
    expect(summary?.body).toContain("Sở Xây dựng");
    expect(summary?.body).not.toContain("Sở Y tế");
    expect(summary?.title).toContain("1 cơ quan");
  });

  it("says nothing when every agency has sent", () => {
    const sent = agencies.filter((a) => a.status !== "draft");
    const kinds = dueReminders(cycle, sent, "2026-03-03").map((r) => r.kind);
    expect(kinds).not.toContain("reminder.submission_overdue");
    expect(kinds).not.toContain("reminder.overdue_summary");
  });
});

describe("review and approval deadlines", () => {
  it("reminds the coordinators while submissions wait for review", () => {
    const review = dueReminders(cycle, agencies, "2026-03-14").find((r) => r.kind === "reminder.review_due");
    expect(review?.audience).toEqual({ roles: ["coordinator"] });
    expect(review?.key).toBe("reminder:c1:review-due:2026-03-15:1");
    expect(review?.body).toContain("1 cơ quan đã gửi số liệu đang chờ thẩm định");
    const none = agencies.filter((a) => a.status !== "submitted");
    expect(dueReminders(cycle, none, "2026-03-14").map((r) => r.kind)).not.toContain("reminder.review_due");
  });

  it("reminds the leaders only while the cycle waits for approval", () => {
    const inReview = { ...cycle, status: "in_review" as const };
    const approval = dueReminders(inReview, agencies, "2026-03-22");
    expect(approval.map((r) => r.kind)).toEqual(["reminder.approval_due"]);
    expect(approval[0]!.audience).toEqual({ roles: ["leader"] });
    expect(approval[0]!.body).toContain("25/03/2026");
    expect(keys("2026-03-22")).not.toContain("reminder:c1:approval-due:2026-03-25:3");
  });

  it("uses the configured days", () => {
    const due = dueReminders({ ...cycle, status: "in_review" }, agencies, "2026-03-11", [14]);
    expect(due.map((r) => r.key)).toEqual(["reminder:c1:approval-due:2026-03-25:14"]);
  });
});
