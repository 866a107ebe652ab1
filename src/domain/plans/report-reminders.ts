// Which reminders a plan's reporting period owes today: before the agencies' due day to those
// that have not sent their report, on the first day late and then weekly to those that never
// sent it, with a list of the late ones to the department and the leaders (seed 000 asks the
// department to name the units that report late), for four weeks at most. Pure: each reminder's
// key makes it exist once.
import type { SubmissionStatus } from "../../contracts/cycles.js";
import type { ReportKind } from "../../contracts/plan-reports.js";
import type { DueReminder } from "../cycle/reminders.js";
import { daysBetween, formatDay, overdueWeek, reminderStep } from "../cycle/reminders.js";
import { formatNumberVi } from "../text/format-vi.js";
import { periodLabel } from "./report-periods.js";

export interface ReminderPeriod {
  id: string;
  planId: string;
  planTitle: string;
  kind: ReportKind;
  year: number;
  agencyDue: string;
}

export interface OwingAgency {
  agencyId: string;
  agencyName: string;
  /** Null: nothing saved yet. */
  status: SubmissionStatus | null;
}

/**
 * How many weeks a late report is reminded of: a cycle's reminders stop when it locks, a plan's
 * period may stay open long after the department has compiled without it.
 */
export const overdueWeeks = 4;

export type PlanReminder = Omit<DueReminder, "kind"> & {
  kind: "reminder.plan_report_due" | "reminder.plan_report_overdue" | "reminder.plan_report_overdue_summary";
};

export function planReportReminders(
  period: ReminderPeriod,
  agencies: readonly OwingAgency[],
  today: string,
  daysBefore: readonly number[],
): PlanReminder[] {
  const out: PlanReminder[] = [];
  const due = period.agencyDue;
  const what = `báo cáo ${periodLabel(period.kind, period.year)} về thực hiện kế hoạch “${period.planTitle}”`;
  const base = `plan-reminder:${period.id}`;
  const link = (agencyId: string) => `/plans/${period.planId}/reports/${period.id}/${agencyId}`;
  const daysLeft = daysBetween(today, due);
  const step = reminderStep(daysLeft, daysBefore);
  if (step !== null) {
    const left = daysLeft === 0 ? "hôm nay là hạn cuối" : `còn ${formatNumberVi(daysLeft)} ngày`;
    for (const a of agencies.filter(
      (x) => x.status === null || x.status === "draft" || x.status === "returned",
    ))
      out.push({
        key: `${base}:due:${due}:${step}:${a.agencyId}`,
        kind: "reminder.plan_report_due",
        audience: { agencyId: a.agencyId },
        agencyId: a.agencyId,
        title: `Hạn gửi báo cáo tiến độ ${formatDay(due)}: ${left}`,
        body: `${a.agencyName}: ${what} phải gửi Sở Nông nghiệp và Môi trường chậm nhất ngày ${formatDay(due)} (${left}).`,
        link: link(a.agencyId),
      });
  }
  // Late is judged on the first send: a returned report was sent on time or not already.
  const late = agencies.filter((a) => a.status === null || a.status === "draft");
  const week = overdueWeek(-daysLeft);
  if (week !== null && week < overdueWeeks && late.length > 0) {
    const overdue = `đã quá hạn ${formatNumberVi(-daysLeft)} ngày`;
    for (const a of late)
      out.push({
        key: `${base}:overdue:${due}:w${week}:${a.agencyId}`,
        kind: "reminder.plan_report_overdue",
        audience: { agencyId: a.agencyId },
        agencyId: a.agencyId,
        title: `Quá hạn gửi báo cáo tiến độ ${formatNumberVi(-daysLeft)} ngày`,
        body:
          `${a.agencyName} chưa gửi ${what}. Hạn gửi là ngày ${formatDay(due)}, ${overdue}. ` +
          "Đơn vị chậm báo cáo được tổng hợp báo cáo Chủ tịch UBND tỉnh; vui lòng gửi báo cáo ngay.",
        link: link(a.agencyId),
      });
    out.push({
      key: `${base}:overdue-summary:${due}:w${week}`,
      kind: "reminder.plan_report_overdue_summary",
      audience: { roles: ["coordinator", "leader"] },
      agencyId: null,
      title: `${late.length} cơ quan quá hạn gửi báo cáo ${periodLabel(period.kind, period.year)}`,
      body:
        `${what.charAt(0).toUpperCase()}${what.slice(1)}: hạn gửi là ngày ${formatDay(due)}, ${overdue}. ` +
        `Các cơ quan chưa gửi: ${late.map((a) => a.agencyName).join("; ")}.`,
      link: `/plans/${period.planId}`,
    });
  }
  return out;
}
