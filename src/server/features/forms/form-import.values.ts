// What the cells of an uploaded form say, judged against the framework: a number where a number
// is due (typed as a number, or as text the Vietnamese way), the element's bounds, list rows with
// their fields. Every problem keeps its sheet, row and column and the element it belongs to, so
// that "save only the valid part" can leave that element out.
import { maxListCellText } from "../../../contracts/cycles.js";
import { readNumberEntry } from "../../../domain/cycle/checks.js";
import type { ListItem } from "../../../domain/formula/index.js";
import { checkInputs } from "../../../domain/framework/inputs.js";
import type { DataElementDef, FrameworkDef } from "../../../domain/framework/schema.js";
import { capitalizeVi, formatNumberVi } from "../../../domain/text/format-vi.js";
import { parseDecimal } from "../../../domain/text/numbers.js";
import { vietnameseUnitText } from "../../../domain/text/unit-labels.js";
import type { SheetIssue } from "../../reports/annex-workbook.js";
import { type CellRead, columnLetter } from "../../reports/excel-cells.js";
import { listHeaderRow } from "../../reports/form-workbook-layout.js";
import type { FigureCell, ListSheet } from "../../reports/form-workbook-read.js";

export interface Problem extends SheetIssue {
  element?: string;
}

export type FileValue = { kind: "number"; number: number | null } | { kind: "list"; list: ListItem[] };

const notNumber: Record<string, string> = {
  boolean: "phải là số, không phải giá trị đúng/sai",
  date: "phải là số, không phải ngày tháng",
  formula: "ô chứa công thức Excel chưa được tính (tệp không lưu kết quả); hãy nhập giá trị (một số)",
};

function cellProblem(cell: CellRead): string | null {
  if (cell.kind === "formula") return notNumber.formula!;
  if (cell.kind === "error") return `ô có lỗi Excel ${cell.value}; hãy nhập giá trị`;
  return null;
}

/**
 * A number as text the number reader takes back unchanged: no exponent, and never exactly three
 * decimals ("1.234" would read as one thousand two hundred thirty-four), so one zero is added.
 */
export function plainNumberText(n: number): string {
  const text = n.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
  const fraction = text.split(".")[1];
  return fraction?.length === 3 ? `${text}0` : text;
}

export function readFigure(def: FrameworkDef, element: DataElementDef, f: FigureCell): FileValue | Problem {
  const at = (message: string): Problem => ({
    sheet: f.sheet,
    row: f.row,
    column: f.column,
    element: element.code,
    message: `${element.name.vi}: ${capitalizeVi(message)}`,
  });
  const { cell } = f;
  const refused = cellProblem(cell) ?? notNumber[cell.kind];
  if (refused) return at(refused);
  if (cell.kind === "empty") return { kind: "number", number: null };
  // A percent-formatted cell holds a share: 0,655 shows (and means) 65,5 %. Such a cell for a
  // figure not counted in percent is not guessed at.
  if (cell.kind === "number" && cell.percent && element.unit !== "%")
    return at(
      `ô định dạng phần trăm (${formatNumberVi(cell.value * 100)}%) nhưng số liệu này tính bằng ${vietnameseUnitText(element.unit) || "số đếm"}: hãy nhập con số, không dùng định dạng %`,
    );
  if (cell.kind === "number" && cell.percent) {
    const issues = checkInputs(def, { [element.code]: cell.value * 100 });
    return issues.length > 0
      ? at(issues.map((i) => i.message).join("; "))
      : { kind: "number", number: Math.round(cell.value * 100 * 1e9) / 1e9 };
  }
  if (cell.kind === "text") {
    const entry = readNumberEntry(def, element, cell.value);
    return entry.ok ? { kind: "number", number: entry.value } : at(entry.message);
  }
  if (cell.kind !== "number") return at("phải là một số");
  const issues = checkInputs(def, { [element.code]: cell.value });
  return issues.length > 0
    ? at(issues.map((i) => i.message).join("; "))
    : { kind: "number", number: cell.value };
}

// The natural answers of a yes/no column, any case: "Có/Không", "Đạt/Không đạt", "x" for yes.
const yes = new Set(["có", "co", "x", "yes", "y", "true", "đúng", "đạt", "dat", "1"]);
const no = new Set([
  ...["không", "khong", "không có", "không đạt", "khong dat", "chưa đạt", "chưa", "no", "n"],
  ...["false", "sai", "0"],
]);
const answers = "“Có”, “Không”, “Đạt”, “Không đạt”, hoặc “x” (có)";

type Field = NonNullable<DataElementDef["fields"]>[number];

/** Longest text of one list cell, as `listRowSchema` allows (contracts/cycles.ts). */

function fieldValue(field: Field, cell: CellRead): { value: ListItem[string] } | { problem: string } {
  if (cell.kind === "formula" || cell.kind === "error") return { problem: cellProblem(cell)! };
  if (cell.kind === "empty") return { value: field.type === "text" ? "" : null };
  if (cell.kind === "date") return { problem: "không nhận ngày tháng ở cột này" };
  if (field.type === "text") {
    const text = String(cell.kind === "boolean" ? (cell.value ? "Có" : "Không") : cell.value).normalize(
      "NFC",
    );
    // The same bound as a list cell typed on the page.
    if (text.length > maxListCellText)
      return {
        problem: `dài quá ${formatNumberVi(maxListCellText)} ký tự (${formatNumberVi(text.length)} ký tự)`,
      };
    return { value: text };
  }
  if (field.type === "number") {
    if (cell.kind === "number") return { value: cell.value };
    if (cell.kind === "text") {
      const parsed = parseDecimal(cell.value);
      return parsed.ok ? { value: parsed.value } : { problem: `phải là số; ${parsed.message}` };
    }
    return { problem: "phải là số" };
  }
  if (cell.kind === "boolean") return { value: cell.value };
  const word = String(cell.value).trim().normalize("NFC").toLowerCase().replace(/\s+/g, " ");
  if (yes.has(word)) return { value: true };
  if (no.has(word)) return { value: false };
  return { problem: `phải là ${answers}, không phải “${cell.value}”` };
}

const firstText = (cells: CellRead[]) => {
  const first = cells[0];
  return first && (first.kind === "text" || first.kind === "number") ? String(first.value) : "";
};

/** A total or heading row someone inserted among the items: "Tổng cộng", "I. Khu vực phía Bắc". */
function notAnItem(cells: CellRead[]): "tổng" | "tiêu đề" | null {
  const text = firstText(cells).trim().normalize("NFC");
  // The whole cell: "Tổng công ty Cấp nước" or "Cộng đồng dân cư" are items, "Tổng cộng:" is not.
  if (/^(tổng cộng|tổng số|tổng|cộng|total)\s*:?$/i.test(text)) return "tổng";
  const onlyFirst = cells.slice(1).every((c) => c.kind === "empty");
  if (onlyFirst && cells.length > 1 && (/^([IVX]+|[A-ZĐ])[.)]\s/.test(text) || text.endsWith(":")))
    return "tiêu đề";
  return null;
}

export function readList(
  def: FrameworkDef,
  element: DataElementDef,
  sheet: ListSheet,
): FileValue | Problem[] {
  const fields = element.fields ?? [];
  const problems: Problem[] = [];
  const reported = new Set<string>();
  const at = (row: number, index: number, message: string): Problem => ({
    sheet: sheet.sheet,
    row,
    column: columnLetter(index + 1),
    element: element.code,
    message: `${fields[index]?.name.vi ?? ""}: ${capitalizeVi(message)}`,
  });
  for (const { row, cells } of sheet.rows) {
    const kind = notAnItem(cells);
    if (kind)
      problems.push({
        sheet: sheet.sheet,
        row,
        column: "A",
        element: element.code,
        message: `Dòng ${kind} “${firstText(cells)}” không phải một mục của danh sách: hãy xóa dòng này (mỗi dòng là một mục; PEPI Hub tự đếm và tính tổng)`,
      });
  }
  const list = sheet.rows.map(({ row, cells }) => {
    const item: Record<string, ListItem[string]> = {};
    fields.forEach((field, i) => {
      const read = fieldValue(field, cells[i] ?? { kind: "empty" });
      if ("problem" in read) {
        problems.push(at(row, i, read.problem));
        reported.add(`${row}:${field.code}`);
        item[field.code] = null;
      } else item[field.code] = read.value;
    });
    return item as ListItem;
  });
  for (const issue of checkInputs(def, { [element.code]: list })) {
    const row = sheet.rows[(issue.item ?? 1) - 1]?.row ?? listHeaderRow + 1;
    const index = Math.max(
      0,
      fields.findIndex((f) => f.code === issue.field),
    );
    if (!reported.has(`${row}:${issue.field}`)) problems.push(at(row, index, issue.message));
  }
  return problems.length > 0 ? problems : { kind: "list", list };
}
