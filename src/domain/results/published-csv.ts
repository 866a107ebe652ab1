// Published results of other bodies (the Ministry's PEPI tables, VCCI's PGI), read from CSV with
// their source. Every problem names its row and column; rows with problems are not imported.
import { parseCsv } from "../text/csv.js";
import { parseDecimal } from "../text/numbers.js";

export interface RowIssue {
  row: number;
  column: string;
  message: string;
}

export interface PublishedRow {
  year: number;
  province: string;
  total: number | null;
  rank: number | null;
  band: string | null;
  /** PEPI: group I, group II; PGI: the four sub-indices. */
  parts: Record<string, number | null>;
  partRanks: Record<string, number | null>;
  decision: string | null;
  sourceUrl: string;
  notes: string | null;
}

export interface CsvLayout {
  kind: "pepi" | "pgi";
  totalMax: number;
  partColumns: { column: string; part: string; max: number }[];
  partRankColumns: { column: string; part: string }[];
}

export const pepiLayout: CsvLayout = {
  kind: "pepi",
  totalMax: 100,
  partColumns: [
    { column: "group_I_score", part: "I", max: 70 },
    { column: "group_II_score", part: "II", max: 30 },
  ],
  partRankColumns: [{ column: "group_II_rank", part: "II" }],
};

export const pgiLayout: CsvLayout = {
  kind: "pgi",
  totalMax: 40,
  partColumns: ["1", "2", "3", "4"].map((n) => ({ column: `sub${n}`, part: `PGI${n}`, max: 10 })),
  partRankColumns: [],
};

const totalColumns = ["total_score", "total"];

export function parsePublishedCsv(
  text: string,
  layout: CsvLayout,
): { rows: PublishedRow[]; issues: RowIssue[] } {
  const table = parseCsv(text.replace(/^\uFEFF/, ""));
  const header = (table[0] ?? []).map((h) => h.trim());
  const issues: RowIssue[] = [];
  const totalColumn = totalColumns.find((c) => header.includes(c));
  for (const required of ["year", "province", "source_url"]) {
    if (!header.includes(required)) issues.push({ row: 1, column: required, message: "Thiếu cột bắt buộc" });
  }
  if (!totalColumn)
    issues.push({ row: 1, column: "total_score", message: "Thiếu cột tổng điểm (total_score hoặc total)" });
  if (issues.length > 0) return { rows: [], issues };

  const rows: PublishedRow[] = [];
  table.slice(1).forEach((cells, index) => {
    const rowNumber = index + 2;
    const cell = (column: string) => (cells[header.indexOf(column)] ?? "").trim();
    const rowIssues: RowIssue[] = [];
    const number = (column: string, min: number, max: number, integer = false): number | null => {
      const raw = cell(column);
      if (raw === "" || header.indexOf(column) < 0) return null;
      const parsed = parseDecimal(raw, { preferDecimalPoint: true });
      if (!parsed.ok) {
        rowIssues.push({ row: rowNumber, column, message: parsed.message });
        return null;
      }
      if (parsed.value < min || parsed.value > max || (integer && !Number.isInteger(parsed.value))) {
        const kind = integer ? "số nguyên" : "số";
        rowIssues.push({
          row: rowNumber,
          column,
          message: `Phải là ${kind} từ ${min} đến ${max}, không phải ${raw}`,
        });
        return null;
      }
      return parsed.value;
    };
    const year = number("year", 2000, 2100, true);
    if (year === null && !rowIssues.some((i) => i.column === "year")) {
      rowIssues.push({ row: rowNumber, column: "year", message: "Thiếu năm" });
    }
    const province = cell("province");
    if (!province) rowIssues.push({ row: rowNumber, column: "province", message: "Thiếu tên tỉnh" });
    const sourceUrl = cell("source_url");
    if (!sourceUrl) rowIssues.push({ row: rowNumber, column: "source_url", message: "Thiếu nguồn công bố" });
    const row: PublishedRow = {
      year: year ?? 0,
      province,
      total: number(totalColumn as string, 0, layout.totalMax),
      rank: number("rank", 1, 100, true),
      band: cell("rating_band") || null,
      parts: Object.fromEntries(layout.partColumns.map((p) => [p.part, number(p.column, 0, p.max)])),
      partRanks: Object.fromEntries(
        layout.partRankColumns.map((p) => [p.part, number(p.column, 1, 100, true)]),
      ),
      decision: cell("decision") || null,
      sourceUrl,
      notes: cell("notes") || null,
    };
    if (rowIssues.length > 0) issues.push(...rowIssues);
    else rows.push(row);
  });
  return { rows, issues };
}
