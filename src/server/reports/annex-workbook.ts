// The annex as an Excel workbook: written prefilled with a framework's current values, read
// back with every problem placed by sheet, row and column.
import type ExcelJS from "exceljs";
import {
  type AnnexKey,
  type AnnexRow,
  annexColumns,
  scoringSheetName,
} from "../../domain/framework/annex.js";
import type { FrameworkDef, ScoringRule } from "../../domain/framework/schema.js";
import { safeCellText } from "./spreadsheet-safety.js";

export const annexSheetName = "Phụ lục chỉ số";
const maxRows = 2000;

export interface SheetIssue {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

function ruleParams(rule: ScoringRule): [number | null, number | null] {
  switch (rule.type) {
    case "linear":
      return [rule.floor, rule.target];
    case "lower_is_better":
      return [rule.best, rule.worst];
    case "pass_fail":
      return [rule.threshold, null];
    case "improvement":
      return [rule.fullAt, rule.unchangedShare];
    default:
      return [null, null];
  }
}

// exceljs takes a noticeable time to load; it is loaded on first use, not at server start.
const loadExcel = async () => (await import("exceljs")).default;

export async function writeAnnexWorkbook(def: FrameworkDef): Promise<Buffer> {
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  workbook.creator = "PEPI Hub";
  const sheet = workbook.addWorksheet(annexSheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = annexColumns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.key === "name" || c.key === "formula" ? 60 : 16,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const edition of def.editions) {
    for (const entry of edition.indicators) {
      const indicator = def.indicators.find((i) => i.code === entry.code);
      const [p1, p2] = ruleParams(entry.scoring);
      sheet.addRow({
        edition: safeCellText(edition.code),
        code: safeCellText(entry.code),
        name: safeCellText(indicator?.name.vi ?? ""),
        unit: safeCellText(indicator?.unit ?? ""),
        formula: safeCellText(indicator?.formula ?? ""),
        points: entry.points ?? null,
        scoring: scoringSheetName[entry.scoring.type],
        p1,
        p2,
      });
    }
  }
  const help = workbook.addWorksheet("Hướng dẫn");
  help.getColumn(1).width = 110;
  for (const line of [
    "Mỗi dòng của trang “Phụ lục chỉ số” là một chỉ số trong một phiên bản áp dụng.",
    "Ô có giá trị sẽ thay giá trị hiện có và được đánh dấu là CHÍNH THỨC; ô để trống giữ nguyên giá trị hiện có.",
    "Cách chấm: tuyến tính (tham số 1 = mức 0 điểm, tham số 2 = mức đủ điểm); thấp hơn tốt hơn (1 = tốt nhất, 2 = mức 0 điểm);",
    "đạt/không đạt (1 = ngưỡng); so với năm trước (1 = mức tăng được đủ điểm, 2 = tỷ lệ điểm khi giữ nguyên); điểm từ nguồn ngoài.",
    "Không dùng công thức Excel và không gộp ô; nhập số, không nhập chữ trong các cột điểm và tham số.",
  ]) {
    help.addRow([line]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function cellValue(cell: ExcelJS.Cell): string | number | undefined | { formula: true } {
  const value = cell.value;
  if (value === null || value === undefined || value === "") return undefined;
  if (typeof value === "number") return value;
  if (typeof value === "string") return value.trim() === "" ? undefined : value.trim().replace(/^'/, "");
  if (typeof value === "object" && ("formula" in value || "sharedFormula" in value)) return { formula: true };
  if (typeof value === "object" && "richText" in value)
    return value.richText
      .map((r) => r.text)
      .join("")
      .trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

export async function readAnnexWorkbook(
  content: Buffer,
): Promise<{ rows: AnnexRow[]; issues: SheetIssue[] }> {
  const issues: SheetIssue[] = [];
  const fail = (message: string) => ({ rows: [], issues: [{ sheet: "", row: 0, column: "", message }] });
  if (content.length < 4 || content.readUInt32LE(0) !== 0x04034b50) {
    // Encrypted workbooks are OLE compound files, not zip archives.
    const ole = content.length >= 4 && content.readUInt32LE(0) === 0xe011cfd0;
    return fail(
      ole
        ? "Tệp được đặt mật khẩu hoặc là định dạng .xls cũ: hãy bỏ mật khẩu và lưu thành .xlsx"
        : "Tệp không phải là bảng tính Excel .xlsx hợp lệ",
    );
  }
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    return fail("Tệp Excel bị hỏng, không đọc được");
  }
  const sheet = workbook.getWorksheet(annexSheetName);
  if (!sheet) return fail(`Không có trang “${annexSheetName}”: hãy dùng tệp mẫu tải về từ PEPI Hub`);
  const headers = new Map<number, AnnexKey>();
  sheet.getRow(1).eachCell((cell, col) => {
    const column = annexColumns.find((c) => c.header === String(cell.value ?? "").trim());
    if (column) headers.set(col, column.key);
  });
  const missing = annexColumns.filter((c) => ![...headers.values()].includes(c.key));
  if (missing.length)
    return fail(`Trang “${annexSheetName}” thiếu cột: ${missing.map((c) => c.header).join(", ")}`);
  if (sheet.rowCount > maxRows + 1) return fail(`Trang có ${sheet.rowCount - 1} dòng, nhiều nhất ${maxRows}`);
  const merges = (sheet.model as { merges?: string[] }).merges ?? [];
  for (const range of merges)
    issues.push({ sheet: sheet.name, row: 0, column: range, message: "Không được gộp ô" });

  const rows: AnnexRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const parsed: AnnexRow = { row: rowNumber };
    let filled = false;
    for (const [col, key] of headers) {
      const value = cellValue(row.getCell(col));
      if (value === undefined) continue;
      const header = annexColumns.find((c) => c.key === key)!.header;
      if (typeof value === "object") {
        issues.push({
          sheet: sheet.name,
          row: rowNumber,
          column: header,
          message: "Ô chứa công thức Excel; hãy nhập giá trị",
        });
        continue;
      }
      const numeric = key === "points" || key === "p1" || key === "p2";
      if (numeric && typeof value !== "number") {
        issues.push({
          sheet: sheet.name,
          row: rowNumber,
          column: header,
          message: `Phải là số, không phải “${value}”`,
        });
        continue;
      }
      parsed[key] = value;
      filled = true;
    }
    if (filled) rows.push(parsed);
  });
  return { rows, issues };
}
