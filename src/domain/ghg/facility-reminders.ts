// Which deadline reminders a facility is owed today: before each due date (30, 7 and 1 days
// before: a yearly report needs more notice than an agency's form) and, when nothing arrived, on
// the first day late and then every 30 days for a year. Pure; the key of each makes it exist once.
import { daysBetween, formatDay, reminderStep } from "../cycle/reminders.js";
import { formatNumberVi } from "../text/format-vi.js";

export const facilityReminderDaysBefore: readonly number[] = [30, 7, 1];

export interface OwedItem {
  ruleCode: string;
  year: number;
  dueDate: string;
  owed: string;
  recipient: string;
  provisional: boolean;
  received: boolean;
}

export interface FacilityReminder {
  key: string;
  ruleCode: string;
  year: number;
  step: string;
  title: string;
  body: string;
}

export function facilityReminders(
  facility: { id: string; name: string },
  items: readonly OwedItem[],
  today: string,
  daysBefore: readonly number[] = facilityReminderDaysBefore,
): FacilityReminder[] {
  const out: FacilityReminder[] = [];
  for (const item of items) {
    if (item.received) continue;
    const left = daysBetween(today, item.dueDate);
    const step = reminderStep(left, daysBefore);
    const base = `ghg-reminder:${facility.id}:${item.ruleCode}:${item.year}`;
    const due = formatDay(item.dueDate);
    const provisional = item.provisional
      ? " Thời hạn này là tạm tính, chưa được xác nhận trong văn bản gốc; Sở sẽ thông báo nếu thay đổi."
      : "";
    if (step !== null) {
      const when = left === 0 ? "hôm nay là hạn cuối" : `còn ${formatNumberVi(left)} ngày`;
      out.push({
        key: `${base}:before-${step}`,
        ruleCode: item.ruleCode,
        year: item.year,
        step: `before-${step}`,
        title: `Hạn ${due}: ${item.owed}`,
        body:
          `${facility.name}: ${lowerFirst(item.owed)} phải gửi ${lowerFirst(item.recipient)} ` +
          `chậm nhất ngày ${due} (${when}).${provisional}`,
      });
    } else if (left < 0 && -left <= 365) {
      const late = -left;
      const month = Math.floor((late - 1) / 30);
      out.push({
        key: `${base}:overdue-${month}`,
        ruleCode: item.ruleCode,
        year: item.year,
        step: `overdue-${month}`,
        title: `Quá hạn ${formatNumberVi(late)} ngày: ${item.owed}`,
        body:
          `${facility.name} chưa gửi ${lowerFirst(item.owed)} (hạn ${due}, đã quá hạn ` +
          `${formatNumberVi(late)} ngày). Vui lòng gửi ngay cho ${lowerFirst(item.recipient)}.${provisional}`,
      });
    }
  }
  return out;
}

function lowerFirst(text: string): string {
  // "Bộ quản lý lĩnh vực" and "Ủy ban nhân dân" are names: only an ordinary first word is lowered.
  return /^(Bộ|Ủy|UBND|Sở)(?=\s)/u.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}
