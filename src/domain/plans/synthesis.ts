// The rules of a period's synthesis for the chairman: how a target's year reads in words, which
// tasks are late or not started by the end of the period, how far a target is reached (for the
// chart), and the directives a conclusion's text gives, with the agencies each names. Pure.
import type { ReportKind, TaskProgressStatus } from "../../contracts/plan-reports.js";
import { formatDateVi } from "../text/format-vi.js";
import type { TargetDirection, TargetStatus } from "./target-status.js";

/** How a target's year stands, as the report to the chairman writes it. */
export const targetStatusVi: Record<TargetStatus, string> = {
  met: "Đạt",
  on_track: "Đúng tiến độ",
  at_risk: "Có nguy cơ không đạt",
  missed: "Không đạt",
  not_reported: "Chưa có số liệu",
};

/** The last day a period reports on: 30/6 for the first six months, 31/12 for the year. */
export function periodEnd(kind: ReportKind, year: number): string {
  return kind === "half_year" ? `${year}-06-30` : `${year}-12-31`;
}

export type LateReason = "delayed" | "not_started" | "overdue";

/** A line an agency wrote on a task, with where it stands among the plan's periods. */
export interface SentLine {
  /** The period's place in the plan's periods, in the order they fall due. */
  periodOrder: number;
  /** The state of the report it is in ("draft", "submitted", "returned", "accepted"). */
  reportStatus: string;
  status: TaskProgressStatus | null;
}

/**
 * The latest line its lead agency sent on a task, up to and including the period judged
 * (`upTo`, a `periodOrder`): of its reports submitted, returned or accepted (never a draft), the
 * latest period's that says how the task stands; null when none does.
 */
export function latestSent<L extends SentLine>(lines: readonly L[], upTo: number): L | null {
  let latest: L | null = null;
  for (const line of lines) {
    if (line.reportStatus === "draft" || line.status === null || line.periodOrder > upTo) continue;
    if (!latest || line.periodOrder > latest.periodOrder) latest = line;
  }
  return latest;
}

/**
 * Why a task is behind, or null: the one rule of the synthesis for the chairman and of the plans'
 * health. `deadline`: the task's (null for "thường xuyên"); `latestSent`: the latest state its lead
 * agency sent for it (`latestSent` above; null when it never said one); `through`: the last day
 * judged (the period's last day, or today). The lead said it is delayed or not started; or its
 * deadline is on or before `through` and the lead has not sent that it is done.
 */
export function lateReason(
  deadline: string | null,
  latestSent: TaskProgressStatus | null,
  through: string,
): LateReason | null {
  if (latestSent === "delayed") return "delayed";
  if (latestSent === "not_started") return "not_started";
  if (deadline && deadline <= through && latestSent !== "done") return "overdue";
  return null;
}

/**
 * How much of the year's value is reached, in percent (0 and up): the actual over the value for a
 * measure that should rise, the value over the actual for one that should fall (a rank of 20
 * against 15 is 75 %).
 */
export function reachedPct(direction: TargetDirection, target: number, actual: number): number {
  if (direction === "up")
    return target === 0 ? (actual >= 0 ? 100 : 0) : Math.max(0, (100 * actual) / target);
  if (actual <= 0) return actual <= target ? 100 : 0;
  return Math.max(0, (100 * target) / actual);
}

const itemStart = /^\s*(?:(?:\d{1,2}|[a-zđ])[.)]|[-–+•*])\s+/iu;
/** "I.", "II.", "IV)", "V.": a part of the text, never a directive (a lettered item is in lower case). */
const romanHeading = /^\s*(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})[.)]\s+/u;
const isHeading = (line: string) => romanHeading.test(line);

/**
 * The directives of a conclusion's text: each numbered, lettered or dashed item (the lines after
 * it that do not start a new one belong to it, as a PDF breaks a sentence, up to a blank line), or
 * each paragraph when the text has no items. Their marks are taken off; an item ending with ":" that heads others is
 * left out ("1. Các sở, ngành:" is not a task), and so is a part's heading in roman numerals ("I.",
 * "V.").
 */
export function directiveTexts(text: string): string[] {
  const lines = text
    .normalize("NFC")
    .split(/\r?\n/)
    .map((l) => l.trim());
  const hasItems = lines.some((l) => itemStart.test(l) && !isHeading(l));
  const items: string[] = [];
  let current: string | null = null;
  const flush = () => {
    if (current?.trim()) items.push(current.trim());
    current = null;
  };
  for (const line of lines) {
    // A blank line ends an item or a paragraph.
    if (!line) flush();
    // A part's heading ("II. NHIỆM VỤ THỜI GIAN TỚI") ends an item and is not one.
    else if (isHeading(line)) flush();
    else if (itemStart.test(line)) {
      flush();
      current = line.replace(itemStart, "");
    } else if (current !== null) current = `${current} ${line}`;
    // Outside an item, a line is a directive of its own only in a text without items; with items,
    // it is the preamble or the closing ("Yêu cầu các cơ quan nghiêm túc thực hiện").
    else if (!hasItems) current = line;
  }
  flush();
  return items.filter((item, i) => !(item.endsWith(":") && i < items.length - 1));
}

const key = (text: string) => text.normalize("NFC").toLocaleLowerCase("vi-VN").replace(/\s+/g, " ");

/**
 * The agencies a directive names, in the order it names them: the first is proposed to lead, the
 * others to support. A longer name wins over a shorter one inside it ("Sở Xây dựng" is not also
 * "Sở Xây").
 */
export function agenciesNamed<A extends { name: string }>(text: string, agencies: readonly A[]): A[] {
  const haystack = key(text);
  const found: { at: number; end: number; agency: A }[] = [];
  for (const agency of [...agencies].sort((a, b) => b.name.length - a.name.length)) {
    const needle = key(agency.name);
    if (needle.length < 4) continue;
    let at = haystack.indexOf(needle);
    while (at >= 0) {
      const end = at + needle.length;
      if (!found.some((f) => at < f.end && end > f.at)) {
        found.push({ at, end, agency });
        break;
      }
      at = haystack.indexOf(needle, at + 1);
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.agency);
}

/** "Nhiệm vụ theo kết luận của Chủ tịch UBND tỉnh tại văn bản số 45/TB-UBND ngày 20/07/2024". */
export function conclusionSectionTitle(c: {
  author: string;
  numberSymbol: string;
  issuedOn: string;
}): string {
  const document = c.numberSymbol ? `văn bản số ${c.numberSymbol} ngày` : "văn bản ngày";
  return `Nhiệm vụ theo kết luận của ${c.author} tại ${document} ${formatDateVi(c.issuedOn)}`;
}

const isoDay = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
/** The last day of month `m` (1–12; 0 is December of the year before). */
const monthEnd = (y: number, m: number) => {
  const end = new Date(Date.UTC(y, m, 0));
  return isoDay(end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate());
};
const quarters: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

/** A day, a month, a quarter, a half or a year as a direction writes it. */
const when = new RegExp(
  [
    // 30/9/2024, 30-9-2024, 30.9.2024, or 30/9 (the year of the conclusion).
    String.raw`(?<d1>\d{1,2})\s*[/.-]\s*(?<m1>\d{1,2})(?:\s*[/.-]\s*(?<y1>\d{4}))?(?![\d/.-]*\d)`,
    // ngày 30 tháng 9 năm 2024
    String.raw`ngày\s+(?<d2>\d{1,2})\s+tháng\s+(?<m2>\d{1,2})(?:\s+năm\s+(?<y2>\d{4}))?`,
    // 6 tháng đầu năm 2025, 6 tháng cuối năm
    String.raw`6\s+tháng\s+(?<half>đầu|cuối)\s+năm(?:\s+(?<y3>\d{4}))?`,
    // tháng 10/2024, tháng 10 năm 2024, tháng 10
    String.raw`tháng\s+(?<m4>\d{1,2})(?:\s*(?:/|năm)\s*(?<y4>\d{4}))?`,
    // quý III/2024, quý 3 năm 2024, quý IV
    String.raw`quý\s+(?<q>iv|i{1,3}|[1-4])(?![\p{L}\d])(?:\s*(?:/|năm)\s*(?<y5>\d{4}))?`,
    // năm 2024
    String.raw`năm\s+(?<y6>\d{4})`,
  ].join("|"),
  "giu",
);
/**
 * What makes a day a deadline: the words just before it ("trước ngày", "chậm nhất là", "trong
 * tháng", "hoàn thành trong", "đến hết", "vào cuối"); a date without them ("văn bản số 45 ngày
 * 20/7/2024") is not one.
 */
const deadlineWords =
  /(?:^|[\s,;:(])(trước|chậm nhất|hạn|trong|hết|xong|hoàn thành|vào|đến|cuối)(?:\s*:)?(?:\s+(?:ngày|là|vào|trong|hết|cuối))*\s+$/u;

/**
 * The deadline a direction writes ("trước ngày 30/9/2024", "trong tháng 10/2024", "hoàn thành
 * trong quý III/2024", "chậm nhất ngày 15/10", "trong năm 2025"), as the last day it allows: a
 * day itself, the end of a month, quarter, half or year, or the day before one begins after
 * "trước" ("trước quý IV/2024" is 30/09/2024). A day or month without its year is the next one
 * on or after the conclusion's date (`from`). Of several, the latest (the task is done when all
 * its parts are); null when none is written.
 */
export function directiveDeadline(text: string, from: string): string | null {
  const fromYear = Number(from.slice(0, 4));
  const found: string[] = [];
  const written = text.normalize("NFC");
  for (const m of written.matchAll(when)) {
    const before = written.slice(Math.max(0, m.index - 40), m.index).toLocaleLowerCase("vi-VN");
    const word = deadlineWords.exec(before)?.[1];
    if (!word) continue;
    const ahead = word === "trước";
    const g = m.groups as Record<string, string | undefined>;
    const year = (y: string | undefined) => (y ? Number(y) : null);
    // A period [start month, end month] of a year, or a day.
    let day: string | null = null;
    let period: { year: number | null; first: number; last: number } | null = null;
    const d = g.d1 ?? g.d2;
    const month = g.m1 ?? g.m2;
    if (d && month) {
      const [dd, mm] = [Number(d), Number(month)];
      const y = year(g.y1 ?? g.y2);
      const make = (yy: number) => {
        const iso = isoDay(yy, mm, dd);
        return mm >= 1 && mm <= 12 && dd >= 1 && iso <= monthEnd(yy, mm) ? iso : null;
      };
      day = y !== null ? make(y) : make(fromYear);
      if (y === null && day && day < from) day = make(fromYear + 1);
      if (!day) continue;
    } else if (g.half)
      period = { year: year(g.y3), ...(g.half === "đầu" ? { first: 1, last: 6 } : { first: 7, last: 12 }) };
    else if (g.m4) {
      const mm = Number(g.m4);
      if (mm < 1 || mm > 12) continue;
      period = { year: year(g.y4), first: mm, last: mm };
    } else if (g.q) {
      const q = quarters[g.q.toLocaleLowerCase("vi-VN")]!;
      period = { year: year(g.y5), first: 3 * q - 2, last: 3 * q };
    } else if (g.y6) period = { year: Number(g.y6), first: 1, last: 12 };
    if (period) {
      const { first, last } = period;
      const dayOf = (y: number) => (ahead ? monthEnd(y, first - 1) : monthEnd(y, last));
      day = period.year !== null ? dayOf(period.year) : dayOf(fromYear);
      if (period.year === null && day < from) day = dayOf(fromYear + 1);
    }
    if (day) found.push(day);
  }
  return found.sort().at(-1) ?? null;
}

/** A direction to be carried out all along ("thường xuyên"), with no deadline of its own. */
export function directiveRecurring(text: string): boolean {
  return /thường\s+xuyên/iu.test(text.normalize("NFC")) && directiveDeadline(text, "0001-01-01") === null;
}

const words = (text: string) => key(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/** How alike two texts are by their words (Dice's coefficient, 1 for the same words). */
function alike(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.length + y.length === 0) return 1;
  const left = new Map<string, number>();
  for (const w of x) left.set(w, (left.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of y) {
    const n = left.get(w) ?? 0;
    if (n > 0) {
      common += 1;
      left.set(w, n - 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

/**
 * The task each directive already became, or null: the task of the conclusion's section with the
 * same words, or nearly (a few words corrected before it was given), each task one directive's.
 */
export function givenTasks<T extends { body: string }>(
  directives: readonly string[],
  tasks: readonly T[],
): (T | null)[] {
  const pairs = directives
    .flatMap((text, d) => tasks.map((task, t) => ({ d, t, score: alike(text, task.body) })))
    .filter((p) => p.score >= 0.8)
    .sort((a, b) => b.score - a.score || a.d - b.d || a.t - b.t);
  const given: (T | null)[] = directives.map(() => null);
  const used = new Set<number>();
  for (const p of pairs) {
    if (given[p.d] || used.has(p.t)) continue;
    given[p.d] = tasks[p.t]!;
    used.add(p.t);
  }
  return given;
}

/**
 * The number the plan's next section takes: after its highest plain number (part II's "1"…"4";
 * sections read from part III, "III.5", do not count); after its count when none is plain.
 */
export function nextSectionNumber(numbers: readonly string[]): string {
  const numeric = numbers.filter((n) => /^\d+$/.test(n.trim())).map(Number);
  return String((numeric.length > 0 ? Math.max(...numeric) : numbers.length) + 1);
}
