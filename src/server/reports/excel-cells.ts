// What the Excel builders and readers share: exceljs loaded on first use, the look of input and
// locked cells, number formats that read well in Vietnamese Excel, and one typed reading of a cell.
import type ExcelJS from "exceljs";

// exceljs takes a noticeable time to load; it is loaded on first use, not at server start.
export const loadExcel = async () => (await import("exceljs")).default;

/** Pale yellow: the cells a person fills. Grey: figures shown for reference only. */
export const inputFill: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF7CC" } };
export const readOnlyFill: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFEDEDED" },
};
export const headerFont: Partial<ExcelJS.Font> = { bold: true };

/**
 * Grouped thousands and the decimals that matter; Excel shows them with the reader's separators
 * (1.234,5 in Vietnamese Excel). Counts are whole numbers.
 */
export const numberFormat = (integer: boolean) => (integer ? "#,##0" : "#,##0.00####");

export type CellRead =
  | { kind: "empty" }
  /** `percent`: shown as a percentage (0,655 shows 65,5%); `formula`: the result of a formula. */
  | { kind: "number"; value: number; percent?: true; formula?: true }
  | { kind: "text"; value: string; formula?: true }
  | { kind: "boolean"; value: boolean }
  | { kind: "date" }
  | { kind: "formula" }
  | { kind: "error"; value: string };

/** Text we wrote through safeCellText comes back without the apostrophe that neutralised it. */
export const unquote = (text: string) => text.replace(/^'(?=[=+\-@\t\r])/, "");

export function readCell(cell: ExcelJS.Cell | undefined): CellRead {
  const value = cell?.value;
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "error", value: String(value) };
    return String(cell?.numFmt ?? "").includes("%")
      ? { kind: "number", value, percent: true }
      : { kind: "number", value };
  }
  if (typeof value === "string") {
    const text = unquote(value.trim());
    return text === "" ? { kind: "empty" } : { kind: "text", value: text };
  }
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (value instanceof Date) return { kind: "date" };
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) {
      // A formula an officer typed is read by the value Excel computed and saved with it.
      const result = (value as { result?: unknown }).result;
      if (result && typeof result === "object" && "error" in result)
        return { kind: "error", value: String((result as { error: unknown }).error) };
      if (typeof result === "number" && Number.isFinite(result))
        return String(cell?.numFmt ?? "").includes("%")
          ? { kind: "number", value: result, percent: true, formula: true }
          : { kind: "number", value: result, formula: true };
      if (typeof result === "string" && result.trim() !== "")
        return { kind: "text", value: result.trim(), formula: true };
      return { kind: "formula" };
    }
    if ("error" in value) return { kind: "error", value: String(value.error) };
    if ("richText" in value) {
      const text = unquote(
        value.richText
          .map((r) => r.text)
          .join("")
          .trim(),
      );
      return text === "" ? { kind: "empty" } : { kind: "text", value: text };
    }
    if ("text" in value) {
      const text = unquote(String(value.text).trim()); // a hyperlink
      return text === "" ? { kind: "empty" } : { kind: "text", value: text };
    }
  }
  return { kind: "text", value: String(value) };
}

/** "B" for column 2. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A list's sheet is named after the list, without "Danh sách": the tab is short. */
export function listSheetTitle(listName: string): string {
  const rest = listName.replace(/^danh sách\s+/i, "");
  return rest.charAt(0).toLocaleUpperCase("vi") + rest.slice(1);
}

/**
 * A sheet name Excel accepts: at most 31 characters (a longer name cut at a word), none of
 * []:*?/\ and unique in the book.
 */
export function sheetName(wanted: string, taken: Set<string>): string {
  const clean = wanted.replace(/[[\]:*?/\\]/g, "-").trim();
  const cut = clean.slice(0, 31);
  const base = clean.length > 31 && cut.includes(" ") ? cut.slice(0, cut.lastIndexOf(" ")) : cut;
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++)
    name = `${base.slice(0, 31 - String(n).length - 1)}~${n}`;
  taken.add(name.toLowerCase());
  return name;
}
