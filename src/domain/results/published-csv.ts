// Published results of other bodies (the Ministry's PEPI tables, VCCI's PGI), read from CSV with
// their source. Every problem names its row and column; rows with problems are not imported.
// Provinces are matched to the registry (63 until 2024, 34 from 2025) whatever their spelling;
// an unknown name is refused with the nearest names, and a second row of the same year and
// province is refused unless the import asks for rows to be combined.
import { eraOfYear, matchProvince, nearestProvinces } from "../org/provinces.js";
import { parseCsv } from "../text/csv.js";
import { parseDecimal } from "../text/numbers.js";

export interface RowIssue {
  row: number;
  column: string;
  message: string;
}

export interface PublishedRow {
  year: number;
  /** The registry's short name ("Hồ Chí Minh", "Huế"), whatever the file wrote. */
  province: string;
  provinceCode: string;
  /** The row of the file it was read from (the first, for rows combined). */
  line: number;
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
  partRankColumns: ["1", "2", "3", "4"].map((n) => ({ column: `sub${n}_rank`, part: `PGI${n}` })),
};

const totalColumns = ["total_score", "total"];

export function parsePublishedCsv(
  text: string,
  layout: CsvLayout,
  options: { combine?: boolean } = {},
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
  /** The first row read of each year and province. */
  const firstSeen = new Map<string, PublishedRow>();
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
    const provinceName = cell("province");
    const province =
      year === null || !provinceName ? undefined : matchProvince(provinceName, eraOfYear(year));
    if (!provinceName) rowIssues.push({ row: rowNumber, column: "province", message: "Thiếu tên tỉnh" });
    else if (year !== null && !province)
      rowIssues.push({
        row: rowNumber,
        column: "province",
        message: `Không có tỉnh, thành phố “${provinceName}” trong danh mục ${eraOfYear(year)} tỉnh năm ${year}; gần nhất: ${nearestProvinces(provinceName, eraOfYear(year)).join(", ")}`,
      });
    const sourceUrl = cell("source_url");
    if (!sourceUrl) rowIssues.push({ row: rowNumber, column: "source_url", message: "Thiếu nguồn công bố" });
    const row: PublishedRow = {
      year: year ?? 0,
      province: province?.shortName ?? provinceName,
      provinceCode: province?.code ?? "",
      line: rowNumber,
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
    if (rowIssues.length > 0) {
      issues.push(...rowIssues);
      return;
    }
    const key = `${row.year}|${row.provinceCode}`;
    const earlier = firstSeen.get(key);
    if (!earlier) {
      firstSeen.set(key, row);
      rows.push(row);
      return;
    }
    const { merged, conflicts } = combinePublished(earlier, row, layout);
    if (options.combine && conflicts.length === 0) Object.assign(earlier, merged);
    else
      issues.push({
        row: rowNumber,
        column: conflicts[0] ?? "province",
        message: options.combine
          ? `Không gộp được với dòng ${earlier.line} (${row.province} năm ${row.year}): khác nhau ở cột ${conflicts.join(", ")}`
          : `${row.province} năm ${row.year} đã có ở dòng ${earlier.line}; chọn gộp các dòng nếu chúng bổ sung cho nhau`,
      });
  });
  return { rows, issues };
}

/** What a published row holds: the figures that two rows of one province and year may differ on. */
export type PublishedFigures = Pick<PublishedRow, "total" | "rank" | "band" | "parts" | "partRanks">;

/**
 * `base` completed with what `extra` adds (a total from one source, a group II score from
 * another), and the file's columns where both hold different values.
 */
export function combinePublished<T extends PublishedFigures & Partial<PublishedRow>>(
  base: T,
  extra: PublishedFigures & Partial<PublishedRow>,
  layout: CsvLayout,
): { merged: T; conflicts: string[] } {
  const conflicts: string[] = [];
  const differ = (a: unknown, b: unknown) => a != null && b != null && a !== b;
  if (differ(base.total, extra.total)) conflicts.push("total_score");
  if (differ(base.rank, extra.rank)) conflicts.push("rank");
  if (differ(base.band, extra.band)) conflicts.push("rating_band");
  for (const p of layout.partColumns)
    if (differ(base.parts[p.part], extra.parts[p.part])) conflicts.push(p.column);
  for (const p of layout.partRankColumns)
    if (differ(base.partRanks[p.part], extra.partRanks[p.part])) conflicts.push(p.column);
  const pick = <V>(a: V | null | undefined, b: V | null | undefined) => a ?? b ?? null;
  const keyed = (a: Record<string, number | null>, b: Record<string, number | null>) =>
    Object.fromEntries(
      [...new Set([...Object.keys(a), ...Object.keys(b)])].map((k) => [k, pick(a[k], b[k])]),
    );
  const distinct = (...texts: (string | null | undefined)[]) =>
    texts.filter((s, i) => s && texts.indexOf(s) === i).join(" | ");
  const merged: T = {
    ...base,
    total: pick(base.total, extra.total),
    rank: pick(base.rank, extra.rank),
    band: pick(base.band, extra.band),
    parts: keyed(base.parts, extra.parts),
    partRanks: keyed(base.partRanks, extra.partRanks),
    decision: pick(base.decision, extra.decision),
    sourceUrl: distinct(base.sourceUrl, extra.sourceUrl),
    notes: distinct(base.notes, extra.notes) || null,
  };
  return { merged, conflicts };
}
