// The province's greenhouse-gas picture as Excel: the counts, the obligations met each year, the
// emissions by sector and year, and every facility with its figure for each year (marked when the
// province has not appraised it yet). Numbers stay numbers; text goes through the injection guard.

import { sectorName } from "../../domain/facility-lists/vocabulary.js";
import { formatDateVi } from "../../domain/text/format-vi.js";
import type { GhgPictureData } from "../features/ghg-picture/ghg-picture.service.js";
import { loadExcel, numberFormat, sheetName } from "./excel-cells.js";
import { type Column, plainTable, tableAt } from "./sheet-tables.js";
import { safeCellText } from "./spreadsheet-safety.js";

const tonnes = "#,##0.00";
const percent = "0.0";
const text = (value: string) => safeCellText(value);
const notAppraised = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFE0B2" } } as const;

export async function buildGhgPictureWorkbook(data: GhgPictureData, provinceName: string): Promise<Buffer> {
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  const taken = new Set<string>();
  const { view } = data;

  const overview = workbook.addWorksheet(sheetName("Tổng quan", taken));
  overview.getCell("A1").value = text(`Cơ sở phát thải khí nhà kính của ${provinceName}`);
  overview.getCell("A1").font = { bold: true, size: 13 };
  overview.getCell("A2").value = text(
    `Số liệu đến ngày ${formatDateVi(view.asOf)}: ${view.facilities.listed} cơ sở trong danh mục ` +
      `(${view.facilities.quota} được phân bổ hạn ngạch), ${view.facilities.unlisted} cơ sở đã đóng cửa hoặc ra khỏi danh mục.`,
  );
  const countColumns = (first: string): Column[] => [
    { header: first, width: 48 },
    { header: "Số cơ sở", width: 12, format: numberFormat(true) },
  ];
  let next = tableAt(
    overview,
    4,
    countColumns("Lĩnh vực"),
    view.bySector.map((c) => [text(c.label), c.count]),
  );
  next = tableAt(
    overview,
    next + 1,
    countColumns("Bộ quản lý"),
    view.byMinistry.map((c) => [text(c.label), c.count]),
  );
  tableAt(
    overview,
    next + 1,
    countColumns("Cơ quan theo dõi"),
    view.byAgency.map((c) => [text(c.label), c.count]),
  );

  plainTable(
    workbook.addWorksheet(sheetName("Tuân thủ nghĩa vụ", taken)),
    [
      { header: "Năm", width: 8 },
      { header: "Nghĩa vụ đã đến hạn", width: 14, format: numberFormat(true) },
      { header: "Đúng hạn", width: 12, format: numberFormat(true) },
      { header: "Muộn", width: 10, format: numberFormat(true) },
      { header: "Chưa nộp", width: 12, format: numberFormat(true) },
      { header: "Chưa đến hạn", width: 14, format: numberFormat(true) },
      { header: "Tỷ lệ đúng hạn (%)", width: 16, format: percent },
    ],
    view.compliance.map((c) => [c.year, c.due, c.onTime, c.late, c.missing, c.notDue, c.onTimeRate]),
  );

  const years = view.emissions.years;
  plainTable(
    workbook.addWorksheet(sheetName("Phát thải theo lĩnh vực", taken)),
    [
      { header: "Lĩnh vực (tCO2tđ)", width: 40 },
      ...years.map((y) => ({ header: String(y), width: 16, format: tonnes })),
    ],
    [
      ...view.emissions.bySector.map((s) => [text(s.label), ...s.values]),
      [text("Tổng"), ...view.emissions.totals.map((t) => t.total)],
      [text("Số cơ sở có số liệu"), ...view.emissions.totals.map((t) => t.facilities)],
      [text("Trong đó đã thẩm định"), ...view.emissions.totals.map((t) => t.appraised)],
    ],
  );

  const byFacilityYear = new Map(data.figures.map((f) => [`${f.facilityId}|${f.year}`, f]));
  const facilitySheet = workbook.addWorksheet(sheetName("Phát thải theo cơ sở", taken));
  plainTable(
    facilitySheet,
    [
      { header: "Tên cơ sở", width: 44 },
      { header: "Lĩnh vực", width: 24 },
      { header: "Bộ quản lý", width: 30 },
      { header: "Cơ quan theo dõi", width: 24 },
      { header: "Trong danh mục", width: 12 },
      ...years.map((y) => ({ header: `${y} (tCO2tđ)`, width: 16, format: tonnes })),
    ],
    data.facilities.map((f) => [
      text(f.name),
      text(sectorName(f.sector)),
      text(f.ministryLabel),
      f.agencyName ? text(f.agencyName) : null,
      f.listed ? "Có" : "Không",
      ...years.map((y) => {
        const figure = byFacilityYear.get(`${f.id}|${y}`);
        if (!figure) return null;
        return figure.appraised ? figure.total : { value: figure.total, fill: notAppraised };
      }),
    ]),
  );
  const noteRow = data.facilities.length + 3;
  facilitySheet.getCell(`A${noteRow}`).value = text(
    "Ô tô màu cam: số liệu cơ sở báo cáo, Sở chưa thẩm định xong. Ô trống: chưa có báo cáo cho năm đó.",
  );
  facilitySheet.getCell(`A${noteRow}`).font = { italic: true };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
