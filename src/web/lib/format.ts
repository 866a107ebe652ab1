// Numbers and dates written the Vietnamese way in both languages (1.234.567; 73,33;
// dd/mm/yyyy), because the figures end up in Vietnamese official documents.
import { slugify } from "../../domain/text/slug.js";

const provinceTimeZone = "Asia/Ho_Chi_Minh";
const integerFormat = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });
const dateTimeParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: provinceTimeZone,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** 1234567 → "1.234.567"; 73.333 with 2 digits → "73,33". */
export function formatNumber(value: number | null | undefined, fractionDigits?: number): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "—";
  if (fractionDigits === undefined) return integerFormat.format(value);
  return new Intl.NumberFormat("vi-VN", {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** Up to `maxDigits` decimals, none when whole: 0.5 → "0,5"; 10000000 → "10.000.000". */
export function formatDecimal(value: number | null | undefined, maxDigits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "—";
  return new Intl.NumberFormat("vi-VN", { maximumFractionDigits: maxDigits }).format(value);
}

function partsOf(date: Date): Record<string, string> {
  return Object.fromEntries(dateTimeParts.formatToParts(date).map((p) => [p.type, p.value]));
}

/** "2025-07-01" or an ISO timestamp → "01/07/2025" (timestamps in the province's time zone). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "—";
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (plain) return `${plain[3]}/${plain[2]}/${plain[1]}`;
  const p = partsOf(new Date(value));
  return `${p.day}/${p.month}/${p.year}`;
}

/** An ISO timestamp → "01/07/2025 14:05" in the province's time zone. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "—";
  const p = partsOf(new Date(value));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** Sorts Vietnamese names in dictionary order (Đ after D, tones after the bare letter). */
export const vietnameseCollator = new Intl.Collator("vi");
export const compareVietnamese = (a: string, b: string): number => vietnameseCollator.compare(a, b);

/** Search that ignores case and diacritics: "so xay dung" finds "Sở Xây dựng". */
export function matchesSearch(query: string, ...texts: (string | null | undefined)[]): boolean {
  const needle = slugify(query);
  if (!needle) return true;
  return texts.some((text) => text && slugify(text).includes(needle));
}
