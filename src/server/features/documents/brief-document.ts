// The one-page brief for the provincial leader: where the province stands, where effort pays
// most (the five indicators with the largest possible gain), which agencies hold things up,
// and two charts. Pure: data and ready-drawn chart pictures in, document out; it must fit on
// one A4 page, so text is set a size smaller than a letter's and lists are capped.
import type { TrendYear } from "../../../contracts/standing.js";
import { formatDateVi, formatNumberVi, formatPointsVi } from "../../../domain/text/format-vi.js";
import type { Bar, ImageBlock } from "../../documents/charts.js";
import type { Block, Inline, OfficialDocument } from "../../documents/model.js";
import { type PgiDocumentSection, pgiSectionBlocks } from "../pgi/pgi-document.js";
import type { Standing } from "./standing.js";
import { changeText, rankText, regionText } from "./standing-text.js";

export interface BriefGain {
  code: string;
  name: string;
  points: number;
  maxPoints: number;
  gain: number;
  /** False while figures are missing: the gain is then what full points would add, not a shortfall. */
  computed: boolean;
  /** The rank the total would reach with this indicator at full points. */
  rank: number | null;
}

export interface BriefAgency {
  name: string;
  /** The short name for charts, when the agency has one. */
  shortName: string | null;
  completenessPct: number;
  timeliness: "on_time" | "late" | "overdue" | "not_due";
  daysOverdue: number | null;
  returned: boolean;
}

export interface BriefData {
  year: number;
  provinceName: string;
  approved: boolean;
  /** The day the figures were read (YYYY-MM-DD, Vietnam's calendar). */
  asOf: string;
  standing: Pick<
    Standing,
    "points" | "complete" | "headline" | "lastYear" | "rank" | "rankBasis" | "rankProvisional" | "region"
  >;
  progress: { agencies: number; submitted: number; accepted: number; completenessPct: number };
  /** The province's PEPI over the years, as the home page shows it. */
  trend: TrendYear[];
  indicators: { code: string; points: number; maxPoints: number }[];
  gains: BriefGain[];
  agencies: BriefAgency[];
  /** The province's green index up to the year, with its targets; null when it has neither. */
  pgi: PgiDocumentSection | null;
}

const textSize = 11;
const maxNamed = 5;
const maxChartedAgencies = 8;
const maxGainNameLength = 75;

export function briefFileBase(year: number): string {
  return `Báo cáo nhanh PEPI ${year}`;
}

const line = (runs: Inline[]): Block => ({ type: "paragraph", runs, size: textSize });
const labelled = (label: string, text: string) => line([{ text: `${label}: `, bold: true }, text]);
const shorten = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

/** The bars of the two charts: points per indicator, and the agencies least complete. */
export function briefBars(data: BriefData): { indicators: Bar[]; agencies: Bar[] } {
  return {
    indicators: data.indicators.map((i) => ({ label: i.code, value: i.points, max: i.maxPoints })),
    agencies: data.agencies
      .filter((a) => a.completenessPct < 100)
      .sort((a, b) => a.completenessPct - b.completenessPct || a.name.localeCompare(b.name, "vi"))
      .slice(0, maxChartedAgencies)
      .map((a) => ({
        label: a.shortName ?? a.name,
        value: a.completenessPct,
        max: 100,
        note: `${formatNumberVi(a.completenessPct, 1)}%`,
      })),
  };
}

/** "Sở Y tế (12 ngày), Sở Tài chính (3 ngày) và 2 cơ quan khác". */
function names(agencies: BriefAgency[], detail: (a: BriefAgency) => string): string {
  const shown = agencies.slice(0, maxNamed).map((a) => `${a.name}${detail(a)}`);
  const more = agencies.length - shown.length;
  return more > 0 ? `${shown.join(", ")} và ${more} cơ quan khác` : shown.join(", ");
}

function attention(agencies: BriefAgency[]): Block[] {
  const days = (a: BriefAgency) => (a.daysOverdue ? ` (${formatNumberVi(a.daysOverdue)} ngày)` : "");
  const overdue = agencies.filter((a) => a.timeliness === "overdue");
  const late = agencies.filter((a) => a.timeliness === "late");
  const returned = agencies.filter((a) => a.returned);
  const blocks: Block[] = [];
  if (overdue.length) blocks.push(labelled("Quá hạn, chưa gửi", `${names(overdue, days)}.`));
  if (late.length) blocks.push(labelled("Gửi muộn", `${names(late, days)}.`));
  if (returned.length) blocks.push(labelled("Bị trả lại, đang bổ sung", `${names(returned, () => "")}.`));
  if (blocks.length === 0) blocks.push(line(["Không có cơ quan nào chậm hạn hoặc bị trả lại số liệu."]));
  return blocks;
}

function gainsTable(gains: BriefGain[]): Block {
  if (gains.length === 0)
    return line([{ text: "Mọi chỉ số đã đạt điểm tối đa hoặc chưa tính được.", italic: true }]);
  return {
    type: "table",
    fontSize: 9,
    columns: [
      { header: "Chỉ số", width: 6, align: "center" },
      { header: "Tên chỉ số", width: 46 },
      { header: "Điểm hiện tại", width: 11, align: "center" },
      { header: "Có thể tăng", width: 10, align: "center" },
      { header: "Hạng nếu đạt tối đa", width: 12, align: "center" },
    ],
    rows: gains.map((g) => [
      { runs: [g.code], align: "center" },
      shorten(g.name, maxGainNameLength),
      {
        runs: [
          g.computed
            ? `${formatPointsVi(g.points)}/${formatPointsVi(g.maxPoints)}`
            : { text: "chưa tính được", italic: true },
        ],
        align: "center",
      },
      { runs: [{ text: `+${formatPointsVi(g.gain)}`, bold: true }], align: "center" },
      { runs: [g.rank === null ? "—" : String(g.rank)], align: "center" },
    ]),
  };
}

/** 4. The green index (PGI), on a page of its own so the PEPI page stays one page. */
function pgiBlocks(pgi: PgiDocumentSection | null): Block[] {
  if (!pgi) return [];
  return [
    { type: "pageBreak" },
    { type: "heading", level: 1, text: "4. Chỉ số Xanh cấp tỉnh (PGI) do VCCI công bố" },
    ...pgiSectionBlocks(pgi, { size: textSize, tableFont: 9, maxTargets: 6 }),
  ];
}

export function buildBriefDocument(
  data: BriefData,
  charts: { indicators: ImageBlock; agencies: ImageBlock | null; trend?: ImageBlock | null },
): OfficialDocument {
  const { standing, progress } = data;
  const region = regionText(standing.region);
  return {
    title: `${briefFileBase(data.year)} – ${data.provinceName}`,
    draftMark: !data.approved,
    blocks: [
      {
        type: "title",
        text: `KẾT QUẢ BỘ CHỈ SỐ PEPI NĂM ${data.year}`,
        subtitle: `${data.provinceName} – báo cáo nhanh cho lãnh đạo`,
      },
      {
        type: "paragraph",
        align: "center",
        size: 11,
        runs: [
          {
            text: `Số liệu tính đến ngày ${formatDateVi(data.asOf)}; giá trị chưa được phê duyệt là tạm tính.`,
            italic: true,
          },
        ],
      },
      { type: "heading", level: 1, text: "1. Kết quả chung" },
      labelled(
        "Tổng điểm",
        standing.complete
          ? `${standing.headline}; ${changeText(standing.points, standing.lastYear)}.`
          : `${standing.headline}.`,
      ),
      labelled("Thứ hạng", `${rankText(standing.rank, standing)}${region ? `; ${region}` : ""}.`),
      labelled(
        "Tiến độ",
        `${progress.submitted}/${progress.agencies} cơ quan đã gửi số liệu, ${progress.accepted} đã được chấp nhận; đã nhập ${formatNumberVi(progress.completenessPct, 1)}% số liệu.`,
      ),
      ...(charts.trend
        ? [
            {
              ...charts.trend,
              caption:
                "Điểm PEPI qua các năm: do PEPI Hub tính và do Bộ công bố; các năm theo phương pháp khác nhau không so sánh như cùng một thang điểm",
            },
          ]
        : []),
      { ...charts.indicators, caption: "Tỷ lệ điểm đạt được (màu đậm) trên điểm tối đa của từng chỉ số" },
      { type: "heading", level: 1, text: "2. Năm chỉ số có thể tăng điểm nhiều nhất" },
      gainsTable(data.gains),
      { type: "heading", level: 1, text: "3. Cơ quan cần đôn đốc" },
      ...attention(data.agencies),
      ...(charts.agencies
        ? [{ ...charts.agencies, caption: "Tỷ lệ số liệu đã nhập của các cơ quan chưa nhập đủ" }]
        : []),
      ...pgiBlocks(data.pgi),
    ],
  };
}
