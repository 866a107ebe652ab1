// The reporting periods a plan's schedule gives for its years, with their due days, and how a
// period and a task's progress read in Vietnamese. Pure: the server stores what comes out.
import type { ReportKind, ScheduleEntry, TaskProgressStatus } from "../../contracts/plan-reports.js";

export interface PeriodDates {
  kind: ReportKind;
  year: number;
  agencyDue: string;
  departmentDue: string;
}

/** Seed 004 part IV: six-monthly by 05/7 (department 10/7), yearly by 10/12 (department 15/12). */
export const seed004Schedule: ScheduleEntry[] = [
  { kind: "half_year", agencyDue: "07-05", departmentDue: "07-10", followingYear: false },
  { kind: "year", agencyDue: "12-10", departmentDue: "12-15", followingYear: false },
];

const kindOrder: Record<ReportKind, number> = { half_year: 0, year: 1 };

/** One period per schedule entry and year of the plan, in the order they fall due. */
export function periodsOf(
  years: { from: number; to: number },
  schedule: readonly ScheduleEntry[],
): PeriodDates[] {
  const out: PeriodDates[] = [];
  for (let year = years.from; year <= years.to; year++)
    for (const entry of schedule) {
      const dueYear = entry.followingYear ? year + 1 : year;
      out.push({
        kind: entry.kind,
        year,
        agencyDue: `${dueYear}-${entry.agencyDue}`,
        departmentDue: `${dueYear}-${entry.departmentDue}`,
      });
    }
  return out.sort((a, b) => a.agencyDue.localeCompare(b.agencyDue) || kindOrder[a.kind] - kindOrder[b.kind]);
}

/** What is wrong with a schedule, by entry: each kind once, real days, the department after the agencies. */
export function scheduleProblems(schedule: readonly ScheduleEntry[]): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const seen = new Set<ReportKind>();
  schedule.forEach((entry, i) => {
    const field = `schedule[${i}]`;
    const name = periodKindVi[entry.kind];
    if (seen.has(entry.kind)) problems.push({ field, message: `Kỳ báo cáo ${name} đã có ở trên` });
    seen.add(entry.kind);
    for (const [key, value] of [
      ["agencyDue", entry.agencyDue],
      ["departmentDue", entry.departmentDue],
    ] as const)
      if (value === "02-29")
        problems.push({
          field: `${field}.${key}`,
          message: `Ngày 29/2 không có ở mọi năm (báo cáo ${name}): chọn 28/2 hoặc 1/3`,
        });
      else if (!realMonthDay(value))
        problems.push({
          field: `${field}.${key}`,
          message: `Không có ngày ${dayMonth(value)} (báo cáo ${name})`,
        });
    if (entry.departmentDue < entry.agencyDue)
      problems.push({
        field: `${field}.departmentDue`,
        message: `Hạn Sở tổng hợp (${dayMonth(entry.departmentDue)}) phải sau hạn các cơ quan báo cáo (${dayMonth(entry.agencyDue)})`,
      });
  });
  return problems;
}

/** A day of the month in a leap year: 31/04 is not one (29/02 is refused above: most years lack it). */
function realMonthDay(monthDay: string): boolean {
  const month = Number(monthDay.slice(0, 2));
  const day = Number(monthDay.slice(3, 5));
  const date = new Date(Date.UTC(2024, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "07-05" → "05/7", as the seeds write a due day. */
export const dayMonth = (monthDay: string) => `${monthDay.slice(3, 5)}/${Number(monthDay.slice(0, 2))}`;

export const periodKindVi: Record<ReportKind, string> = {
  half_year: "6 tháng",
  year: "hằng năm",
};

export function periodLabel(kind: ReportKind, year: number): string {
  return kind === "half_year" ? `6 tháng đầu năm ${year}` : `năm ${year}`;
}

export const taskProgressVi: Record<TaskProgressStatus, string> = {
  not_started: "chưa triển khai",
  in_progress: "đang thực hiện",
  done: "đã hoàn thành",
  delayed: "chậm tiến độ",
};
