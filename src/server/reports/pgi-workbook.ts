// The green index (PGI) as Excel: every province's published results of every year (VCCI's
// ranks only, a total that differs from its sub-indices flagged with the gap, the published total
// kept), the province's own overview (its rows with each rank marked published by VCCI or
// computed by PEPI Hub, its place in its region, its targets with their distance and the score a
// place needs), the editions' notes, and the components VCCI publishes under a sub-index. The
// province's rows are also a sheet of the cycle data export. Numbers stay numbers in formats
// Vietnamese Excel shows as 23,47; text goes through the formula-injection guard.
import type ExcelJS from "exceljs";
import type { PgiOverview, PgiRank, PgiTarget, PgiYearRow } from "../../contracts/pgi.js";
import { pgiParts } from "../../contracts/pgi.js";
import { eraOfYear } from "../../domain/org/provinces.js";
import { formatDateVi } from "../../domain/text/format-vi.js";
import { vietnamTimeText } from "./cycle-data-labels.js";
import { headerFont, loadExcel, sheetName } from "./excel-cells.js";
import { type Column, plainTable, tableAt } from "./sheet-tables.js";
import { safeCellText } from "./spreadsheet-safety.js";

/** VCCI publishes scores to two decimals: 23,47 and 4,40 alike. */
const scoreFormat = "#,##0.00";
const rankFormat = "0";
const text = (value: string | null | undefined) => (value ? safeCellText(value) : null);
/** A total that is not its sub-indices' sum: the published figure, kept, on an amber ground. */
const flaggedFill: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFE0B2" } };

export const partNumber = (part: string) => part.replace(/^PGI/, "");

/** How a place was found, as a reader of the sheet needs it. */
export function rankBasisText(rank: PgiRank | null): string | null {
  if (!rank) return null;
  if (rank.basis === "published") return "VCCI công bố";
  return rank.exact || rank.best === rank.worst
    ? "PEPI Hub tính từ điểm công bố"
    : `PEPI Hub tính từ điểm công bố (trong khoảng ${rank.best}–${rank.worst})`;
}

const rankCell = (rank: PgiRank | null) =>
  rank === null ? null : { value: rank.value, italic: rank.basis === "computed" };

// ---- The province's rows, with their ranks published or computed ----------------------------

export interface PgiProvinceRows {
  /** The province the rows are of ("Hồ Chí Minh"). */
  province: string;
  units: { code: string; name: string; era: "63" | "34"; former: boolean }[];
  rows: PgiYearRow[];
}

const provinceRowColumns: Column[] = [
  { header: "Năm", width: 8, format: rankFormat },
  { header: "Tỉnh, thành phố", width: 24 },
  { header: "Thời kỳ (số tỉnh)", width: 10, format: rankFormat },
  { header: "Tổng điểm PGI", width: 11, format: scoreFormat },
  { header: "Hạng PGI", width: 9, format: rankFormat },
  { header: "Hạng PGI: cách xác định", width: 24 },
  ...pgiParts.flatMap((part) => [
    { header: `Chỉ số thành phần ${partNumber(part)}: điểm`, width: 12, format: scoreFormat },
    { header: `Chỉ số thành phần ${partNumber(part)}: hạng`, width: 12, format: rankFormat },
    { header: `Chỉ số thành phần ${partNumber(part)}: cách xác định hạng`, width: 24 },
  ]),
  { header: "Vùng", width: 24 },
  { header: "Hạng trong vùng (PEPI Hub tính)", width: 12, format: rankFormat },
  { header: "Số tỉnh trong vùng", width: 10, format: rankFormat },
  {
    header: "Tổng điểm công bố trừ tổng 4 chỉ số thành phần (khi khác nhau; giữ số công bố)",
    width: 20,
    format: scoreFormat,
  },
  { header: "Nguồn", width: 50 },
  { header: "Ghi chú", width: 40 },
];

function provinceRowCells(r: PgiYearRow, unit: PgiProvinceRows["units"][number] | undefined) {
  const flagged = r.sumGap !== null;
  return [
    r.year,
    text(unit?.name ?? r.unitCode),
    unit ? Number(unit.era) : null,
    { value: r.total.score, fill: flagged ? flaggedFill : undefined },
    rankCell(r.total.rank),
    text(rankBasisText(r.total.rank)),
    ...pgiParts.flatMap((part) => {
      const figure = r.parts.find((p) => p.part === part)?.figure ?? { score: null, rank: null };
      return [figure.score, rankCell(figure.rank), text(rankBasisText(figure.rank))];
    }),
    text(r.region?.name),
    r.region ? { value: r.region.rank.value, italic: true } : null,
    r.region ? r.region.rank.of : null,
    r.sumGap === null ? null : { value: r.sumGap, fill: flaggedFill },
    text(r.sourceUrl),
    text(r.notes),
  ];
}

/** The province's rows (a merged province's former provinces too) from `start`; the next free row. */
export function writeProvinceRows(sheet: ExcelJS.Worksheet, start: number, data: PgiProvinceRows): number {
  const unitOf = new Map(data.units.map((u) => [u.code, u]));
  const order = new Map(data.units.map((u, i) => [u.code, i]));
  const rows = [...data.rows].sort(
    (a, b) => a.year - b.year || (order.get(a.unitCode) ?? 0) - (order.get(b.unitCode) ?? 0),
  );
  return tableAt(
    sheet,
    start,
    provinceRowColumns,
    rows.map((r) => provinceRowCells(r, unitOf.get(r.unitCode))),
  );
}

/** The cycle data export's "PGI" sheet: the province's rows across the years. */
export function addPgiRowsSheet(workbook: ExcelJS.Workbook, taken: Set<string>, data: PgiProvinceRows) {
  const sheet = workbook.addWorksheet(sheetName("PGI", taken));
  writeProvinceRows(sheet, 1, data);
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: provinceRowColumns.length } };
}

// ---- The whole export ------------------------------------------------------------------------

export interface PgiPublishedLine {
  year: number;
  /** The registry's official name ("Tỉnh Bà Rịa - Vũng Tàu"), or the stored one when unknown. */
  name: string;
  era: "63" | "34";
  region: string | null;
  parts: (number | null)[];
  total: number | null;
  rank: number | null;
  partRanks: (number | null)[];
  sumGap: number | null;
  sourceUrl: string;
  notes: string | null;
}

export interface PgiExportData {
  exportedAt: string;
  lines: PgiPublishedLine[];
  components: { year: number; name: string; part: string; component: string; score: number }[];
  overview: PgiOverview;
}

const partLabel = (part: string) =>
  part === "total" ? "Tổng điểm PGI" : `Chỉ số thành phần ${partNumber(part)}`;

function targetCells(t: PgiTarget) {
  const n = t.scoreNeeded;
  // A rank is a whole number, a score has VCCI's two decimals.
  const measured = (value: number | null | undefined) => ({
    value: value ?? null,
    format: t.measure === "rank" ? rankFormat : scoreFormat,
  });
  return [
    text(t.source === "plan" ? (t.planTitle ?? "Kế hoạch") : "Đặt tại trang PGI"),
    partLabel(t.part),
    t.measure === "rank" ? "Hạng" : "Điểm",
    t.year,
    measured(t.value),
    measured(t.current?.value),
    t.current?.year ?? null,
    measured(t.gap),
    t.gap === null ? null : t.gap <= 0 ? "Đã đạt" : t.measure === "rank" ? "Cần tăng bậc" : "Còn thiếu điểm",
    n?.rank ?? null,
    n?.provinceCount ?? null,
    n?.likely ?? null,
    n?.sure ?? null,
    n?.year ?? null,
    n?.basedOn ?? null,
    text(t.note),
  ];
}

const targetColumns: Column[] = [
  { header: "Nguồn mục tiêu", width: 40 },
  { header: "Chỉ số", width: 20 },
  { header: "Đo bằng", width: 8 },
  { header: "Năm mục tiêu", width: 8, format: rankFormat },
  { header: "Mục tiêu", width: 10 },
  { header: "Hiện tại (công bố)", width: 10 },
  { header: "Năm của số hiện tại", width: 10, format: rankFormat },
  { header: "Khoảng cách (điểm còn thiếu hoặc số bậc cần tăng)", width: 14 },
  { header: "Đánh giá", width: 14 },
  { header: "Hạng dùng để ước tính", width: 10, format: rankFormat },
  { header: "Trong số tỉnh", width: 8, format: rankFormat },
  { header: "Điểm cần đạt (nhiều khả năng)", width: 12, format: scoreFormat },
  { header: "Điểm chắc chắn đạt", width: 12, format: scoreFormat },
  { header: "Theo điểm công bố năm", width: 10, format: rankFormat },
  { header: "Số tỉnh khác đã công bố điểm", width: 10, format: rankFormat },
  { header: "Ghi chú", width: 50 },
];

function overviewSheet(sheet: ExcelJS.Worksheet, o: PgiOverview) {
  const title = sheet.getRow(1).getCell(1);
  title.value = safeCellText(`Chỉ số Xanh cấp tỉnh (PGI) của ${o.province.name}`);
  title.font = { bold: true, size: 14 };
  let next = 2;
  const say = (words: string) => {
    const cell = sheet.getRow(next++).getCell(1);
    cell.value = safeCellText(words);
    cell.font = { italic: true };
  };
  if (o.merger)
    say(
      `Từ ngày ${formatDateVi(o.merger.date)}, ${o.province.name} được hình thành từ ${o.merger.formers.join(", ")}: kết quả đến năm 2024 là của từng tỉnh, thành phố cũ, đặt cạnh nhau, không cộng hay tính bình quân.`,
    );
  say(
    "Hạng in nghiêng do PEPI Hub tính từ điểm VCCI công bố (cột “cách xác định” ghi rõ), không phải hạng VCCI công bố; hạng trong vùng luôn do PEPI Hub tính.",
  );
  next = writeProvinceRows(sheet, next + 1, { province: o.province.name, units: o.units, rows: o.rows });
  const heading = sheet.getRow(next + 1).getCell(1);
  heading.value = "Mục tiêu";
  heading.font = { bold: true, size: 12 };
  if (o.targets.length === 0) {
    sheet.getRow(next + 2).getCell(1).value = "Chưa có mục tiêu PGI trong kế hoạch hoặc tại trang PGI.";
    return;
  }
  tableAt(sheet, next + 2, targetColumns, o.targets.map(targetCells));
}

function notesSheet(sheet: ExcelJS.Worksheet, data: PgiExportData) {
  const o = data.overview;
  let next = tableAt(
    sheet,
    1,
    [
      { header: "Năm", width: 8, format: rankFormat },
      { header: "Số tỉnh, thành phố được VCCI xếp hạng công khai", width: 16, format: rankFormat },
      { header: "Ghi chú", width: 90 },
      { header: "Nguồn", width: 60 },
    ],
    o.editions.map((e) => [e.year, e.rankedCount ?? Number(eraOfYear(e.year)), text(e.note), text(e.source)]),
  );
  const say = (words: string, bold = false) => {
    const cell = sheet.getRow(++next).getCell(1);
    cell.value = safeCellText(words);
    if (bold) cell.font = headerFont;
  };
  say("Các chỉ số thành phần", true);
  for (const s of o.subIndices) say(`${partNumber(s.part)}. ${s.name}`);
  next++;
  say("Cách đọc", true);
  say(
    "Điểm và hạng ở trang “Kết quả các tỉnh” là số VCCI công bố; ô trống là số PEPI Hub chưa có: VCCI không công bố (từ năm 2024 VCCI chỉ công bố thứ hạng của một phần các tỉnh, thành phố) hoặc chưa được nhập.",
  );
  say(
    "Hạng “PEPI Hub tính” được tính từ điểm công bố của các tỉnh, thành phố; khi điểm công bố chưa đủ để xác định một hạng thì ghi hạng nhiều khả năng nhất và khoảng hạng có thể.",
  );
  say(
    "Tổng điểm khác tổng bốn chỉ số thành phần quá mức làm tròn (0,02 điểm) được tô màu và ghi mức chênh; số VCCI công bố được giữ nguyên, không tính lại.",
  );
  say(`Xuất lúc (giờ Việt Nam): ${vietnamTimeText(data.exportedAt)}`);
}

export async function writePgiExportXlsx(data: PgiExportData): Promise<Buffer> {
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  workbook.creator = "PEPI Hub";
  const taken = new Set<string>();
  const lines = [...data.lines].sort(
    (a, b) => a.year - b.year || (a.rank ?? 999) - (b.rank ?? 999) || a.name.localeCompare(b.name, "vi"),
  );
  plainTable(
    workbook.addWorksheet(sheetName("Kết quả các tỉnh", taken)),
    [
      { header: "Năm", width: 8, format: rankFormat },
      { header: "Tỉnh, thành phố", width: 30 },
      { header: "Thời kỳ (số tỉnh)", width: 10, format: rankFormat },
      { header: "Vùng", width: 26 },
      ...pgiParts.map((p) => ({
        header: `Chỉ số thành phần ${partNumber(p)}`,
        width: 12,
        format: scoreFormat,
      })),
      { header: "Tổng điểm PGI", width: 11, format: scoreFormat },
      { header: "Hạng PGI (VCCI công bố)", width: 11, format: rankFormat },
      ...pgiParts.map((p) => ({
        header: `Hạng chỉ số thành phần ${partNumber(p)} (VCCI công bố)`,
        width: 12,
        format: rankFormat,
      })),
      {
        header: "Tổng điểm công bố trừ tổng 4 chỉ số thành phần (khi khác nhau; giữ số công bố)",
        width: 20,
        format: scoreFormat,
      },
      { header: "Nguồn", width: 60 },
      { header: "Ghi chú", width: 40 },
    ],
    lines.map((l) => [
      l.year,
      text(l.name),
      Number(l.era),
      text(l.region),
      ...l.parts,
      { value: l.total, fill: l.sumGap !== null ? flaggedFill : undefined },
      l.rank,
      ...l.partRanks,
      l.sumGap === null ? null : { value: l.sumGap, fill: flaggedFill },
      text(l.sourceUrl),
      text(l.notes),
    ]),
  );
  overviewSheet(
    workbook.addWorksheet(sheetName(`PGI của ${data.overview.province.name}`, taken)),
    data.overview,
  );
  notesSheet(workbook.addWorksheet(sheetName("Ghi chú các năm", taken)), data);
  if (data.components.length > 0)
    plainTable(
      workbook.addWorksheet(sheetName("Chỉ tiêu trong chỉ số thành phần", taken)),
      [
        { header: "Năm", width: 8, format: rankFormat },
        { header: "Tỉnh, thành phố", width: 30 },
        { header: "Chỉ số thành phần", width: 10, format: rankFormat },
        { header: "Chỉ tiêu", width: 60 },
        { header: "Điểm", width: 10, format: scoreFormat },
      ],
      data.components.map((c) => [
        c.year,
        text(c.name),
        Number(partNumber(c.part)),
        text(c.component),
        c.score,
      ]),
    );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
