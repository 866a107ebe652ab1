// The raw figures of the former provinces a merged province was made of, read from the rows of a
// CSV or Excel sheet (province, code, value and, optionally, source): the comparison base of the
// first years after the 2025 merger. Every row is checked and every problem named with its row;
// a file with any problem is refused whole.
import { clippedVi } from "../text/format-vi.js";
import { parseDecimal } from "../text/numbers.js";
import { nameInSentence } from "../text/official-names.js";
import type { ListProblem } from "./commune-list.js";
import { matchProvince, type Province, provinceByCode } from "./provinces.js";

export interface FormerFigure {
  provinceCode: string;
  /** A figure's code, or an indicator's where the value is known only from a report. */
  code: string;
  value: number;
  source: string | null;
  row: number;
}

/** What a file's codes may be: number figures, and indicators not computed from figures. */
export interface KnownCodes {
  figures: ReadonlySet<string>;
  indicators: ReadonlySet<string>;
}

const headerWords = {
  province: /^(tỉnh|tinh|tỉnh, thành phố|province)$/iu,
  code: /^(mã|ma|code|mã số liệu|mã chỉ số)$/iu,
  value: /^(giá trị|gia tri|gia_tri|value)$/iu,
  source: /^(nguồn|nguon|source)$/iu,
};
type Column = keyof typeof headerWords;

function columnsOf(header: string[]): Record<Column, number> | null {
  const find = (word: Column) =>
    header.findIndex((cell) => headerWords[word].test(cell.trim().replace(/\s+/g, " ")));
  const columns = {
    province: find("province"),
    code: find("code"),
    value: find("value"),
    source: find("source"),
  };
  return columns.province < 0 || columns.code < 0 || columns.value < 0 ? null : columns;
}

/**
 * `merged` is the province of the installation; `formers` the provinces of the 63 it was made
 * of. A row may name a former province, or the merged province itself ("Lâm Đồng (mới)": its own
 * value of a figure that cannot be summed, or of an indicator). Any other province is refused.
 */
export function readFormerFigures(
  rows: string[][],
  merged: Province,
  formers: readonly Province[],
  known: KnownCodes,
): { figures: FormerFigure[]; problems: ListProblem[] } {
  const [header, ...body] = rows;
  const columns = header ? columnsOf(header) : null;
  if (!columns)
    return {
      figures: [],
      problems: [
        {
          row: 1,
          field: "file",
          message: "Dòng đầu phải là tiêu đề có các cột “Tỉnh”, “Mã” và “Giá trị” (cột “Nguồn” nếu có)",
        },
      ],
    };
  const allowed = new Map([...formers, merged].map((p) => [p.code, p]));
  const formerNames = formers.map((p) => p.shortName).join(", ");
  const problems: ListProblem[] = [];
  const figures: FormerFigure[] = [];
  const seen = new Map<string, number>();
  body.forEach((cells, index) => {
    const row = index + 2;
    const cell = (column: number) => (column >= 0 ? (cells[column] ?? "").trim() : "");
    // A row of the blank template left without a value gives nothing; it is not an error.
    if (cells.every((c) => c.trim() === "") || cell(columns.value) === "") return;
    const before = problems.length;
    const named = cell(columns.province);
    const province = named ? provinceNamed(named) : undefined;
    const own = province && allowed.get(province.code);
    if (!named) problems.push({ row, field: "province", message: "Thiếu tên tỉnh" });
    else if (!own)
      problems.push({
        row,
        field: "province",
        message: `“${clippedVi(named)}” không phải tỉnh hợp nhất thành ${nameInSentence(merged.name)} (các tỉnh cũ: ${formerNames}; tỉnh mới ghi “${merged.shortName} (mới)”)`,
      });
    const code = cell(columns.code);
    if (!code) problems.push({ row, field: "code", message: "Thiếu mã số liệu" });
    else if (!known.figures.has(code) && !known.indicators.has(code))
      problems.push({
        row,
        field: "code",
        message: `“${clippedVi(code)}” không phải số liệu (dạng số) hay chỉ số lấy từ nguồn ngoài (khảo sát) của bộ chỉ số năm này`,
      });
    const text = cell(columns.value);
    const parsed = parseDecimal(text);
    if (!parsed.ok) problems.push({ row, field: "value", message: parsed.message });
    else if (parsed.value < 0) problems.push({ row, field: "value", message: "Giá trị không được âm" });
    const source = cell(columns.source).slice(0, 300) || null;
    if (problems.length > before || !own || !parsed.ok) return;
    const key = `${own.code}|${code}`;
    if (seen.has(key)) {
      problems.push({
        row,
        field: "code",
        message: `“${code}” của ${own.shortName} trùng với dòng ${seen.get(key)}`,
      });
      return;
    }
    seen.set(key, row);
    figures.push({ provinceCode: own.code, code, value: parsed.value, source, row });
  });
  if (figures.length === 0 && problems.length === 0)
    problems.push({ row: 2, field: "file", message: "Tệp không có dòng số liệu nào" });
  return { figures, problems };
}

const mergedSuffix = /\s*\((mới|sau sáp nhập|sau hợp nhất)\)\s*$/iu;

/**
 * A province as a file names it: by its registry code, by a name of the 63 (the years the file
 * is about), or as the merged province with "(mới)" after its name, since the merged province
 * usually keeps the name of one of the former ones ("Lâm Đồng (mới)").
 */
function provinceNamed(named: string): Province | undefined {
  if (/^VN(63|34)-/.test(named)) return provinceByCode(named);
  if (mergedSuffix.test(named)) return matchProvince(named.replace(mergedSuffix, ""), "34");
  return matchProvince(named, "63") ?? matchProvince(named, "34");
}
