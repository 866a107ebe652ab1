// The self-assessment report as an official document (Nghị định 30/2020, "báo cáo"): header,
// title, addressee, the coordinator's introduction, then I. the overall result, II. every
// indicator, III. the evidence, the provisional values, the shortcomings and proposals, the
// signature and, as an annex, the raw figures of every agency. Pure: data in, document out.

import type { ReportFields } from "../../../contracts/documents.js";
import { localDay } from "../../../domain/cycle/timeliness.js";
import {
  capitalizeVi,
  formatDateVi,
  formatNumberVi,
  formatPointsVi,
  withStop,
} from "../../../domain/text/format-vi.js";
import { nameInSentence, provincialCommittee } from "../../../domain/text/official-names.js";
import { upper } from "../../documents/layout.js";
import type { Block, OfficialDocument } from "../../documents/model.js";
import { adminHeaderBlock, numberLine, paragraphs, signatureBlock, withFinalMark } from "./issuer-blocks.js";
import {
  evidenceTable,
  figuresTable,
  indicatorTable,
  provisionalMark,
  type ReportEvidence,
  type ReportFigure,
  type ReportIndicator,
} from "./report-tables.js";
import type { Standing } from "./standing.js";
import { changeText, rankText, regionText } from "./standing-text.js";

export interface ReportData {
  fields: ReportFields;
  year: number;
  provinceName: string;
  /** The ministry as the report names it: Bộ Tài nguyên và Môi trường before 03/2025. */
  ministryName: string;
  /** Approved (or sent): the figures are final and the draft mark goes. */
  approved: boolean;
  standing: Pick<
    Standing,
    "points" | "complete" | "headline" | "lastYear" | "rank" | "rankBasis" | "rankProvisional" | "region"
  >;
  /**
   * `state`: every indicator of the group computed, some or none; `pending`: how many are not;
   * `external`: scored by another body (the citizens' survey).
   */
  groups: {
    name: string;
    points: number;
    maxPoints: number;
    state: "in" | "partial" | "missing";
    pending: number;
    external: boolean;
  }[];
  indicators: ReportIndicator[];
  evidence: ReportEvidence[];
  figures: ReportFigure[];
  /** What the year goes ahead without, and why. */
  gaps: ReportGaps;
}

export interface ReportGaps {
  /** Agencies proposed as missing; `accepted` once the leader's approval accepted them. */
  missingAgencies: { agency: string; reason: string; accepted: boolean }[];
  /** Assigned figures recorded as not existing this year. */
  noData: { agency: string; element: string; reason: string }[];
}

const romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];

export function reportFileBase(year: number): string {
  return `Báo cáo tự đánh giá PEPI ${year}`;
}

const labelled = (label: string, text: string): Block => ({
  type: "paragraph",
  runs: [{ text: `${label}: `, bold: true }, text],
});

/** A group's line: its points, or why it has none yet ("chờ kết quả khảo sát", not "0/30 điểm"). */
function groupLine(g: ReportData["groups"][number]): string {
  const max = formatPointsVi(g.maxPoints);
  const awaited = g.external ? "chờ kết quả khảo sát" : "chưa tính được do chưa đủ số liệu";
  if (g.state === "missing") return `${g.name}: ${awaited} (tối đa ${max} điểm).`;
  const part = g.state === "partial" ? ` (còn ${formatNumberVi(g.pending)} chỉ số chưa tính được)` : "";
  return `${g.name}: ${formatPointsVi(g.points)}/${max} điểm${part}.`;
}

/** Indicators named as the text cites them: “Tên chỉ số”, one after the other. */
const quotedNames = (indicators: ReportData["indicators"]) => indicators.map((i) => `“${i.name}”`).join(", ");

function provisionalText(data: ReportData): string {
  const valued = data.indicators.filter((i) => i.status !== "not_assessed" && i.value !== null);
  const provisional = valued.filter((i) => i.provisional);
  if (valued.length === 0) return "Chưa có chỉ số nào tính được từ số liệu đã nhập.";
  if (provisional.length === 0) return "Không có; số liệu của các chỉ số đã tính đều đã được chấp nhận.";
  return `${provisional.length} chỉ số tính từ số liệu chưa được chấp nhận đầy đủ, đánh dấu “${provisionalMark}” trong bảng: ${quotedNames(provisional)}.`;
}

function summary(data: ReportData): Block[] {
  const { standing } = data;
  const blocks: Block[] = [labelled("Tổng điểm tự đánh giá", `${standing.headline}.`)];
  for (const g of data.groups) blocks.push({ type: "bullets", items: [[groupLine(g)]] });
  blocks.push(
    labelled(
      "So với năm trước",
      standing.complete
        ? `${capitalizeVi(changeText(standing.points, standing.lastYear))}.`
        : "Chưa so sánh được tổng điểm vì kết quả năm nay chưa đầy đủ.",
    ),
  );
  // A rank is the Ministry's to publish: the report states one only when the coordinator says so.
  if (data.fields.includeRank) {
    const region = regionText(standing.region);
    blocks.push(
      labelled(
        "Thứ hạng ước tính",
        `${capitalizeVi(rankText(standing.rank, standing))}${region ? `; ${region}` : ""}.`,
      ),
    );
  }
  blocks.push(labelled("Giá trị tạm tính", provisionalText(data)));
  blocks.push(...gapsText(data.gaps));
  if (data.fields.assessment.trim()) blocks.push(...paragraphs(data.fields.assessment));
  return blocks;
}

/** Nothing missing goes unsaid: each agency not heard from and each figure that does not exist, with why. */
function gapsText(gaps: ReportGaps): Block[] {
  if (gaps.missingAgencies.length === 0 && gaps.noData.length === 0) return [];
  const items = [
    ...gaps.missingAgencies.map((m) => [
      withStop(
        `${nameInSentence(m.agency)} chưa cung cấp số liệu (${m.accepted ? "lãnh đạo đã chấp nhận thiếu" : "đề nghị lãnh đạo chấp nhận thiếu"}); lý do: ${m.reason}`,
      ),
    ]),
    ...gaps.noData.map((n) => [
      withStop(`“${n.element}” (${nameInSentence(n.agency)}) không có số liệu trong năm; lý do: ${n.reason}`),
    ]),
  ];
  return [
    labelled("Số liệu còn thiếu", `${items.length} trường hợp, nêu dưới đây.`),
    { type: "bullets", items },
  ];
}

function evidenceSection(data: ReportData): Block[] {
  const cited = new Set(data.evidence.map((e) => e.indicatorCode));
  const without = data.indicators.filter((i) => i.status !== "not_assessed" && !cited.has(i.code));
  const blocks: Block[] = [];
  if (data.evidence.length > 0) blocks.push(evidenceTable(data.evidence));
  if (without.length > 0)
    blocks.push({
      type: "paragraph",
      runs: [{ text: `Các chỉ số chưa có tài liệu minh chứng: ${quotedNames(without)}.`, italic: true }],
    });
  return blocks;
}

/** The annex's number, as the body refers to it. */
const annexName = "Phụ lục I";

const centredLine = (text: string, style: { bold?: boolean; italic?: boolean }): Block => ({
  type: "paragraph",
  align: "center",
  indent: false,
  keepWithNext: true,
  runs: [{ text, ...style }],
});

/** "(Kèm theo Báo cáo số 45/BC-UBND ngày 05/03/2026 của Ủy ban nhân dân tỉnh Lâm Đồng)". */
export function annexReference(
  fields: ReportData["fields"],
  provinceName: string,
  today = new Date(),
): string {
  const number = numberLine(fields.numberSymbol).replace(/^Số:/, "số");
  // Without a date, day and month stay blank for the clerk, as in the date line.
  const date = fields.date
    ? `ngày ${formatDateVi(fields.date)}`
    : `ngày      tháng      năm ${localDay(today).slice(0, 4)}`;
  return `(Kèm theo Báo cáo ${number} ${date} của ${provincialCommittee(provinceName)})`;
}

/** As Nghị định 30 sets an annex out: its number, its title in bold capitals, what it goes with. */
function annex(data: ReportData): Block[] {
  return [
    { type: "pageBreak" },
    centredLine(annexName, { bold: true }),
    centredLine(upper(`Số liệu do các cơ quan, đơn vị cung cấp năm ${data.year}`), { bold: true }),
    centredLine(annexReference(data.fields, data.provinceName), { italic: true }),
    data.figures.length > 0
      ? figuresTable(data.figures)
      : { type: "paragraph", runs: [{ text: "Chưa có số liệu nào được nhập.", italic: true }] },
  ];
}

export function buildReportDocument(data: ReportData): OfficialDocument {
  const { fields } = data;
  const sections: [string, Block[]][] = [
    ["KẾT QUẢ TỰ ĐÁNH GIÁ CHUNG", summary(data)],
    [
      "KẾT QUẢ TỪNG CHỈ SỐ",
      [
        {
          type: "paragraph",
          runs: [
            `Kết quả từng chỉ số nêu tại bảng dưới đây; số liệu do các cơ quan, đơn vị cung cấp để tính các chỉ số nêu tại ${annexName} kèm theo Báo cáo này.`,
          ],
        },
        indicatorTable(data.indicators.filter((i) => i.status !== "not_assessed")),
      ],
    ],
    ["TÀI LIỆU MINH CHỨNG", evidenceSection(data)],
    ["TỒN TẠI, HẠN CHẾ", paragraphs(fields.limitations)],
    ["KIẾN NGHỊ, ĐỀ XUẤT", paragraphs(fields.proposals)],
  ];
  const notAssessed = data.indicators.filter((i) => i.status === "not_assessed");
  if (notAssessed.length > 0)
    sections[1]![1].push({
      type: "paragraph",
      runs: [
        {
          text: `${notAssessed.length > 1 ? "Các chỉ số" : "Chỉ số"} ${quotedNames(notAssessed)} không thuộc phạm vi tự đánh giá năm ${data.year}.`,
          italic: true,
        },
      ],
    });
  const body = sections
    .filter(([, blocks]) => blocks.length > 0)
    .flatMap(([heading, blocks], n): Block[] => [
      { type: "heading", level: 1, text: `${romans[n]}. ${heading}` },
      ...blocks,
    ]);
  const committee = provincialCommittee(data.provinceName);
  const closing: Block = {
    type: "paragraph",
    runs: [
      `Trên đây là báo cáo kết quả tự đánh giá năm ${data.year} của ${committee}, kính báo cáo ${data.ministryName} xem xét, thẩm định.`,
    ],
  };
  return {
    title: `${reportFileBase(data.year)} – ${nameInSentence(data.provinceName)}`,
    pageNumbers: true,
    draftMark: !data.approved,
    blocks: [
      adminHeaderBlock(fields),
      { type: "title", text: "BÁO CÁO", subtitle: fields.subject },
      { type: "addressees", names: fields.addressees },
      ...paragraphs(fields.introduction),
      ...body,
      ...withFinalMark([closing]),
      signatureBlock(fields),
      ...annex(data),
    ],
  };
}
