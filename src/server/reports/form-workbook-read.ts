// Reads an uploaded agency form workbook back into cells: the template it claims to be (from the
// hidden metadata sheet), this year's value of every figure it was made for, and the rows of its
// lists. Layout problems (merged cells, too many rows, a sheet or row gone) are placed by sheet,
// row and column; what the values mean is judged by the caller against the framework.
import type ExcelJS from "exceljs";
import type { SheetIssue } from "./annex-workbook.js";
import { type CellRead, columnLetter, loadExcel, readCell } from "./excel-cells.js";
import {
  figureColumns,
  figureHeaderRow,
  formTemplateKind,
  formTemplateVersion,
  listHeaderRow,
  type MetaElement,
  maxFigureRows,
  maxListRows,
  metaElementsRow,
  metaKeys,
  metaSheetName,
  type TemplateMeta,
} from "./form-workbook-layout.js";

export interface FigureCell {
  code: string;
  sheet: string;
  row: number;
  column: string;
  cell: CellRead;
}

export interface ListSheet {
  code: string;
  sheet: string;
  rows: { row: number; cells: CellRead[] }[];
}

export interface ReadForm {
  meta: TemplateMeta;
  figures: FigureCell[];
  lists: ListSheet[];
  issues: SheetIssue[];
  /** Elements whose cells cannot be trusted (merged, or a list past the row limit): never saved. */
  blocked: Set<string>;
}

export type ReadResult = { ok: true; form: ReadForm } | { ok: false; reason: string };

const valueColumn = columnLetter(figureColumns.value);
// Parts of a sheet the reader never needs; skipping them keeps large uploads quick.
const ignoreNodes = [
  "dataValidations",
  "conditionalFormatting",
  "hyperlinks",
  "drawing",
  "picture",
  "headerFooter",
  "extLst",
];

const plain = (c: CellRead) => (c.kind === "text" ? c.value : c.kind === "number" ? String(c.value) : "");

function readMeta(sheet: ExcelJS.Worksheet): TemplateMeta | string {
  const values = new Map<string, string>();
  for (let r = 1; r <= metaKeys.length; r++)
    values.set(plain(readCell(sheet.getCell(r, 1))), plain(readCell(sheet.getCell(r, 2))));
  if (values.get("kind") !== formTemplateKind) return "tệp không phải biểu mẫu số liệu tải về từ PEPI Hub";
  const formatVersion = Number(values.get("formatVersion"));
  if (formatVersion !== formTemplateVersion)
    return `biểu mẫu theo mẫu phiên bản ${values.get("formatVersion")}, hệ thống hiện dùng phiên bản ${formTemplateVersion}: hãy tải biểu mẫu mới`;
  const elements: MetaElement[] = [];
  for (let r = metaElementsRow + 1; ; r++) {
    const code = plain(readCell(sheet.getCell(r, 1)));
    if (!code) break;
    const version = readCell(sheet.getCell(r, 4));
    elements.push({
      code,
      kind: plain(readCell(sheet.getCell(r, 2))) === "list" ? "list" : "number",
      sheet: plain(readCell(sheet.getCell(r, 3))),
      version: version.kind === "number" ? version.value : null,
      fingerprint: plain(readCell(sheet.getCell(r, 5))),
    });
  }
  return {
    kind: formTemplateKind,
    formatVersion,
    cycleId: values.get("cycleId") ?? "",
    year: Number(values.get("year")),
    agencyId: values.get("agencyId") ?? "",
    agencyName: values.get("agencyName") ?? "",
    frameworkCode: values.get("frameworkCode") ?? "",
    editionCode: values.get("editionCode") ?? "",
    frameworkVersion: Number(values.get("frameworkVersion")),
    generatedAt: values.get("generatedAt") ?? "",
    elements,
  };
}

/** Merged ranges that reach into the cells a person fills. */
function mergeIssues(
  sheet: ExcelJS.Worksheet,
  headerRow: number,
  inputColumns: [number, number],
): (SheetIssue & { lastRow: number })[] {
  const merges = (sheet.model as { merges?: string[] }).merges ?? [];
  const issues: (SheetIssue & { lastRow: number })[] = [];
  for (const range of merges) {
    const [from = "A1", to = from] = range.split(":");
    const a = sheet.getCell(from);
    const b = sheet.getCell(to);
    const rows = [Math.min(+a.row, +b.row), Math.max(+a.row, +b.row)];
    const cols = [Math.min(+a.col, +b.col), Math.max(+a.col, +b.col)];
    if (rows[1]! <= headerRow || cols[1]! < inputColumns[0] || cols[0]! > inputColumns[1]) continue;
    issues.push({
      sheet: sheet.name,
      row: Math.max(rows[0]!, headerRow + 1),
      lastRow: rows[1]!,
      column: columnLetter(Math.max(cols[0]!, inputColumns[0])),
      message: `Các ô ${range} bị gộp; hãy bỏ gộp ô (Merge & Center) trong vùng nhập số liệu`,
    });
  }
  return issues;
}

function readFigures(sheet: ExcelJS.Worksheet, codes: string[], issues: SheetIssue[]): FigureCell[] {
  const rows = new Map<string, number>();
  const last = Math.min(sheet.rowCount, figureHeaderRow + maxFigureRows);
  for (let r = figureHeaderRow + 1; r <= last; r++) {
    const code = plain(readCell(sheet.getCell(r, figureColumns.code)));
    if (code && !rows.has(code)) rows.set(code, r);
  }
  const figures: FigureCell[] = [];
  for (const code of codes) {
    const row = rows.get(code);
    if (row === undefined) {
      issues.push({
        sheet: sheet.name,
        row: figureHeaderRow + 1,
        column: "A",
        message: `Không thấy dòng của số liệu “${code}” (cột Mã): dòng đã bị xóa hoặc mã bị sửa`,
      });
      continue;
    }
    const cell = readCell(sheet.getCell(row, figureColumns.value));
    figures.push({ code, sheet: sheet.name, row, column: valueColumn, cell });
  }
  return figures;
}

function readListRows(
  sheet: ExcelJS.Worksheet,
  code: string,
  width: number,
  issues: SheetIssue[],
): ListSheet & { tooMany: boolean } {
  const rows: ListSheet["rows"] = [];
  let tooMany = false;
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber <= listHeaderRow || tooMany) return;
    const cells = Array.from({ length: width }, (_, i) => readCell(row.getCell(i + 1)));
    if (cells.every((c) => c.kind === "empty")) return;
    if (rows.length >= maxListRows) {
      tooMany = true;
      issues.push({
        sheet: sheet.name,
        row: rowNumber,
        column: "A",
        message: `Trang “${sheet.name}” có hơn ${maxListRows.toLocaleString("vi-VN")} dòng danh sách; mỗi trang nhiều nhất ${maxListRows.toLocaleString("vi-VN")} dòng`,
      });
      return;
    }
    rows.push({ row: rowNumber, cells });
  });
  return { code, sheet: sheet.name, rows: tooMany ? [] : rows, tooMany };
}

/** `listWidths`: how many field columns each list has, by element code. */
export async function readFormWorkbook(
  content: Buffer,
  listWidths: Map<string, number>,
): Promise<ReadResult> {
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer, { ignoreNodes } as never);
  } catch {
    return { ok: false, reason: "tệp Excel bị hỏng, không đọc được" };
  }
  const metaSheet = workbook.getWorksheet(metaSheetName);
  if (!metaSheet)
    return {
      ok: false,
      reason:
        "tệp không phải biểu mẫu số liệu tải về từ PEPI Hub (không có trang thông tin của biểu mẫu). Hãy tải biểu mẫu Excel của cơ quan và nhập số liệu vào đó",
    };
  const meta = readMeta(metaSheet);
  if (typeof meta === "string") return { ok: false, reason: meta };
  const issues: SheetIssue[] = [];
  const figures: FigureCell[] = [];
  const lists: ListSheet[] = [];
  const blocked = new Set<string>();
  const bySheet = new Map<string, MetaElement[]>();
  for (const e of meta.elements) bySheet.set(e.sheet, [...(bySheet.get(e.sheet) ?? []), e]);
  for (const [name, elements] of bySheet) {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) {
      issues.push({
        sheet: name,
        row: 0,
        column: "",
        message: `Thiếu trang “${name}” của biểu mẫu (trang bị xóa hoặc đổi tên)`,
      });
      continue;
    }
    const numbers = elements.filter((e) => e.kind === "number").map((e) => e.code);
    if (numbers.length > 0) {
      const merges = mergeIssues(sheet, figureHeaderRow, [figureColumns.value, figureColumns.value]);
      const read = readFigures(sheet, numbers, issues);
      for (const f of read) if (merges.some((m) => f.row >= m.row && f.row <= m.lastRow)) blocked.add(f.code);
      issues.push(...merges.map(({ lastRow: _, ...issue }) => issue));
      figures.push(...read);
    }
    for (const list of elements.filter((e) => e.kind === "list")) {
      const width = listWidths.get(list.code) ?? 0;
      const merges = mergeIssues(sheet, listHeaderRow, [1, Math.max(1, width)]);
      issues.push(...merges.map(({ lastRow: _, ...issue }) => issue));
      const read = readListRows(sheet, list.code, width, issues);
      if (merges.length > 0 || read.tooMany) blocked.add(list.code);
      else lists.push(read);
    }
  }
  return { ok: true, form: { meta, figures, lists, issues, blocked } };
}
