// Published results of other bodies (the Ministry's PEPI tables, VCCI's PGI), read from CSV or
// the first sheet of a workbook, with their source. Every problem names its row and column; rows
// with problems are not imported. A rank is a place among the year's provinces (1–63 until 2024,
// 1–34 from 2025); a rank left empty was not published. A PGI total that is not the sum of its
// sub-indices beyond rounding is flagged and kept as published, never recomputed.
// Provinces are matched to the registry (63 until 2024, 34 from 2025) whatever their spelling;
// an unknown name is refused with the nearest names, and a second row of the same year and
// province is refused unless the import asks for rows to be combined.
import { eraOfYear, matchProvince, nearestProvinces } from "../org/provinces.js";
import { detectSeparator, parseCsv } from "../text/csv.js";
import { formatNumberVi } from "../text/format-vi.js";
import { parseDecimal } from "../text/numbers.js";
import { totalSumGap } from "./total-sum.js";

export interface RowIssue {
  row: number;
  column: string;
  message: string;
}

/** PGI: the components under a sub-index where VCCI publishes them, `{ PGI3: { "Mua sắm công xanh": 5.1 } }`. */
export type PublishedComponents = Record<string, Record<string, number>>;

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
  components: PublishedComponents;
  decision: string | null;
  sourceUrl: string;
  notes: string | null;
}

export interface CsvLayout {
  kind: "pepi" | "pgi";
  totalMax: number;
  partColumns: { column: string; part: string; max: number }[];
  partRankColumns: { column: string; part: string }[];
  /** The total is the sum of the parts (PGI): a published total further from it than rounding is flagged. */
  totalIsSumOfParts?: boolean;
  /** Columns `<part column>.<name>` hold the components of a part, on the part's scale (PGI). */
  components?: boolean;
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
  totalIsSumOfParts: true,
  components: true,
};

const totalColumns = ["total_score", "total"];
/** Longest name of a component (its column is `sub<N>.<name>`), and most component columns in a file. */
export const componentNameMax = 200;
export const componentColumnsMax = 100;
/** Longest text of a cell: a source (several links), a decision, a note. */
const textCellMax = 2000;
/** What VCCI and the press write in a cell of a figure not published ("N/A": not ranked). */
const notPublished = /^(n\/?a|-|–|—|không công bố)$/i;
const countWords: Record<number, string> = { 2: "hai", 3: "ba", 4: "bốn" };

/** A component's name as VCCI writes it, spaces and Unicode form evened out. */
export const componentName = (name: string) => name.normalize("NFC").replace(/\s+/g, " ").trim();

/** The published rows of a CSV text: comma or semicolon separated (Vietnamese Excel writes ";"), a BOM dropped. */
export function parsePublishedCsv(
  text: string,
  layout: CsvLayout,
  options: { combine?: boolean } = {},
): PublishedParse {
  const clean = text.replace(/^\uFEFF/, "");
  return parsePublishedTable(parseCsv(clean, detectSeparator(clean)), layout, options);
}

export interface PublishedParse {
  rows: PublishedRow[];
  /** Problems that refuse the file. */
  issues: RowIssue[];
  /** What is imported as published but flagged: a total that is not its parts' sum. */
  warnings: RowIssue[];
  /** The column the total was read from ("total_score" or "total"). */
  totalColumn: string;
}

/**
 * The published rows of a table read from a CSV file or the first sheet of a workbook: the
 * header is its first row that is not empty, and a row's number is its place in the table plus
 * one (the row the sheet shows). Empty rows are skipped.
 */
export function parsePublishedTable(
  table: string[][],
  layout: CsvLayout,
  options: { combine?: boolean } = {},
): PublishedParse {
  const isEmpty = (cells: string[] | undefined) => !cells || cells.every((c) => (c ?? "").trim() === "");
  const headerIndex = Math.max(
    0,
    table.findIndex((cells) => !isEmpty(cells)),
  );
  const headerRow = headerIndex + 1;
  const header = (table[headerIndex] ?? []).map((h) => (h ?? "").trim());
  const issues: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const totalColumn = totalColumns.find((c) => header.includes(c)) ?? "total_score";
  for (const required of ["year", "province", "source_url"]) {
    if (!header.includes(required))
      issues.push({ row: headerRow, column: required, message: "Thiếu cột bắt buộc" });
  }
  if (!totalColumns.some((c) => header.includes(c)))
    issues.push({
      row: headerRow,
      column: "total_score",
      message: "Thiếu cột tổng điểm (total_score hoặc total)",
    });
  const components = componentColumns(header, layout, headerRow, issues);
  if (issues.length > 0) return { rows: [], issues, warnings, totalColumn };

  const indexOf = new Map<string, number>();
  header.forEach((h, i) => {
    if (h && !indexOf.has(h)) indexOf.set(h, i);
  });
  const rows: PublishedRow[] = [];
  /** The first row read of each year and province. */
  const firstSeen = new Map<string, PublishedRow>();
  table.forEach((cells, index) => {
    if (index <= headerIndex || isEmpty(cells)) return;
    const rowNumber = index + 1;
    const at = (i: number | undefined) => (i === undefined ? "" : (cells[i] ?? "").trim());
    const cell = (column: string) => at(indexOf.get(column));
    const rowIssues: RowIssue[] = [];
    const number = (
      column: string,
      min: number,
      max: number,
      options: { integer?: boolean; index?: number; describe?: (raw: string) => string } = {},
    ): number | null => {
      const raw = options.index === undefined ? cell(column) : at(options.index);
      if (raw === "" || (column !== "year" && notPublished.test(raw))) return null;
      const parsed = parseDecimal(raw, { preferDecimalPoint: true });
      if (!parsed.ok) {
        rowIssues.push({ row: rowNumber, column, message: parsed.message });
        return null;
      }
      if (parsed.value < min || parsed.value > max || (options.integer && !Number.isInteger(parsed.value))) {
        const kind = options.integer ? "số nguyên" : "số";
        rowIssues.push({
          row: rowNumber,
          column,
          message: options.describe?.(raw) ?? `Phải là ${kind} từ ${min} đến ${max}, không phải ${raw}`,
        });
        return null;
      }
      return parsed.value;
    };
    const text = (column: string): string => {
      const value = cell(column);
      if (value.length <= textCellMax) return value;
      rowIssues.push({
        row: rowNumber,
        column,
        message: `Dài ${value.length} ký tự, quá ${textCellMax} ký tự cho phép`,
      });
      return "";
    };
    const year = number("year", 2000, 2100, { integer: true });
    if (year === null && !rowIssues.some((i) => i.column === "year")) {
      rowIssues.push({ row: rowNumber, column: "year", message: "Thiếu năm" });
    }
    // Ranks are places among the provinces of the year: 63 until 2024, 34 from 2025.
    const ranked = year === null ? 63 : Number(eraOfYear(year));
    const rank = (column: string) =>
      number(column, 1, ranked, {
        integer: true,
        describe: (raw) =>
          year === null
            ? `Hạng phải là số nguyên từ 1 đến ${ranked}, không phải ${raw}`
            : `Hạng phải là số nguyên từ 1 đến ${ranked} (năm ${year} xếp hạng ${ranked} tỉnh, thành phố), không phải ${raw}`,
      });
    const provinceName = cell("province");
    const province =
      year === null || !provinceName ? undefined : matchProvince(provinceName, eraOfYear(year));
    if (!provinceName) rowIssues.push({ row: rowNumber, column: "province", message: "Thiếu tên tỉnh" });
    else if (year !== null && !province)
      rowIssues.push({
        row: rowNumber,
        column: "province",
        message: `Không có tỉnh, thành phố “${provinceName.slice(0, 100)}” trong danh mục ${eraOfYear(year)} tỉnh năm ${year}; gần nhất: ${nearestProvinces(provinceName, eraOfYear(year)).join(", ")}`,
      });
    const sourceUrl = text("source_url");
    if (!sourceUrl && !rowIssues.some((i) => i.column === "source_url"))
      rowIssues.push({ row: rowNumber, column: "source_url", message: "Thiếu nguồn công bố" });
    const readComponents = () => {
      const values: PublishedComponents = {};
      for (const c of components) {
        const value = number(c.column, 0, c.max, { index: c.index });
        if (value === null) continue;
        values[c.part] ??= {};
        values[c.part]![c.name] = value;
      }
      return values;
    };
    const row: PublishedRow = {
      year: year ?? 0,
      province: province?.shortName ?? provinceName,
      provinceCode: province?.code ?? "",
      line: rowNumber,
      total: number(totalColumn, 0, layout.totalMax),
      rank: rank("rank"),
      band: text("rating_band") || null,
      parts: Object.fromEntries(layout.partColumns.map((p) => [p.part, number(p.column, 0, p.max)])),
      partRanks: Object.fromEntries(layout.partRankColumns.map((p) => [p.part, rank(p.column)])),
      components: readComponents(),
      decision: text("decision") || null,
      sourceUrl,
      notes: text("notes") || null,
    };
    if (rowIssues.length > 0) {
      // In the order of the file's columns, as a person reads the row.
      const place = (column: string) => indexOf.get(column) ?? header.length;
      issues.push(...rowIssues.sort((a, b) => place(a.column) - place(b.column)));
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
  for (const row of rows) {
    const message = totalSumWarning(row, layout);
    if (message) warnings.push({ row: row.line, column: totalColumn, message });
  }
  return { rows, issues, warnings, totalColumn };
}

interface ComponentColumn {
  index: number;
  /** The header as the file wrote it. */
  column: string;
  part: string;
  name: string;
  max: number;
}

/**
 * The columns `sub<N>.<name>` of a layout with components: the part they belong to, the name as
 * VCCI writes it (bounded) and the part's scale. A column of a part the index does not have, a
 * name missing or too long, or the same component twice is a problem of the header row.
 */
function componentColumns(
  header: string[],
  layout: CsvLayout,
  headerRow: number,
  issues: RowIssue[],
): ComponentColumn[] {
  if (!layout.components) return [];
  const found: ComponentColumn[] = [];
  const seen = new Map<string, string>();
  header.forEach((column, index) => {
    const dot = column.indexOf(".");
    if (dot < 0) return;
    const prefix = column.slice(0, dot).trim();
    const part = layout.partColumns.find((p) => p.column === prefix);
    const problem = (message: string) => {
      issues.push({ row: headerRow, column: column.slice(0, 60), message });
    };
    if (!part) {
      if (/^sub\d+$/i.test(prefix))
        problem(
          `Không có chỉ số thành phần “${prefix}”; cột thành phần phải bắt đầu bằng ${layout.partColumns.map((p) => p.column).join(", ")}`,
        );
      return;
    }
    const name = componentName(column.slice(dot + 1));
    const key = `${part.part}|${name.toLocaleLowerCase("vi")}`;
    const earlier = seen.get(key);
    const refusal = !name
      ? `Thiếu tên thành phần sau “${prefix}.”`
      : name.length > componentNameMax
        ? `Tên thành phần dài ${name.length} ký tự, quá ${componentNameMax} ký tự cho phép`
        : earlier !== undefined
          ? `Trùng với cột “${earlier}”`
          : null;
    if (refusal) problem(refusal);
    else {
      seen.set(key, column);
      found.push({ index, column, part: part.part, name, max: part.max });
    }
  });
  if (found.length > componentColumnsMax)
    issues.push({
      row: headerRow,
      column: found[componentColumnsMax]!.column.slice(0, 60),
      message: `Tệp có ${found.length} cột thành phần, quá ${componentColumnsMax} cột cho phép`,
    });
  return found;
}

/**
 * For a layout whose total is the sum of its parts (PGI): a message when the published total
 * differs from the sum of its parts by more than their rounding explains. The published total is
 * kept as it is; nothing is recomputed.
 */
export function totalSumWarning(
  figures: Pick<PublishedRow, "total" | "parts">,
  layout: CsvLayout,
): string | null {
  if (!layout.totalIsSumOfParts) return null;
  const parts = layout.partColumns.map((p) => figures.parts[p.part] ?? null);
  const found = totalSumGap(figures.total, parts);
  if (!found || figures.total === null) return null;
  const count = countWords[parts.length] ?? String(parts.length);
  return `Tổng điểm công bố ${formatNumberVi(figures.total, 2)} khác tổng ${count} chỉ số thành phần ${formatNumberVi(found.sum, 2)} (chênh ${formatNumberVi(found.gap, 2)}); giữ nguyên số công bố`;
}

/** What a published row holds: the figures that two rows of one province and year may differ on. */
export type PublishedFigures = Pick<
  PublishedRow,
  "total" | "rank" | "band" | "parts" | "partRanks" | "components"
>;

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
  const partColumn = (part: string) => layout.partColumns.find((p) => p.part === part)?.column ?? part;
  for (const [part, names] of Object.entries(extra.components ?? {}))
    for (const [name, value] of Object.entries(names))
      if (differ(base.components?.[part]?.[name], value)) conflicts.push(`${partColumn(part)}.${name}`);
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
    components: mergeComponents(base.components ?? {}, extra.components ?? {}),
    decision: pick(base.decision, extra.decision),
    sourceUrl: distinct(base.sourceUrl, extra.sourceUrl),
    notes: distinct(base.notes, extra.notes) || null,
  };
  return { merged, conflicts };
}

/** The components of `base`, completed with those only `extra` has. */
function mergeComponents(base: PublishedComponents, extra: PublishedComponents): PublishedComponents {
  const merged: PublishedComponents = {};
  for (const part of new Set([...Object.keys(base), ...Object.keys(extra)]))
    merged[part] = { ...extra[part], ...base[part] };
  return merged;
}
