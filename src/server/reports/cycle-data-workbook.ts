// A cycle's data as an Excel workbook: the cycle, every value (one row per agency and figure),
// the indicators with their points, one sheet per list with its items, and the province's green
// index (PGI) of every year up to the cycle's. Text goes through
// the formula-injection guard; numbers stay numbers.
import type ExcelJS from "exceljs";
import type { CycleExport } from "../../contracts/forms.js";
import {
  booleanText,
  indicatorStatusText,
  reviewStatusText,
  vietnamClock,
  vietnamTimeText,
} from "./cycle-data-labels.js";
import { headerFont, listSheetTitle, loadExcel, numberFormat, sheetName } from "./excel-cells.js";
import { addPgiRowsSheet } from "./pgi-workbook.js";
import { safeCellText } from "./spreadsheet-safety.js";

const text = (value: string | null | undefined) => (value ? safeCellText(value) : null);

/** Elements reported in parts by more than one agency, summed, with the agencies yet to report. */
function partsByElement(values: CycleExport["values"]) {
  const byElement = new Map<string, CycleExport["values"]>();
  for (const v of values)
    if (v.kind === "number") byElement.set(v.element, [...(byElement.get(v.element) ?? []), v]);
  return [...byElement.values()]
    .filter((parts) => parts.length > 1)
    .map((parts) => {
      const entered = parts.filter((p) => p.value !== null);
      return {
        name: parts[0]!.elementName,
        unit: parts[0]!.unit,
        total: entered.length ? entered.reduce((sum, p) => sum + (p.value ?? 0), 0) : null,
        reporters: parts.length,
        missing: parts.filter((p) => p.value === null).map((p) => p.agency),
      };
    });
}

function table(
  sheet: ExcelJS.Worksheet,
  columns: { header: string; width: number; format?: string }[],
  rows: (string | number | Date | null)[][],
) {
  sheet.columns = columns.map((c) => ({ header: safeCellText(c.header), width: c.width }));
  sheet.getRow(1).font = headerFont;
  sheet.addRows(rows);
  columns.forEach((c, i) => {
    if (c.format) sheet.getColumn(i + 1).numFmt = c.format;
  });
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

export async function writeCycleDataXlsx(data: CycleExport): Promise<Buffer> {
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  workbook.creator = "PEPI Hub";
  const taken = new Set<string>();
  const c = data.cycle;
  const info = workbook.addWorksheet(sheetName("Thông tin", taken));
  info.columns = [{ width: 28 }, { width: 80 }];
  const lines: [string, string | number][] = [
    ["Tỉnh", c.province],
    ["Năm", c.year],
    [
      "Bộ chỉ số",
      `${c.frameworkName} (${c.frameworkCode}), phiên bản áp dụng ${c.editionCode}, bản ${c.frameworkVersion}`,
    ],
    [
      "Tổng điểm",
      `${data.total.points.toLocaleString("vi-VN")} / ${data.total.maxPoints.toLocaleString("vi-VN")}`,
    ],
    ["Xếp loại", data.total.band ?? "—"],
    ["Đủ số liệu", data.total.complete ? "Có" : "Chưa"],
    ["Xuất lúc (giờ Việt Nam)", vietnamTimeText(c.exportedAt)],
  ];
  for (const [label, value] of lines)
    info
      .addRow([safeCellText(label), typeof value === "number" ? value : safeCellText(value)])
      .getCell(1).font = headerFont;

  table(
    workbook.addWorksheet(sheetName("Số liệu", taken)),
    [
      { header: "Năm", width: 8 },
      { header: "Cơ quan", width: 40 },
      { header: "Mã số liệu", width: 30 },
      { header: "Tên số liệu", width: 60 },
      { header: "Đơn vị", width: 14 },
      { header: "Giá trị", width: 18, format: numberFormat(false) },
      { header: "Số mục (danh sách)", width: 12 },
      { header: "Tình trạng xem xét", width: 16 },
      { header: "Phiên bản", width: 10 },
      { header: "Sửa lần cuối lúc (giờ Việt Nam)", width: 22, format: "dd/mm/yyyy hh:mm" },
      { header: "Sửa lần cuối bởi", width: 28 },
    ],
    data.values.map((v) => [
      v.year,
      text(v.agency),
      text(v.element),
      text(v.elementName),
      text(v.unit),
      v.value,
      v.itemCount,
      v.reviewStatus ? reviewStatusText[v.reviewStatus]! : "Chưa nhập",
      v.version,
      v.updatedAt ? vietnamClock(v.updatedAt) : null,
      text(v.updatedBy),
    ]),
  );

  // A figure several agencies report a part of: the province's sum, and who has not reported.
  const shared = partsByElement(data.values);
  if (shared.length > 0)
    table(
      workbook.addWorksheet(sheetName("Tổng các phần", taken)),
      [
        { header: "Tên số liệu", width: 60 },
        { header: "Đơn vị", width: 14 },
        { header: "Tổng của tỉnh (các phần đã nhập)", width: 22, format: numberFormat(false) },
        { header: "Số cơ quan báo cáo", width: 12 },
        { header: "Đã nhập", width: 10 },
        { header: "Chưa nhập", width: 10 },
        { header: "Cơ quan chưa nhập", width: 80 },
      ],
      shared.map((e) => [
        text(e.name),
        text(e.unit),
        e.total,
        e.reporters,
        e.reporters - e.missing.length,
        e.missing.length,
        text(e.missing.join("; ")),
      ]),
    );

  table(
    workbook.addWorksheet(sheetName("Chỉ số", taken)),
    [
      { header: "Mã", width: 8 },
      { header: "Tên chỉ số", width: 70 },
      { header: "Giá trị", width: 14, format: numberFormat(false) },
      { header: "Đơn vị", width: 12 },
      { header: "Điểm", width: 10, format: "#,##0.00" },
      { header: "Điểm tối đa", width: 12, format: "#,##0.00" },
      { header: "Năm trước", width: 14, format: numberFormat(false) },
      { header: "Thay đổi (%)", width: 12, format: "#,##0.0" },
      { header: "Tình trạng", width: 16 },
    ],
    data.indicators.map((i) => [
      text(i.code),
      text(i.name),
      i.value,
      text(i.unit),
      i.points,
      i.maxPoints,
      i.lastYear,
      i.changePct,
      indicatorStatusText[i.status],
    ]),
  );

  for (const list of data.lists) {
    table(
      workbook.addWorksheet(sheetName(listSheetTitle(list.name), taken)),
      [
        { header: "Cơ quan", width: 40 },
        ...list.fields.map((f) => ({ header: f.name, width: f.type === "text" ? 50 : 20 })),
      ],
      list.items.map((item) => [
        text(item.agency),
        ...list.fields.map((f) => {
          const value = item.values[f.code];
          if (f.type === "boolean") return booleanText(value) || null;
          return typeof value === "string" ? text(value) : typeof value === "number" ? value : null;
        }),
      ]),
    );
  }
  if (data.pgi) addPgiRowsSheet(workbook, taken, data.pgi);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
