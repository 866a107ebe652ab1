// The department's synthesis of a period for the chairman as an official document (Nghị định
// 30/2020, "báo cáo"): header, title, "Kính gửi", the coordinator's introduction, then I. what
// each agency did, II. the targets against their values (a table and a chart; on a plan about
// the green index, the province's PGI as VCCI published it with the plan's PGI targets), III. the tasks
// late or not started, IV. the agencies that did not report or reported late (with the criticism
// seed 000 asks the department to propose), V. the agencies' difficulties and proposals, VI. the
// department's own proposals; the closing and the signature. Pure: data in, document out.
import type { SubmissionStatus, Timeliness } from "../../../contracts/cycles.js";
import type { TaskProgressStatus } from "../../../contracts/plan-reports.js";
import type { SynthesisFields } from "../../../contracts/plan-synthesis.js";
import { valueWithUnit } from "../../../domain/plans/plan-from-what-if.js";
import { taskProgressVi } from "../../../domain/plans/report-periods.js";
import { type LateReason, targetStatusVi } from "../../../domain/plans/synthesis.js";
import type { TargetDirection, TargetStatus } from "../../../domain/plans/target-status.js";
import {
  capitalizeVi,
  clippedAtWordVi,
  formatDateVi,
  formatNumberVi,
  withStop,
} from "../../../domain/text/format-vi.js";
import type { ImageBlock } from "../../documents/charts.js";
import type { Block, Cell, Inline, OfficialDocument } from "../../documents/model.js";
import { adminHeaderBlock, paragraphs, signatureBlock, withFinalMark } from "../documents/issuer-blocks.js";
import { type PgiDocumentSection, pgiSectionBlocks } from "../pgi/pgi-document.js";

export interface SynthesisItem {
  place: string;
  body: string;
  role: "lead" | "support";
  status: TaskProgressStatus | null;
  progress: string | null;
}

export interface SynthesisAgency {
  name: string;
  /** The department writing the synthesis: in the tables like any agency, never proposed for criticism. */
  department: boolean;
  /** Null: nothing saved; a draft was never sent. */
  status: SubmissionStatus | null;
  timeliness: Timeliness;
  daysOverdue: number | null;
  /** What its report says, task by task (only a report sent: submitted or accepted). */
  items: SynthesisItem[];
  difficulties: string | null;
  proposals: string | null;
}

export interface SynthesisTarget {
  label: string;
  unit: string;
  direction: TargetDirection;
  baseline: { value: number | null; year: number };
  /** The value of the period's year; null when the plan sets none for it. */
  target: number | null;
  actual: number | null;
  final: boolean;
  /** The actual is the first six months' figure of an accepted report (a measure of the plan's own), not the year's. */
  sixMonths: boolean;
  status: TargetStatus | null;
}

export interface SynthesisLateTask {
  agency: string;
  place: string;
  body: string;
  deadline: string | null;
  recurring: boolean;
  reason: LateReason;
  /** What the lead wrote with the state it was judged on. */
  progress: string | null;
  /** The period of that state when it is an earlier one ("6 tháng đầu năm 2024"); null for this one's. */
  from: string | null;
}

export interface SynthesisData {
  fields: SynthesisFields;
  /** "Kế hoạch số 82/KH-UBND ngày 20/03/2024 của UBND tỉnh". */
  planRef: string;
  /** "6 tháng đầu năm 2024". */
  periodLabel: string;
  year: number;
  agencyDue: string;
  /** The day it is written as of (YYYY-MM-DD, Vietnam's calendar): today, or the day the period was closed. */
  asOf: string;
  /** Closed by the department: the synthesis is final, no "DỰ THẢO" mark. */
  closed: boolean;
  departmentName: string;
  /** "Ủy ban nhân dân tỉnh Lâm Đồng". */
  committee: string;
  atRiskBelowPercent: number;
  /** Every agency that owes a report of the period, in Vietnamese order. */
  agencies: SynthesisAgency[];
  targets: SynthesisTarget[];
  lateTasks: SynthesisLateTask[];
  /**
   * A plan on the green index (its scope, or targets on it): the province's PGI up to the period's
   * year and the plan's PGI targets with their distance; null otherwise.
   */
  pgi: PgiDocumentSection | null;
}

const romans = ["I", "II", "III", "IV", "V", "VI"];
const dash = "—";
const sent = (a: SynthesisAgency) => a.status === "submitted" || a.status === "accepted";

export function synthesisFileBase(periodLabel: string, planNumber: string | null): string {
  const plan = planNumber ? ` - KH ${planNumber.replace(/[\\/]+/g, "-")}` : "";
  return `Báo cáo tổng hợp ${periodLabel}${plan}`;
}

const italic = (text: string): Block => ({ type: "paragraph", runs: [{ text, italic: true }] });
const centred = (text: string): Cell => ({ runs: [text], align: "center" });

/** "62,9%", "1.250 tấn"; a score or a rank is a bare number. */
const withUnit = (value: number, unit: string) =>
  valueWithUnit(value, unit === "hạng" || unit === "điểm" ? "" : unit);

/** The most of a task's text quoted; a Word report holds a plan's task whole, a pasted page is cut at a word. */
const taskMax = 1000;
/** The most of an agency's own words repeated in section III's table (section I has them whole). */
const progressMax = 500;

/** A task's text quoted inside a sentence: whole, without the stop it ends with. */
export function taskQuote(body: string): string {
  return clippedAtWordVi(body, taskMax).replace(/[.;:]+$/u, "");
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * What an agency wrote on a task, without "Nhiệm vụ 1.g:" at its start when it repeats the task
 * the line already names.
 */
export function ownWords(progress: string | null, place: string): string {
  const text = progress?.normalize("NFC").trim() ?? "";
  if (!place) return text;
  return text.replace(new RegExp(`^nhiệm vụ\\s+${escaped(place)}\\s*[:.–-]\\s*`, "iu"), "").trim();
}

/**
 * "Nhiệm vụ 1.g (chủ trì) “…”: đang thực hiện. Đã ban hành …": the task, the agency's part in it,
 * the state it reported (a lead only), then what it wrote, each said once.
 */
export function itemLine(item: SynthesisItem): Inline[] {
  const role = item.role === "lead" ? "chủ trì" : "phối hợp";
  const state = item.status ? taskProgressVi[item.status] : null;
  const words = ownWords(item.progress, item.place);
  const said = !state
    ? withStop(words || "chưa nêu kết quả")
    : words.toLocaleLowerCase("vi-VN").startsWith(state)
      ? // "Chưa triển khai do …" already says the state: it is written once.
        withStop(state + words.slice(state.length))
      : `${state}.${words ? ` ${capitalizeVi(withStop(words))}` : ""}`;
  return [{ text: `Nhiệm vụ ${item.place}`, bold: true }, ` (${role}) “${taskQuote(item.body)}”: ${said}`];
}

/** I. What each agency did, from the reports sent; those not yet accepted are said to be so. */
function doneSection(data: SynthesisData): Block[] {
  const reported = data.agencies.filter(sent);
  const blocks: Block[] = [];
  if (reported.length === 0) blocks.push(italic("Chưa có cơ quan, đơn vị nào gửi báo cáo trong kỳ."));
  reported.forEach((agency, i) => {
    const pending = agency.status === "submitted" ? " (báo cáo chưa được Sở chấp nhận)" : "";
    blocks.push({ type: "heading", level: 2, text: `${i + 1}. ${agency.name}${pending}` });
    // The tasks it leads first, then those it supports, each in the plan's order.
    const items = [...agency.items].sort(
      (a, b) => Number(a.role === "support") - Number(b.role === "support"),
    );
    if (items.length === 0) blocks.push(italic("Báo cáo không nêu nhiệm vụ nào."));
    else blocks.push({ type: "bullets", items: items.map(itemLine) });
  });
  const pending = reported.filter((a) => a.status === "submitted").length;
  if (pending > 0)
    blocks.push(
      italic(
        `${formatNumberVi(pending)}/${formatNumberVi(reported.length)} báo cáo nêu trên Sở chưa chấp nhận: nội dung có thể còn được cơ quan bổ sung, điều chỉnh.`,
      ),
    );
  const missing = data.agencies.filter((a) => !sent(a));
  if (missing.length > 0)
    blocks.push({
      type: "paragraph",
      runs: [
        `Chưa có báo cáo để tổng hợp của ${formatNumberVi(missing.length)} cơ quan, đơn vị (nêu tại mục IV): `,
        withStop(missing.map((a) => a.name).join(", ")),
      ],
    });
  if (data.fields.assessment.trim())
    blocks.push(
      { type: "paragraph", runs: [{ text: "Đánh giá chung:", bold: true }] },
      ...paragraphs(data.fields.assessment),
    );
  return blocks;
}

/** What an actual that is not the year's final figure is, as the table notes it. */
const actualNotes = {
  sixMonths: {
    mark: "(6 tháng đầu năm)",
    meaning: "số liệu 6 tháng đầu năm theo báo cáo đã được Sở chấp nhận, so với giá trị phấn đấu cả năm",
  },
  provisional: { mark: "(tạm tính)", meaning: "kết quả chưa chính thức, có thể còn thay đổi" },
} as const;

/** Null for a final figure or none; a six-month figure is not an estimate of the year. */
export function actualNote(t: SynthesisTarget): keyof typeof actualNotes | null {
  if (t.actual === null || t.final) return null;
  return t.sixMonths ? "sixMonths" : "provisional";
}

function actualCell(t: SynthesisTarget): Cell {
  if (t.actual === null) return centred(dash);
  const note = actualNote(t);
  // A space, not a line break: the words stay apart wherever the cell wraps them.
  const runs: Inline[] = [withUnit(t.actual, t.unit)];
  if (note) runs.push(" ", { text: actualNotes[note].mark, italic: true });
  return { runs, align: "center" };
}

/** Under the table, what the marks of the actuals mean (only those it uses). */
function actualNotesLine(targets: SynthesisTarget[]): Block[] {
  const used = (Object.keys(actualNotes) as (keyof typeof actualNotes)[]).filter((k) =>
    targets.some((t) => actualNote(t) === k),
  );
  if (used.length === 0) return [];
  return [
    italic(
      `Ghi chú: ${used.map((k) => `“${actualNotes[k].mark}” là ${actualNotes[k].meaning}`).join("; ")}.`,
    ),
  ];
}

/**
 * How a year without its final figure is judged, by the plan's own margin and in the direction of
 * the targets it has: short of the value by at most (100 − p)% of it is on track, below it for a
 * measure that should rise, above it for one that should fall (a rank).
 */
export function onTrackRule(data: Pick<SynthesisData, "atRiskBelowPercent" | "targets">): string {
  const margin = `${formatNumberVi(100 - data.atRiskBelowPercent)}%`;
  const up = data.targets.some((t) => t.direction === "up");
  const down = data.targets.some((t) => t.direction === "down");
  const rising = `không thấp hơn giá trị phấn đấu quá ${margin}`;
  const falling = `không cao hơn giá trị phấn đấu quá ${margin}`;
  const within = !down
    ? rising
    : !up
      ? `${falling} (chỉ tiêu càng thấp càng tốt, như thứ hạng)`
      : `${rising} (với chỉ tiêu càng thấp càng tốt, như thứ hạng: ${falling})`;
  return `năm chưa có kết quả chính thức được coi là “đúng tiến độ” khi ${within}, xa hơn là “có nguy cơ không đạt”`;
}

/** II's last part on a plan about the green index: the province's PGI as VCCI published it. */
function pgiPart(data: SynthesisData): Block[] {
  if (!data.pgi) return [];
  return [
    { type: "heading", level: 2, text: "Chỉ số Xanh cấp tỉnh (PGI) do VCCI công bố" },
    ...pgiSectionBlocks(data.pgi, { tableFont: 11 }),
  ];
}

/** II. The targets of the period's year: a table, then the chart drawn from the same rows. */
function targetsSection(data: SynthesisData, chart: ImageBlock | null): Block[] {
  if (data.targets.length === 0)
    return [italic("Kế hoạch chưa đặt chỉ tiêu để đo kết quả."), ...pgiPart(data)];
  return [
    {
      type: "paragraph",
      runs: [
        `Kết quả các chỉ tiêu của Kế hoạch so với giá trị phấn đấu năm ${data.year}: năm đã có kết quả chính thức được đánh giá “đạt” hoặc “không đạt”; ${onTrackRule(data)}; chỉ tiêu chưa có số liệu không bị coi là không đạt.`,
      ],
    },
    {
      type: "table",
      fontSize: 11,
      columns: [
        { header: "TT", width: 5, align: "center" },
        { header: "Chỉ tiêu", width: 37 },
        { header: "Năm gốc", width: 13, align: "center" },
        { header: `Kế hoạch năm ${data.year}`, width: 13, align: "center" },
        { header: "Thực hiện", width: 13, align: "center" },
        { header: "Đánh giá", width: 14, align: "center" },
      ],
      rows: data.targets.map((t, i) => [
        centred(String(i + 1)),
        t.label,
        centred(
          t.baseline.value === null
            ? `${dash} (${t.baseline.year})`
            : `${withUnit(t.baseline.value, t.unit)} (${t.baseline.year})`,
        ),
        centred(t.target === null ? dash : withUnit(t.target, t.unit)),
        actualCell(t),
        centred(t.status ? targetStatusVi[t.status] : "Không đặt giá trị năm này"),
      ]),
    },
    ...actualNotesLine(data.targets),
    ...(chart ? [chart] : []),
    ...pgiPart(data),
  ];
}

const lateVi: Record<LateReason, string> = {
  delayed: "Chậm tiến độ",
  not_started: "Chưa triển khai",
  overdue: "Quá thời hạn, chưa hoàn thành",
};

/**
 * The state in bold, then the lead's words on a line of their own, or, when they begin with the
 * state ("Chưa triển khai do …"), the words alone with their start in bold: said once.
 */
export function situation(state: string, words: string): Inline[] {
  const said = capitalizeVi(clippedAtWordVi(words, progressMax));
  if (!said) return [{ text: state, bold: true }];
  if (said.toLocaleLowerCase("vi-VN").startsWith(state.toLocaleLowerCase("vi-VN")))
    return [{ text: said.slice(0, state.length), bold: true }, said.slice(state.length)];
  return [{ text: state, bold: true }, "\n", said];
}

/** III. Tasks late or not started, by the agency that leads them. */
function lateSection(data: SynthesisData): Block[] {
  const blocks: Block[] = [];
  if (data.lateTasks.length === 0)
    blocks.push({
      type: "paragraph",
      runs: ["Theo báo cáo của các cơ quan, đơn vị, không có nhiệm vụ chậm tiến độ hoặc chưa triển khai."],
    });
  else
    blocks.push(
      {
        type: "paragraph",
        runs: [
          `${formatNumberVi(data.lateTasks.length)} nhiệm vụ chậm tiến độ, chưa triển khai hoặc quá thời hạn chưa hoàn thành, theo báo cáo gần nhất của cơ quan chủ trì:`,
        ],
      },
      {
        type: "table",
        fontSize: 11,
        columns: [
          { header: "TT", width: 5, align: "center" },
          { header: "Cơ quan chủ trì", width: 19 },
          { header: "Nhiệm vụ", width: 38 },
          { header: "Thời hạn", width: 15, align: "center" },
          { header: "Tình hình", width: 23 },
        ],
        rows: data.lateTasks.map((t, i) => [
          centred(String(i + 1)),
          t.agency,
          { runs: [{ text: `Nhiệm vụ ${t.place}: `, bold: true }, clippedAtWordVi(t.body, taskMax)] },
          centred(t.recurring ? "Thường xuyên" : t.deadline ? formatDateVi(t.deadline) : dash),
          {
            runs: [
              ...situation(lateVi[t.reason], ownWords(t.progress, t.place)),
              ...(t.from ? ["\n", { text: `(theo báo cáo ${t.from})`, italic: true }] : []),
            ],
          },
        ]),
      },
    );
  if (data.agencies.some((a) => !sent(a)))
    blocks.push(
      italic(
        "Nhiệm vụ của cơ quan chưa gửi báo cáo kỳ này (mục IV) được đánh giá theo báo cáo gần nhất cơ quan đã gửi và thời hạn của nhiệm vụ.",
      ),
    );
  return blocks;
}

/** How an agency reported, in words; the days late are the next column's. */
function reportingState(a: SynthesisAgency): string {
  if (a.status === "returned")
    return a.timeliness === "late" ? "Gửi muộn; Sở trả lại để hoàn thiện" : "Sở trả lại để hoàn thiện";
  if (a.timeliness === "late") return "Gửi muộn";
  if (a.timeliness === "overdue") return "Quá hạn, chưa gửi";
  if (a.timeliness === "not_due" && !sent(a)) return "Chưa gửi (chưa đến hạn)";
  return "Gửi đúng hạn";
}

/** IV. How the agencies reported: who did not, who was late and by how many days. */
function reportingSection(data: SynthesisData): Block[] {
  const all = data.agencies;
  const everSent = all.filter((a) => a.timeliness === "on_time" || a.timeliness === "late");
  const onTime = everSent.filter((a) => a.timeliness === "on_time").length;
  const late = all.filter((a) => a.timeliness === "late");
  const overdue = all.filter((a) => a.timeliness === "overdue");
  const notDue = all.filter((a) => a.timeliness === "not_due");
  const returned = all.filter((a) => a.status === "returned");
  // "có 3/5 … (2 đúng hạn, 1 gửi muộn)", a count of none left unsaid.
  const how =
    late.length === 0
      ? everSent.length > 1
        ? "đều đúng hạn"
        : "đúng hạn"
      : onTime === 0
        ? everSent.length > 1
          ? "đều gửi muộn"
          : "gửi muộn"
        : `${formatNumberVi(onTime)} đúng hạn, ${formatNumberVi(late.length)} gửi muộn`;
  const parts = [
    everSent.length === 0
      ? "chưa có cơ quan, đơn vị nào gửi báo cáo"
      : `có ${formatNumberVi(everSent.length)}/${formatNumberVi(all.length)} cơ quan, đơn vị đã gửi báo cáo (${how})`,
  ];
  if (overdue.length) parts.push(`${formatNumberVi(overdue.length)} cơ quan, đơn vị quá hạn chưa gửi`);
  if (notDue.length) parts.push(`${formatNumberVi(notDue.length)} cơ quan, đơn vị chưa gửi (chưa đến hạn)`);
  if (returned.length) parts.push(`${formatNumberVi(returned.length)} báo cáo được trả lại để hoàn thiện`);
  const blocks: Block[] = [
    {
      type: "paragraph",
      runs: [
        `Hạn gửi báo cáo của các cơ quan, đơn vị là ngày ${formatDateVi(data.agencyDue)}. Tính đến ngày ${formatDateVi(data.asOf)}, ${parts.join("; ")}.`,
      ],
    },
  ];
  const listed = all.filter((a) => a.timeliness !== "on_time" || a.status === "returned");
  if (listed.length > 0)
    blocks.push({
      type: "table",
      fontSize: 11,
      columns: [
        { header: "TT", width: 6, align: "center" },
        { header: "Cơ quan, đơn vị", width: 46 },
        { header: "Tình hình gửi báo cáo", width: 34 },
        { header: "Số ngày chậm", width: 14, align: "center" },
      ],
      rows: listed.map((a, i) => [
        centred(String(i + 1)),
        a.name,
        reportingState(a),
        centred(a.daysOverdue ? formatNumberVi(a.daysOverdue) : dash),
      ]),
    });
  // The department does not propose that the chairman criticise itself.
  const criticised = [...overdue, ...late]
    .filter((a) => !a.department)
    .sort((a, b) => (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0));
  if (data.fields.proposeCriticism && criticised.length > 0)
    blocks.push({
      type: "paragraph",
      runs: [
        `Các cơ quan, đơn vị chưa thực hiện đúng thời gian báo cáo theo Kế hoạch, ảnh hưởng đến việc tổng hợp, đánh giá kết quả chung của tỉnh. ${data.departmentName} đề nghị Chủ tịch ${data.committee} chỉ đạo kiểm điểm, phê bình theo quy định: `,
        withStop(criticised.map((a) => a.name).join(", ")),
      ],
    });
  return blocks;
}

/** V. The difficulties and proposals the agencies wrote, each under its name. */
function difficultiesSection(data: SynthesisData): Block[] {
  const said = data.agencies.filter((a) => sent(a) && (a.difficulties?.trim() || a.proposals?.trim()));
  if (said.length === 0)
    return [
      {
        type: "paragraph",
        runs: ["Các cơ quan, đơn vị đã báo cáo không nêu khó khăn, vướng mắc hay kiến nghị."],
      },
    ];
  return said.flatMap((a, i): Block[] => [
    { type: "heading", level: 2, text: `${i + 1}. ${a.name}` },
    ...(a.difficulties?.trim()
      ? [
          {
            type: "paragraph" as const,
            runs: [{ text: "Khó khăn, vướng mắc: ", italic: true }, withStop(a.difficulties.trim())],
          },
        ]
      : []),
    ...(a.proposals?.trim()
      ? [
          {
            type: "paragraph" as const,
            runs: [{ text: "Kiến nghị, đề xuất: ", italic: true }, withStop(a.proposals.trim())],
          },
        ]
      : []),
  ]);
}

export function buildSynthesisDocument(data: SynthesisData, chart: ImageBlock | null): OfficialDocument {
  const { fields } = data;
  const sections: [string, Block[]][] = [
    ["KẾT QUẢ THỰC HIỆN NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ", doneSection(data)],
    ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", targetsSection(data, chart)],
    ["NHIỆM VỤ CHẬM TIẾN ĐỘ, CHƯA TRIỂN KHAI", lateSection(data)],
    ["TÌNH HÌNH BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ", reportingSection(data)],
    ["KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ CỦA CÁC CƠ QUAN, ĐƠN VỊ", difficultiesSection(data)],
    [
      `ĐỀ XUẤT, KIẾN NGHỊ CỦA ${data.departmentName.toLocaleUpperCase("vi-VN")}`,
      paragraphs(fields.proposals),
    ],
  ];
  const body = sections
    .filter(([, blocks]) => blocks.length > 0)
    .flatMap(([heading, blocks], n): Block[] => [
      { type: "heading", level: 1, text: `${romans[n]}. ${heading}` },
      ...blocks,
    ]);
  const closing: Block = {
    type: "paragraph",
    runs: [
      `Trên đây là báo cáo kết quả thực hiện ${data.planRef} trong ${data.periodLabel}, ${data.departmentName} kính báo cáo Chủ tịch ${data.committee} xem xét, chỉ đạo.`,
    ],
  };
  return {
    title: `${capitalizeVi(synthesisFileBase(data.periodLabel, null))} – ${data.planRef}`,
    pageNumbers: true,
    draftMark: !data.closed,
    blocks: [
      adminHeaderBlock(fields),
      { type: "title", text: "BÁO CÁO", subtitle: fields.subject },
      { type: "addressees", names: fields.addressees },
      ...paragraphs(fields.introduction),
      ...body,
      ...withFinalMark([closing]),
      signatureBlock(fields),
    ],
  };
}
