// Whether an agency reported on time, judged on local (Vietnam) calendar days.
import type { Timeliness } from "../../contracts/cycles.js";

export const PROVINCE_TIME_ZONE = "Asia/Ho_Chi_Minh";

/** The calendar day (YYYY-MM-DD) of an instant in Vietnam. */
export function localDay(at: Date, timeZone = PROVINCE_TIME_ZONE): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);
}

/** Whole days from one YYYY-MM-DD to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** On time if first submitted by the end of the due day; timeliness is never reset by a return. */
export function timelinessOf(
  due: string,
  firstSubmittedAt: Date | null,
  today: string,
): { timeliness: Timeliness; daysOverdue: number | null } {
  if (firstSubmittedAt) {
    const late = daysBetween(due, localDay(firstSubmittedAt));
    return late > 0
      ? { timeliness: "late", daysOverdue: late }
      : { timeliness: "on_time", daysOverdue: null };
  }
  const overdue = daysBetween(due, today);
  return overdue > 0
    ? { timeliness: "overdue", daysOverdue: overdue }
    : { timeliness: "not_due", daysOverdue: null };
}
