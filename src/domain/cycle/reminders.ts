// Which reminders a cycle owes today. Pure: the server loads the cycle and its submissions,
// asks here, and queues what comes back; each reminder's key makes it exist only once, so
// asking again the same day (or from a second server) queues nothing new.

import type { CycleStatus, SubmissionStatus } from "../../contracts/cycles.js";
import type { Role } from "../auth/roles.js";
import { formatNumberVi } from "../text/format-vi.js";
import { submissionStatusVi } from "./workflow.js";

export interface ReminderCycle {
  id: string;
  year: number;
  frameworkCode: string;
  provinceName: string;
  status: CycleStatus;
  submissionDue: string;
  reviewDue: string | null;
  approvalDue: string | null;
}

export interface ReminderAgency {
  agencyId: string;
  agencyName: string;
  status: SubmissionStatus;
}

/** Who receives it: one agency's people, or everyone holding one of the roles. */
export type ReminderAudience = { agencyId: string } | { roles: Role[] };

export type ReminderKind =
  | "reminder.submission_due"
  | "reminder.submission_overdue"
  | "reminder.overdue_summary"
  | "reminder.review_due"
  | "reminder.approval_due";

export interface DueReminder {
  key: string;
  kind: ReminderKind;
  audience: ReminderAudience;
  agencyId: string | null;
  title: string;
  body: string;
  link: string;
}

export const defaultReminderDaysBefore: readonly number[] = [7, 3, 1];

const provinceDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Ho_Chi_Minh",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar day in the province (yyyy-MM-dd) at this instant: deadlines are local days. */
export function provinceToday(now: Date): string {
  return provinceDay.format(now);
}

const dayNumber = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

/** Whole days from one yyyy-MM-dd to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

/** "2026-02-28" → "28/02/2026". */
export const formatDay = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * The configured "days before" step this day falls in: the smallest step not below the days
 * left. After days without a run this is the nearest step only, never every missed one.
 */
export function reminderStep(daysLeft: number, daysBefore: readonly number[]): number | null {
  if (daysLeft < 0) return null;
  const steps = daysBefore.filter((d) => d >= daysLeft);
  return steps.length === 0 ? null : Math.min(...steps);
}

/** Overdue reminders go on the first day late, then once a week: which week this day is in. */
export function overdueWeek(daysOverdue: number): number | null {
  return daysOverdue < 1 ? null : Math.floor((daysOverdue - 1) / 7);
}

const waitingToSubmit: readonly SubmissionStatus[] = ["draft", "returned"];

export function dueReminders(
  cycle: ReminderCycle,
  agencies: readonly ReminderAgency[],
  today: string,
  daysBefore: readonly number[] = defaultReminderDaysBefore,
): DueReminder[] {
  const out: DueReminder[] = [];
  // People read the year and the province; the framework's code is for specialists.
  const label = `kỳ đánh giá năm ${cycle.year} của ${cycle.provinceName}`;
  const labelAtStart = `K${label.slice(1)}`;
  const cycleLink = `/cycles/${cycle.id}`;
  const base = `reminder:${cycle.id}`;

  if (cycle.status === "open") {
    const due = cycle.submissionDue;
    const daysLeft = daysBetween(today, due);
    const before = deadlineStep(due, today, daysBefore);
    if (before) {
      const { step, left } = before;
      for (const a of agencies.filter((x) => waitingToSubmit.includes(x.status))) {
        out.push({
          key: `${base}:submission-due:${due}:${step}:${a.agencyId}`,
          kind: "reminder.submission_due",
          audience: { agencyId: a.agencyId },
          agencyId: a.agencyId,
          title: `Hạn gửi số liệu ${formatDay(due)}: ${left}`,
          body:
            `${a.agencyName}: số liệu ${label} phải gửi chậm nhất ngày ${formatDay(due)} (${left}). ` +
            `Số liệu của cơ quan đang ở trạng thái “${submissionStatusVi[a.status]}”; ` +
            "vui lòng hoàn thành, ký duyệt (nếu có) và gửi Sở Nông nghiệp và Môi trường.",
          link: `${cycleLink}/agencies/${a.agencyId}`,
        });
      }
    }
    // Only agencies that never sent anything are late; a returned one is judged on its first send.
    const late = agencies.filter((a) => a.status === "draft");
    const week = overdueWeek(-daysLeft);
    if (week !== null && late.length > 0) {
      const overdue = `đã quá hạn ${formatNumberVi(-daysLeft)} ngày`;
      for (const a of late) {
        out.push({
          key: `${base}:submission-overdue:${due}:w${week}:${a.agencyId}`,
          kind: "reminder.submission_overdue",
          audience: { agencyId: a.agencyId },
          agencyId: a.agencyId,
          title: `Quá hạn gửi số liệu ${formatNumberVi(-daysLeft)} ngày`,
          body:
            `${a.agencyName} chưa gửi số liệu ${label}. Hạn gửi là ngày ${formatDay(due)}, ${overdue}. ` +
            "Đơn vị chậm báo cáo được tổng hợp báo cáo Chủ tịch UBND tỉnh; vui lòng gửi số liệu ngay.",
          link: `${cycleLink}/agencies/${a.agencyId}`,
        });
      }
      // Seed 000: late agencies are reported to the provincial leadership, so they hear it too.
      out.push({
        key: `${base}:overdue-summary:${due}:w${week}`,
        kind: "reminder.overdue_summary",
        audience: { roles: ["coordinator", "leader"] },
        agencyId: null,
        title: `${late.length} cơ quan quá hạn gửi số liệu năm ${cycle.year}`,
        body:
          `${labelAtStart}: hạn gửi số liệu là ngày ${formatDay(due)}, ${overdue}. ` +
          `Các cơ quan chưa gửi: ${late.map((a) => a.agencyName).join("; ")}.`,
        link: cycleLink,
      });
    }

    const waiting = agencies.filter((a) => a.status === "submitted").length;
    const review = cycle.reviewDue && deadlineStep(cycle.reviewDue, today, daysBefore);
    if (review && waiting > 0) {
      out.push({
        key: `${base}:review-due:${cycle.reviewDue}:${review.step}`,
        kind: "reminder.review_due",
        audience: { roles: ["coordinator"] },
        agencyId: null,
        title: `Hạn thẩm định số liệu ${formatDay(cycle.reviewDue!)}: ${review.left}`,
        body:
          `${labelAtStart}: ${waiting} cơ quan đã gửi số liệu đang chờ thẩm định. ` +
          `Hạn thẩm định là ngày ${formatDay(cycle.reviewDue!)} (${review.left}).`,
        link: cycleLink,
      });
    }
  }

  const approval =
    cycle.status === "in_review" && cycle.approvalDue && deadlineStep(cycle.approvalDue, today, daysBefore);
  if (approval) {
    out.push({
      key: `${base}:approval-due:${cycle.approvalDue}:${approval.step}`,
      kind: "reminder.approval_due",
      audience: { roles: ["leader"] },
      agencyId: null,
      title: `Hạn phê duyệt kết quả ${formatDay(cycle.approvalDue!)}: ${approval.left}`,
      body:
        `Kết quả ${label} đã được trình lãnh đạo UBND tỉnh phê duyệt. ` +
        `Hạn phê duyệt là ngày ${formatDay(cycle.approvalDue!)} (${approval.left}).`,
      link: cycleLink,
    });
  }
  return out;
}

function deadlineStep(due: string, today: string, daysBefore: readonly number[]) {
  const daysLeft = daysBetween(today, due);
  const step = reminderStep(daysLeft, daysBefore);
  if (step === null) return null;
  return { step, left: daysLeft === 0 ? "hôm nay là hạn cuối" : `còn ${formatNumberVi(daysLeft)} ngày` };
}
