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
