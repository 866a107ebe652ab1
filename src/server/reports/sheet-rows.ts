// The rows of an uploaded list as text, from a CSV file (UTF-8, comma or semicolon) or the first
// sheet of an Excel workbook, for imports that read a plain table (the communes, the accounts).
// A workbook is checked as every uploaded one is (size unpacked, cell count) before it is opened.
import { judgeWorkbookBytes } from "../../domain/files/workbook-bytes.js";
import { detectSeparator, parseCsv } from "../../domain/text/csv.js";
import { AppError } from "../platform/errors.js";
import { loadExcel } from "./excel-cells.js";

const limits = { unpacked: 16 * 1024 * 1024, cells: 50_000 };

const refuse = (file: string, reason: string) => new AppError("EXCEL_FILE_REFUSED", { file, reason });

export async function readSheetRows(fileName: string, content: Buffer): Promise<string[][]> {
  if (/\.csv$/i.test(fileName)) {
    const text = content.toString("utf8").replace(/^\uFEFF/, "");
    if (text.includes("\uFFFD"))
      throw refuse(fileName, "tệp CSV không phải mã UTF-8; hãy lưu lại với “CSV UTF-8”");
    return parseCsv(text, detectSeparator(text));
  }
  if (!/\.xlsx$/i.test(fileName)) throw refuse(fileName, "chỉ nhận tệp .xlsx hoặc .csv");
  const verdict = await judgeWorkbookBytes(content, limits);
  if (!verdict.ok) throw refuse(fileName, verdict.reason);
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw refuse(fileName, "tệp không có trang tính nào");
  const rows: string[][] = [];
  // exceljs counts the columns anew on every read of columnCount (it walks every row): read it once.
  const columnCount = sheet.columnCount;
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    for (let column = 1; column <= columnCount; column++) cells.push(row.getCell(column).text.trim());
    rows[number - 1] = cells;
  });
  return Array.from(rows, (row) => row ?? []);
}
