// Reads the text of an issued plan (pasted, or taken from its Word file) into a draft to
// correct: the sections of its part "II" with their lettered tasks, the yearly figures written in
// a task as candidate targets ("đến năm 2025 đạt 70% (trong đó mục tiêu năm 2023 đạt 62,9% …)"),
// and, from its part "III", each agency with its own lettered tasks and the tasks of part II it
// is given by reference ("Thực hiện các nhiệm vụ tại điểm a, e mục 1, điểm b mục 2 … Phần II").
// What cannot be read is said; what can is kept.
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
  /** As part III names it ("Sở Công Thương", "Ban quản lý các khu công nghiệp tỉnh"). */
  name: string;
  /** Its own lettered tasks in part III. */
  tasks: DraftTask[];
  references: DraftReference[];
}

export interface DraftTarget {
  name: string;
  unit: string;
  /** The task it was written in. */
  section: string;
  letter: string;
  yearly: { year: number; value: number }[];
}

export interface PlanDraft {
  sections: DraftSection[];
  agencies: DraftAgency[];
  targets: DraftTarget[];
  problems: string[];
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

const join = (a: string, b: string) => (a.endsWith("-") ? `${a}${b}` : `${a} ${b}`);

interface Block {
  number: string;
  /** The numbered line and the lines that continue it before the first lettered item. */
  head: string[];
  items: DraftTask[];
}

/** The numbered blocks of one part, each with its lettered items; continuation lines joined. */
function blocksOf(lines: Line[]): { blocks: Block[]; stray: number } {
  const blocks: Block[] = [];
  let stray = 0;
  for (const line of lines) {
    const block = blocks.at(-1);
    if (line.kind === "numbered") blocks.push({ number: line.number, head: [line.text], items: [] });
    else if (!block) stray++;
    else if (line.kind === "lettered") block.items.push({ letter: line.letter, body: line.text });
    else if (block.items.length) {
      const item = block.items.at(-1)!;
      item.body = join(item.body, line.text);
    } else block.head.push(line.text);
  }
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

/** "… đến năm 2025 đạt 70% (trong đó mục tiêu năm 2023 đạt 62,9%, năm 2024 đạt 65%)". */
function targetsIn(section: string, task: DraftTask): DraftTarget[] {
  const targets: DraftTarget[] = [];
  for (const sentence of task.body.split(/(?<=[.;])\s+(?=\p{Lu})/u)) {
    const yearly = [...sentence.matchAll(/năm\s+(\d{4})\s+đạt\s+(\d+(?:,\d+)?)\s*%/gu)].flatMap((m) => {
      const value = parseDecimal(m[2]!);
      return value.ok && value.value !== null ? [{ year: Number(m[1]), value: value.value }] : [];
    });
    if (yearly.length === 0) continue;
    const named =
      /(tỷ lệ\s.+?)\s+đến năm/iu.exec(sentence)?.[1] ?? sentence.split(/\s+đến năm|\s+năm \d{4}/u)[0]!;
    const name = named.replace(/^\s*(mục tiêu\s+)?(phấn đấu\s+)?/iu, "").trim();
    targets.push({
      name: name.charAt(0).toLocaleUpperCase("vi-VN") + name.slice(1),
      unit: "%",
      section,
      letter: task.letter,
      yearly: yearly.sort((a, b) => a.year - b.year),
    });
  }
  return targets;
}

/** An agency's name: its numbered line, and the next when the name goes on ("… và" / "…,"). */
function agencyName(head: string[]): { name: string; rest: string[] } {
  let name = head[0]!;
  let at = 1;
  while (at < head.length && /(\bvà|,)$/u.test(name)) name = `${name} ${head[at++]}`;
  return { name: name.replace(/[.:;]$/, "").trim(), rest: head.slice(at) };
}

export function readPlanText(text: string): PlanDraft {
  const problems: string[] = [];
  const lines = text
    .split(/\r?\n/)
    .map(classify)
    .filter((l): l is Line => l !== null);
  // The lines of each part, by its numeral.
  const parts = new Map<string, Line[]>();
  let current: Line[] | null = null;
  for (const line of lines) {
    if (line.kind === "part") {
      current = [];
      parts.set(line.numeral, current);
    } else current?.push(line);
  }
  const taskPart = parts.get("II");
  if (!taskPart)
    problems.push(
      "Không tìm thấy phần “II.” (nhiệm vụ, giải pháp) với các mục đánh số 1., 2. … và các điểm a), b) …: chưa đọc được nhiệm vụ nào.",
    );
  const read = blocksOf(taskPart ?? []);
  const sections: DraftSection[] = read.blocks.map((b) => ({
    number: b.number,
    title: b.head.join(" ").replace(/\s+/g, " ").trim(),
    tasks: b.items,
  }));
  if (taskPart && sections.length === 0)
    problems.push("Phần II không có mục nào đánh số 1., 2. …: chưa đọc được nhiệm vụ nào.");
  for (const s of sections)
    if (s.tasks.length === 0) problems.push(`Mục ${s.number} phần II không có điểm a), b) … nào.`);

  const agencies: DraftAgency[] = blocksOf(parts.get("III") ?? []).blocks.map((b) => {
    const { name, rest } = agencyName(b.head);
    return {
      name,
      tasks: b.items,
      references: agencyReferences([...rest, ...b.items.map((i) => i.body)]),
    };
  });
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
    targets: sections.flatMap((s) => s.tasks.flatMap((t) => targetsIn(s.number, t))),
    problems,
  };
}
