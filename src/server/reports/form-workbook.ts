// Writes an agency's form as an Excel workbook (biểu mẫu): a cover sheet with the instructions,
// one sheet per indicator with its figures (last year's value beside this year's, prefilled),
// one sheet per list, and the hidden metadata sheet. Only the cells to fill are unlocked; the
// sheets are protected without a password, against slips rather than against anyone.
import type ExcelJS from "exceljs";
import {
  columnLetter,
  headerFont,
  inputFill,
  listSheetTitle,
  loadExcel,
  numberFormat,
  readOnlyFill,
  sheetName,
} from "./excel-cells.js";
import { writeCover } from "./form-workbook-cover.js";
import {
  coverSheetName,
  type FormTemplate,
  figureColumns,
  figureHeaderRow,
  formTemplateKind,
  formTemplateVersion,
  listHeaderRow,
  type MetaElement,
  maxListRows,
  metaElementsRow,
  metaKeys,
  metaSheetName,
  type TemplateGroup,
  type TemplateList,
} from "./form-workbook-layout.js";
import { safeCellText } from "./spreadsheet-safety.js";

const text = (value: string) => safeCellText(value);
const unlocked: Partial<ExcelJS.Protection> = { locked: false };
const locked: Partial<ExcelJS.Protection> = { locked: true };
const protection = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
};

function boundsText(f: { integer: boolean; min: number | null; max: number | null }): string {
  const min = f.min ?? 0;
  const parts = [f.integer ? "Số nguyên" : "Số"];
  parts.push(
    f.max === null
      ? `≥ ${min.toLocaleString("vi-VN")}`
      : `từ ${min.toLocaleString("vi-VN")} đến ${f.max.toLocaleString("vi-VN")}`,
  );
  return parts.join(" ");
}

function writeGroup(
  sheet: ExcelJS.Worksheet,
  group: TemplateGroup,
  year: number,
  listSheets: Map<string, string>,
) {
  sheet.getCell(1, 1).value = text(`${group.title}: ${group.heading}`);
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  sheet.getCell(2, 1).value = text(group.detail);
  sheet.getCell(3, 1).value =
    `Nhập vào các ô nền vàng ở cột “Năm ${year}”. Ô nền xám là số liệu của cơ quan khác, chỉ để xem.`;
  const header = sheet.getRow(figureHeaderRow);
  header.values = ["Mã", "Tên số liệu", "Đơn vị", `Năm ${year - 1}`, `Năm ${year}`, "Ghi chú, hướng dẫn"];
  header.font = headerFont;
  const widths = [30, 60, 14, 18, 18, 70];
  widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  group.figures.forEach((f, index) => {
    const row = sheet.getRow(figureHeaderRow + 1 + index);
    row.getCell(figureColumns.code).value = text(f.code);
    row.getCell(figureColumns.name).value = text(f.name);
    row.getCell(figureColumns.unit).value = text(f.unit);
    const last = row.getCell(figureColumns.lastYear);
    last.value = f.lastYear;
    last.numFmt = numberFormat(false);
    const cell = row.getCell(figureColumns.value);
    if (f.role === "list") cell.value = text(`→ trang “${listSheets.get(f.code) ?? f.code}”`);
    else if (f.role === "elsewhere") cell.value = "";
    else {
      cell.value = f.value;
      cell.numFmt = numberFormat(f.integer);
    }
    if (f.role === "input") {
      cell.fill = inputFill;
      cell.protection = unlocked;
      cell.dataValidation = {
        type: f.integer ? "whole" : "decimal",
        allowBlank: true,
        operator: f.max === null ? "greaterThanOrEqual" : "between",
        formulae: f.max === null ? [f.min ?? 0] : [f.min ?? 0, f.max],
        showErrorMessage: true,
        errorTitle: "Giá trị không hợp lệ",
        error: `${boundsText(f)}.`,
      };
    } else if (f.role === "shared") cell.fill = readOnlyFill;
    row.getCell(figureColumns.note).value = text(
      f.role === "input" ? `${boundsText(f)}. ${f.note}`.trim() : f.note,
    );
    row.getCell(figureColumns.note).alignment = { wrapText: true, vertical: "top" };
  });
  sheet.views = [{ state: "frozen", ySplit: figureHeaderRow }];
}

// exceljs keeps range validations (one rule for a whole column) but does not declare them.
const validations = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } })
    .dataValidations;

function writeList(sheet: ExcelJS.Worksheet, list: TemplateList) {
  sheet.getCell(1, 1).value = text(`Danh sách: ${list.name}`);
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  sheet.getCell(2, 1).value = text(list.note);
  list.fields.forEach((field, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = field.type === "text" ? 50 : 24;
    if (!list.readOnly) column.protection = unlocked; // new rows can be typed at the end
    if (field.type === "number") column.numFmt = numberFormat(false);
  });
  const header = sheet.getRow(listHeaderRow);
  header.values = list.fields.map((f) => text(f.name));
  header.font = headerFont;
  for (let r = 1; r <= listHeaderRow; r++)
    for (let c = 1; c <= list.fields.length; c++) sheet.getCell(r, c).protection = locked;
  // One row per item, written as arrays: far quicker than cell by cell for thousands of rows.
  const rows = list.items.map((item) =>
    list.fields.map((f) => {
      const value = item[f.code];
      if (value === null || value === undefined || value === "") return null;
      if (f.type === "boolean")
        return value === true ? "Có" : value === false ? "Không" : text(String(value));
      return typeof value === "string" ? text(value) : value;
    }),
  );
  sheet.addRows(rows);
  list.fields.forEach((field, i) => {
    if (field.type !== "boolean" || list.readOnly) return;
    const letter = columnLetter(i + 1);
    validations(sheet).add(`${letter}${listHeaderRow + 1}:${letter}${listHeaderRow + maxListRows}`, {
      type: "list",
      allowBlank: true,
      formulae: ['"Có,Không"'],
      showErrorMessage: true,
      errorTitle: "Chọn Có hoặc Không",
      error: "Cột này chỉ nhận “Có” hoặc “Không”.",
    });
  });
  if (list.readOnly) for (const r of rows.keys()) sheet.getRow(listHeaderRow + 1 + r).fill = readOnlyFill;
  sheet.views = [{ state: "frozen", ySplit: listHeaderRow }];
}

function writeMeta(sheet: ExcelJS.Worksheet, template: FormTemplate, elements: MetaElement[]) {
  const values: Record<(typeof metaKeys)[number], string | number> = {
    kind: formTemplateKind,
    formatVersion: formTemplateVersion,
    cycleId: template.cycleId,
    year: template.year,
    agencyId: template.agencyId,
    agencyName: text(template.agencyName),
    frameworkCode: text(template.frameworkCode),
    editionCode: text(template.editionCode),
    frameworkVersion: template.frameworkVersion,
    generatedAt: template.generatedAt.toISOString(),
  };
  metaKeys.forEach((key, i) => {
    sheet.getRow(i + 1).values = [key, values[key]];
  });
  sheet.getRow(metaElementsRow).values = ["code", "kind", "sheet", "version", "fingerprint"];
  elements.forEach((e, i) => {
    sheet.getRow(metaElementsRow + 1 + i).values = [
      text(e.code),
      e.kind,
      text(e.sheet),
      e.version ?? "",
      text(e.fingerprint),
    ];
  });
}

export async function writeFormWorkbook(template: FormTemplate): Promise<Buffer> {
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  workbook.creator = "PEPI Hub";
  workbook.created = template.generatedAt;
  const taken = new Set([coverSheetName.toLowerCase(), metaSheetName]);
  const cover = workbook.addWorksheet(coverSheetName);
  const groupSheets = template.groups.map((g) => sheetName(g.title, taken));
  const listSheets = new Map(template.lists.map((l) => [l.code, sheetName(listSheetTitle(l.name), taken)]));
  const elements: MetaElement[] = [];
  for (const [i, group] of template.groups.entries()) {
    const sheet = workbook.addWorksheet(groupSheets[i]!);
    writeGroup(sheet, group, template.year, listSheets);
    for (const f of group.figures)
      if (f.role === "input")
        elements.push({
          code: f.code,
          kind: "number",
          sheet: sheet.name,
          version: f.version,
          fingerprint: f.fingerprint,
        });
    await sheet.protect("", protection);
  }
  for (const list of template.lists) {
    const sheet = workbook.addWorksheet(listSheets.get(list.code)!);
    writeList(sheet, list);
    if (!list.readOnly)
      elements.push({
        code: list.code,
        kind: "list",
        sheet: sheet.name,
        version: list.version,
        fingerprint: list.fingerprint,
      });
    await sheet.protect("", protection);
  }
  writeCover(cover, template, [
    ...template.groups.map((g, i) => [groupSheets[i]!, g.heading] as const),
    ...template.lists.map((l) => [listSheets.get(l.code)!, `Danh sách: ${l.name}`] as const),
  ]);
  await cover.protect("", protection);
  const meta = workbook.addWorksheet(metaSheetName, { state: "veryHidden" });
  writeMeta(meta, template, elements);
  await meta.protect("", protection);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
