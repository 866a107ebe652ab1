// Reads the text of an issued plan (pasted, or taken from its Word file) into a draft to
// correct: the sections of its part "II" with their lettered tasks, the yearly figures written in
// a task as candidate targets ("đến năm 2025 đạt 70% (trong đó mục tiêu năm 2023 đạt 62,9% …)"),
// the objectives of its part "I" that an index measures (a PGI sub-index's score and rank, the
// PGI's place "trong tốp 10"), and, from its part "III", each agency with the tasks of part II it
// is given by reference ("Thực hiện các nhiệm vụ tại điểm a, e mục 1, điểm b mục 2 … Phần II")
// and the duties part III gives it directly. What cannot be read is said; what can is kept.
import { parseDecimal } from "../text/numbers.js";

export interface DraftTask {
  letter: string;
  body: string;
}

export interface DraftSection {
  number: string;
  title: string;
  tasks: DraftTask[];
}

/** A task of part II given to an agency: to lead it, or to support the one that leads. */
export interface DraftReference {
  section: string;
  letter: string;
  role: "lead" | "support";
}

export interface DraftAgency {
  /** Its number in part III. */
  number: string;
  /** As part III names it ("Sở Công Thương", "Ban quản lý các khu công nghiệp tỉnh"). */
  name: string;
  /**
   * What part III gives it to do itself, beyond the tasks of part II: its lettered items that
   * refer to no task of part II, or its paragraph when it has no items ("a" then).
   */
  duties: DraftTask[];
  references: DraftReference[];
}

/** What a target is measured by: a measure of the plan's own, or an index the application reads. */
export type DraftMeasure = "own" | "pgi_part_score" | "pgi_part_rank" | "pgi_rank";

export interface DraftTarget {
  name: string;
  unit: string;
  measure: DraftMeasure;
  /** The PGI sub-index ("PGI1") a sub-index's score or rank is of. */
  measureRef: string | null;
  direction: "up" | "down";
  /**
   * Where the text writes it: a task of part II ("điểm d mục 1"), or an objective of part I
   * (its numbered item, and its letter when it has one).
   */
  part: "I" | "II";
  section: string;
  letter: string;
  /** Where it stood when the plan was written, as the text says (the year when it says it). */
  baseline: { year: number | null; value: number } | null;
  yearly: { year: number; value: number }[];
  /** A value aimed at without a year: reached by the plan's last year, or held in every year. */
  goal: { value: number; every: boolean } | null;
}

export interface PlanDraft {
  sections: DraftSection[];
  agencies: DraftAgency[];
  targets: DraftTarget[];
  problems: string[];
}

/** A PGI sub-index as the framework in force names it, to know it in the text of part I. */
export interface SubIndex {
  ref: string;
  name: string;
}

type Line =
  | { kind: "part"; numeral: string; text: string }
  | { kind: "numbered"; number: string; text: string }
  | { kind: "lettered"; letter: string; text: string }
  | { kind: "text"; text: string };

const partLine = /^(I{1,3}|IV|V|VI)\.\s+(.*)$/;
const numberedLine = /^(\d{1,2})\.\s+(.*)$/;
const letteredLine = /^([a-zđ])\)\s+(.*)$/u;

function classify(raw: string): Line | null {
  const line = raw.replace(/\s+/g, " ").trim();
  // Empty lines and the page numbers a PDF's text carries between pages.
  if (line === "" || /^\d{1,3}$/.test(line)) return null;
  let m = partLine.exec(line);
  if (m) return { kind: "part", numeral: m[1]!, text: m[2]! };
  m = numberedLine.exec(line);
  if (m) return { kind: "numbered", number: m[1]!, text: m[2]! };
  m = letteredLine.exec(line);
  if (m) return { kind: "lettered", letter: m[1]!, text: m[2]! };
  return { kind: "text", text: line };
}

/** Lines of one sentence joined: a word broken at a hyphen ("chính trị-" / "xã hội") is joined whole. */
const join = (a: string, b: string) => (a.endsWith("-") ? `${a}${b}` : `${a} ${b}`);
/** Lines joined in one pass: each is looked at alone, never the text grown so far. */
function joinAll(lines: readonly string[]): string {
  const parts: string[] = [];
  let previous: string | null = null;
  for (const line of lines) {
    if (previous !== null && !previous.endsWith("-")) parts.push(" ");
    parts.push(line);
    previous = line;
  }
  return parts.join("");
}
const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase("vi-VN") + text.slice(1);

interface Block {
  number: string;
  /** The numbered line and the lines that continue it before the first lettered item. */
  head: string[];
  items: DraftTask[];
}

/** The numbered blocks of one part, each with its lettered items; continuation lines joined. */
function blocksOf(lines: Line[]): { blocks: Block[]; stray: number } {
  const read: (Omit<Block, "items"> & { items: { letter: string; lines: string[] }[] })[] = [];
  let stray = 0;
  for (const line of lines) {
    const block = read.at(-1);
    if (line.kind === "numbered") read.push({ number: line.number, head: [line.text], items: [] });
    else if (!block) stray++;
    else if (line.kind === "lettered") block.items.push({ letter: line.letter, lines: [line.text] });
    else if (block.items.length) block.items.at(-1)!.lines.push(line.text);
    else block.head.push(line.text);
  }
  const blocks = read.map((b) => ({
    ...b,
    items: b.items.map((i) => ({ letter: i.letter, body: joinAll(i.lines) })),
  }));
  return { blocks, stray };
}

/** "điểm a, e mục 1, điểm b, d, đ mục 2 và điểm c mục 4" → each letter with its section. */
const referencePattern = /điểm\s+((?:[a-zđ]\s*(?:,|\bvà\b)\s*)*[a-zđ])\s+mục\s+(\d{1,2})/gu;

function referencesIn(text: string, role: DraftReference["role"]): DraftReference[] {
  const found: DraftReference[] = [];
  for (const m of text.matchAll(referencePattern))
    for (const letter of m[1]!.split(/\s*,\s*|\s+và\s+/u).map((l) => l.trim()))
      if (letter) found.push({ section: m[2]!, letter, role });
  return found;
}

/**
 * The references of one agency's text: a clause that begins "Phối hợp" supports, any other
 * ("Thực hiện …", "Chủ trì …", "triển khai …") leads. Leading a task wins over supporting it.
 */
function agencyReferences(texts: string[]): DraftReference[] {
  const byKey = new Map<string, DraftReference>();
  for (const text of texts)
    for (const clause of text.split(/\s+và\s+(?=triển khai|thực hiện|chủ trì)/iu)) {
      const role = /^\s*phối hợp/iu.test(clause) ? "support" : "lead";
      for (const ref of referencesIn(clause, role)) {
        const key = `${ref.section}:${ref.letter}`;
        if (byKey.get(key)?.role !== "lead") byKey.set(key, ref);
      }
    }
  return [...byKey.values()];
}

const figureOf = (text: string): number | null => {
  const value = parseDecimal(text);
  return value.ok && value.value !== null ? value.value : null;
};

/** "… đến năm 2025 đạt 70% (trong đó mục tiêu năm 2023 đạt 62,9%, năm 2024 đạt 65%)". */
function targetsIn(section: string, task: DraftTask): DraftTarget[] {
  const targets: DraftTarget[] = [];
  for (const sentence of task.body.split(/(?<=[.;])\s+(?=\p{Lu})/u)) {
    const yearly = [...sentence.matchAll(/năm\s+(\d{4})\s+đạt\s+(\d+(?:,\d+)?)\s*%/gu)].flatMap((m) => {
      const value = figureOf(m[2]!);
      return value === null ? [] : [{ year: Number(m[1]), value }];
    });
    if (yearly.length === 0) continue;
    const named =
      /(tỷ lệ\s.+?)\s+đến năm/iu.exec(sentence)?.[1] ?? sentence.split(/\s+đến năm|\s+năm \d{4}/u)[0]!;
    const name = named.replace(/^\s*(mục tiêu\s+)?(phấn đấu\s+)?/iu, "").trim();
    targets.push({
      name: capitalized(name),
      unit: "%",
      measure: "own",
      measureRef: null,
      direction: "up",
      part: "II",
      section,
      letter: task.letter,
      baseline: null,
      yearly: yearly.sort((a, b) => a.year - b.year),
      goal: null,
    });
  }
  return targets;
}

const words = (text: string) =>
  new Set(
    text
      .normalize("NFC")
      .toLocaleLowerCase("vi-VN")
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );

/**
 * The sub-index an objective of part I names: "Chỉ số thành phần 2", or the one whose name's
 * words it holds almost all of ("Chỉ số giảm thiểu ô nhiễm môi trường và tác động tiêu cực của
 * biến đổi khí hậu (BĐKH) (cho doanh nghiệp)").
 */
function subIndexOf(label: string, subIndices: readonly SubIndex[]): SubIndex | null {
  const numbered = /chỉ số thành phần\s+(\d)/iu.exec(label);
  if (numbered) return subIndices.find((s) => s.ref.endsWith(numbered[1]!)) ?? null;
  const said = words(label);
  let best: { sub: SubIndex; share: number } | null = null;
  for (const sub of subIndices) {
    const own = [...words(sub.name)];
    const share = own.filter((w) => said.has(w)).length / Math.max(own.length, 1);
    if (share >= 0.85 && (!best || share > best.share)) best = { sub, share };
  }
  return best?.sub ?? null;
}

const figure = String.raw`(\d+(?:,\d+)?)`;
const rankWords = "(?:thứ hạng|hạng thứ|xếp hạng|hạng)";
/** "từ điểm số từ 3,45 (thứ hạng 32) lên 3,95 điểm trở lên (điểm hạng thứ 15)" */
const rising = new RegExp(
  String.raw`từ\s+(?:điểm số\s+)?(?:từ\s+)?${figure}(?:\s*điểm)?\s*(?:\(${rankWords}\s+(\d+)\))?\s+lên\s+${figure}\s*điểm(?:\s+trở lên)?\s*(?:\((?:điểm\s+)?${rankWords}\s+(\d+)\))?`,
  "iu",
);
/** "Tiếp tục duy trì đạt từ 6,01 điểm trở lên" */
const kept = new RegExp(String.raw`duy trì\s+(?:đạt\s+)?(?:từ\s+)?${figure}\s*điểm`, "iu");

/**
 * The objectives of part I an index measures: each sub-index's score and rank as an objective
 * writes them ("Phấn đấu từ 3,45 (thứ hạng 32) lên 3,95 điểm trở lên (điểm hạng thứ 15)", a score
 * held "duy trì đạt từ 6,01 điểm trở lên"), and the PGI's place "trong tốp 10". Where they stood is
 * what the text says, in the year of the PGI it cites ("Chỉ số Xanh cấp tỉnh (PGI) năm 2022, tỉnh
 * … xếp vị trí thứ 08/63").
 */
function objectivesIn(part: Line[], before: string, subIndices: readonly SubIndex[]): DraftTarget[] {
  const targets: DraftTarget[] = [];
  const cited = /\bPGI\)?\s+năm\s+(\d{4})/u.exec(before);
  const year = cited ? Number(cited[1]) : null;
  const place = /\bPGI\)?\s+năm\s+\d{4}[^.]*?xếp\s+(?:vị trí|hạng)\s+thứ\s+(\d+)/iu.exec(before);
  const at = (section: string, letter: string) => ({ part: "I" as const, section, letter });
  const score = (sub: SubIndex, label: string) => ({
    name: `Điểm ${label}`,
    unit: "điểm",
    measure: "pgi_part_score" as const,
    measureRef: sub.ref,
    direction: "up" as const,
  });
  const rank = (sub: SubIndex, label: string) => ({
    name: `Thứ hạng ${label}`,
    unit: "hạng",
    measure: "pgi_part_rank" as const,
    measureRef: sub.ref,
    direction: "down" as const,
  });
  for (const block of blocksOf(part).blocks) {
    const head = joinAll(block.head);
    const top = /(?:Chỉ số PGI|Chỉ số xanh)[^.;]*?\btốp\s+(\d{1,2})\b/iu.exec(head);
    if (top)
      targets.push({
        name: "Thứ hạng PGI",
        unit: "hạng",
        measure: "pgi_rank",
        measureRef: null,
        direction: "down",
        ...at(block.number, ""),
        baseline: place ? { year, value: Number(place[1]) } : null,
        yearly: [],
        goal: { value: Number(top[1]), every: true },
      });
    for (const item of block.items) {
      const colon = item.body.indexOf(":");
      if (colon < 0) continue;
      const label = item.body.slice(0, colon).trim();
      const sub = subIndexOf(label, subIndices);
      if (!sub) continue;
      const said = item.body.slice(colon + 1);
      const name = label.replace(/^Chỉ số\s+/iu, "chỉ số ");
      const m = rising.exec(said);
      if (m) {
        const [from, fromRank, to, toRank] = [m[1]!, m[2], m[3]!, m[4]];
        targets.push({
          ...score(sub, name),
          ...at(block.number, item.letter),
          baseline: { year, value: figureOf(from)! },
          yearly: [],
          goal: { value: figureOf(to)!, every: false },
        });
        if (toRank)
          targets.push({
            ...rank(sub, name),
            ...at(block.number, item.letter),
            baseline: fromRank ? { year, value: Number(fromRank) } : null,
            yearly: [],
            goal: { value: Number(toRank), every: false },
          });
        continue;
      }
      const held = kept.exec(said);
      if (held) {
        const value = figureOf(held[1]!)!;
        targets.push({
          ...score(sub, name),
          ...at(block.number, item.letter),
          baseline: { year, value },
          yearly: [],
          goal: { value, every: true },
        });
      }
    }
  }
  return targets;
}

/**
 * Where, in a numbered item of part III written as one sentence, the agency's name ends and what
 * it is to do begins: "Đề nghị Ủy ban MTTQ …, các cơ quan truyền thông báo chí | tăng cường giám
 * sát …". Only words in lower case: a name writes its words with capitals ("Sở Xây dựng").
 */
const dutyStart =
  /\s(?=(?:tăng cường|chủ trì|phối hợp|thực hiện|triển khai|chủ động|có trách nhiệm|căn cứ|chỉ đạo|tham mưu|theo dõi|hướng dẫn|đôn đốc|tham gia|quan tâm|giám sát|đẩy mạnh|tuyên truyền|rà soát)[\s,])/u;

const maxNameLines = 4;

/**
 * An agency's name: its numbered line, and the next ones while the name goes on ("… và", "…,",
 * or a word broken at a hyphen); a sentence that goes on to say what it is to do is cut there.
 * `rest`: what follows the name, its lines joined.
 */
function agencyName(head: string[]): { name: string; rest: string } {
  let text = head[0]!;
  let last = text;
  let at = 1;
  // Only the line just joined is looked at, and a name spans a few lines at most: a long text
  // of lines ending in commas is read in one pass, not once for each line.
  while (at < Math.min(head.length, maxNameLines) && /(\bvà|,|-)$/u.test(last) && !dutyStart.test(last)) {
    last = head[at++]!;
    text = join(text, last);
  }
  const cut = dutyStart.exec(text);
  const said = cut ? text.slice(cut.index + 1) : "";
  const rest = joinAll([said, ...head.slice(at)].filter(Boolean));
  const name = (cut ? text.slice(0, cut.index) : text).replace(/[.:;,]$/, "").trim();
  // "Đề nghị …": a request to bodies the committee does not direct, kept in its own words.
  const request = /^Đề nghị\s+/u.exec(name);
  return request
    ? { name: name.slice(request[0].length), rest: joinAll([text, ...head.slice(at)]) }
    : { name, rest: capitalized(rest) };
}

/**
 * An agency of part III: the tasks of part II its text refers to, and its own duties (the items
 * that refer to none; its paragraph when it has no items, unless it introduces them).
 */
function agencyOf(block: Block): DraftAgency {
  const { name, rest } = agencyName(block.head);
  const refers = (text: string) => referencesIn(text, "lead").length > 0;
  const duties = block.items.filter((item) => !refers(item.body));
  if (rest && block.items.length === 0 && !refers(rest)) duties.push({ letter: "a", body: rest });
  return {
    number: block.number,
    name,
    duties,
    references: agencyReferences([rest, ...block.items.map((i) => i.body)].filter(Boolean)),
  };
}

export function readPlanText(text: string, options: { subIndices?: readonly SubIndex[] } = {}): PlanDraft {
  const problems: string[] = [];
  const lines = text
    .split(/\r?\n/)
    .map(classify)
    .filter((l): l is Line => l !== null);
  // The lines of each part, by its numeral; the text before part II, flat, for what it cites.
  const parts = new Map<string, Line[]>();
  const before: string[] = [];
  let current: Line[] | null = null;
  for (const line of lines) {
    if (line.kind === "part") {
      current = [];
      parts.set(line.numeral, current);
    } else current?.push(line);
    if (!parts.has("II")) before.push(line.text);
  }
  const taskPart = parts.get("II");
  if (!taskPart)
    problems.push(
      "Không tìm thấy phần “II.” (nhiệm vụ, giải pháp) với các mục đánh số 1., 2. … và các điểm a), b) …: chưa đọc được nhiệm vụ nào.",
    );
  const read = blocksOf(taskPart ?? []);
  const sections: DraftSection[] = read.blocks.map((b) => ({
    number: b.number,
    title: joinAll(b.head).replace(/\s+/g, " ").trim(),
    tasks: b.items,
  }));
  if (taskPart && sections.length === 0)
    problems.push("Phần II không có mục nào đánh số 1., 2. …: chưa đọc được nhiệm vụ nào.");
  for (const s of sections)
    if (s.tasks.length === 0) problems.push(`Mục ${s.number} phần II không có điểm a), b) … nào.`);

  const agencies = blocksOf(parts.get("III") ?? []).blocks.map(agencyOf);
  for (const agency of agencies)
    for (const ref of agency.references) {
      const section = sections.find((s) => s.number === ref.section);
      if (!section?.tasks.some((t) => t.letter === ref.letter))
        problems.push(
          `${agency.name}: điểm ${ref.letter} mục ${ref.section} phần II không có trong kế hoạch.`,
        );
    }
  return {
    sections,
    agencies,
    targets: [
      ...objectivesIn(parts.get("I") ?? [], joinAll(before), options.subIndices ?? []),
      ...sections.flatMap((s) => s.tasks.flatMap((t) => targetsIn(s.number, t))),
    ],
    problems,
  };
}
