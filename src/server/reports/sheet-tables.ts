// Plain tables on a sheet, as the Excel exports write them: a bold wrapped header, one row per
// item, each column's number format on its data cells, a cell styled alone where it says so.
import type ExcelJS from "exceljs";
import { headerFont } from "./excel-cells.js";
import { safeCellText } from "./spreadsheet-safety.js";

export type Value = string | number | null;
export interface Column {
  header: string;
  width: number;
  format?: string;
}

/**
 * Writes a header and rows from `start` (1-based); returns the row after the last. Each column's
 * format applies to its data cells; a cell given as `{ value, italic, fill, format }` is styled alone.
 */
export function tableAt(
  sheet: ExcelJS.Worksheet,
  start: number,
  columns: Column[],
  rows: (Value | { value: Value; italic?: boolean; fill?: ExcelJS.Fill; format?: string })[][],
): number {
  const header = sheet.getRow(start);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = safeCellText(c.header);
    cell.font = headerFont;
    cell.alignment = { wrapText: true, vertical: "top" };
  });
  rows.forEach((values, r) => {
    const row = sheet.getRow(start + 1 + r);
    values.forEach((v, i) => {
      const cell = row.getCell(i + 1);
      const styled = v !== null && typeof v === "object" ? v : { value: v };
      cell.value = styled.value;
      const format = styled.format ?? columns[i]?.format;
      if (format && typeof styled.value === "number") cell.numFmt = format;
      if (styled.italic) cell.font = { italic: true };
      if (styled.fill) cell.fill = styled.fill;
    });
  });
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.max(column.width ?? 0, c.width);
  });
  return start + 1 + rows.length;
}

/** A sheet whose one table starts on row 1: header frozen, filter on. */
export function plainTable(sheet: ExcelJS.Worksheet, columns: Column[], rows: Parameters<typeof tableAt>[3]) {
  tableAt(sheet, 1, columns, rows);
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}
