// Numbers and dates as Vietnamese official documents write them: 1.234,5 and 05/01/2025.
// Shared by the generated report and brief so both print a figure the same way.

/** 1234.5 → "1.234,5"; small values keep more decimals so 0,051 does not become 0,05. */
export function formatNumberVi(value: number, maxFractionDigits?: number): string {
  const digits = maxFractionDigits ?? (Math.abs(value) < 1 ? 3 : 2);
  const text = value.toLocaleString("vi-VN", { maximumFractionDigits: digits });
  // Rounding can leave "-0": nobody writes that.
  return text === "-0" ? "0" : text;
}

/** Points are kept in hundredths: 65.5 → "65,5", 70 → "70". */
export function formatPointsVi(points: number): string {
  return formatNumberVi(points, 2);
}

/** A change in percent with its sign: "+12,5%", "-3,2%", "0%". */
export function formatChangePctVi(change: number): string {
  const text = formatNumberVi(change, 1);
  return `${change > 0 && text !== "0" ? "+" : ""}${text}%`;
}

/** "2024-01-15" → "15/01/2024". */
export function formatDateVi(date: string): string {
  const iso = date.slice(0, 10);
  const [year, month, day] = iso.split("-");
  return `${day}/${month}/${year}`;
}

/**
 * "Lào Cai, ngày 05 tháng 3 năm 2025" (NĐ 30/2020: a zero before days under 10 and months 1
 * and 2 only), or blanks for the day of signing when no date is set.
 */
export function placeDateVi(place: string, date: string | null, blankYear: number): string {
  if (!date) return `${place}, ngày      tháng      năm ${blankYear}`;
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const day = String(d).padStart(2, "0");
  const month = m <= 2 ? String(m).padStart(2, "0") : String(m);
  return `${place}, ngày ${day} tháng ${month} năm ${y}`;
}

/** What a file said, quoted back in an error, cut short: a cell may hold anything. */
export function clippedVi(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * A text for a reader cut short at a word, never inside one: the words that fit within `max`
 * characters, the punctuation left hanging at the cut taken off, then "…" (never "giao thông
 * đặc b…"). A single word longer than `max` is cut where it must be.
 */
export function clippedAtWordVi(text: string, max: number): string {
  const whole = text.trim();
  if (whole.length <= max) return whole;
  // The "…" takes one character; the cut falls on the last space within what is left, or just
  // after it when a word ends there.
  const room = whole.slice(0, max - 1);
  const space = /\s/u.test(whole.charAt(max - 1)) ? room.length : room.search(/\s\S*$/u);
  const kept = (space > 0 ? room.slice(0, space) : room).replace(/[\s,;:.(“"'–-]+$/u, "");
  return `${kept}…`;
}

/** The first letter in capitals, by Vietnamese rules: "đã sửa" → "Đã sửa". */
export function capitalizeVi(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi-VN") + text.slice(1);
}

/** A sentence ends with one stop: none is added after a text that already has one (".", "!", "?", "…"). */
export function withStop(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
