// The province's communes, wards and special zones as the official list gives them (code, name,
// type, and often the province), read from the rows of a CSV or Excel sheet. Every row is checked
// and every problem named with its row; a list with any problem is refused whole.
import { slugify } from "../text/slug.js";
import { matchProvince } from "./provinces.js";

export type CommuneType = "xa" | "phuong" | "dac_khu";

export const communeTypeNames: Record<CommuneType, string> = {
  xa: "Xã",
  phuong: "Phường",
  dac_khu: "Đặc khu",
};

export interface CommuneRow {
  /** The official code (five digits in the national list), leading zeros kept. */
  code: string;
  /** The full name as the official list writes it: "Phường Trung Tâm", "Đặc khu Phú Quốc". */
  name: string;
  type: CommuneType;
  /** Its row in the file, counting the header as row 1. */
  row: number;
}

export interface ListProblem {
  /** The row in the file, counting the header as row 1. */
  row: number;
  field: "code" | "name" | "type" | "province" | "file" | "value";
  message: string;
}

const headerWords: Record<"code" | "name" | "type" | "province", RegExp> = {
  code: /^(mã|ma|code)(\s*(xã|đơn vị|dvhc|đvhc|xa))?$/iu,
  name: /^(tên|ten|name)(\s*(xã|đơn vị|dvhc|đvhc|xa))?$/iu,
  type: /^(loại|loai|cấp|cap|type|loại hình)$/iu,
  province: /^(tỉnh|tinh|tên tỉnh|tỉnh, thành phố|province)$/iu,
};

const typeOf = (text: string): CommuneType | null => {
  const key = slugify(text);
  if (key === "xa") return "xa";
  if (key === "phuong") return "phuong";
  if (key === "dac-khu") return "dac_khu";
  return null;
};

const startsWithType = /^(xã|phường|đặc khu)\s+/iu;

/** "26734" as Excel may have turned it into a number (26734) or dropped its zeros ("4" → "00004"). */
function normaliseCode(text: string): string {
  const code = text.trim();
  return /^\d{1,5}$/.test(code) ? code.padStart(5, "0") : code;
}

/** Which column holds what, from the header row; null when the header lacks code, name or type. */
function columnsOf(header: string[]): Record<keyof typeof headerWords, number> | null {
  const find = (word: keyof typeof headerWords) =>
    header.findIndex((cell) => headerWords[word].test(cell.trim().replace(/\s+/g, " ")));
  const columns = { code: find("code"), name: find("name"), type: find("type"), province: find("province") };
  return columns.code < 0 || columns.name < 0 || columns.type < 0 ? null : columns;
}

export function readCommuneList(
  rows: string[][],
  /** The province the list must belong to, checked where the list names one. */
  province: { code: string; name: string },
  /** Codes already in the registry: a second import of one is refused, not duplicated. */
  existingCodes: ReadonlySet<string> = new Set(),
): { communes: CommuneRow[]; problems: ListProblem[] } {
  const [header, ...body] = rows;
  const columns = header ? columnsOf(header) : null;
  if (!columns)
    return {
      communes: [],
      problems: [
        {
          row: 1,
          field: "file",
          message: "Dòng đầu phải là tiêu đề có các cột “Mã”, “Tên” và “Loại” (xã, phường, đặc khu)",
        },
      ],
    };
  const problems: ListProblem[] = [];
  const communes: CommuneRow[] = [];
  const seen = new Map<string, number>();
  body.forEach((cells, index) => {
    const row = index + 2;
    const cell = (column: number) => (column >= 0 ? (cells[column] ?? "").trim() : "");
    if (cells.every((c) => c.trim() === "")) return;
    const code = normaliseCode(cell(columns.code));
    const rawName = cell(columns.name).replace(/\s+/g, " ");
    const type = typeOf(cell(columns.type));
    const before = problems.length;
    if (!code) problems.push({ row, field: "code", message: "Thiếu mã" });
    else if (!/^[A-Za-z0-9]{1,12}$/.test(code))
      problems.push({ row, field: "code", message: `Mã “${code}” chỉ gồm chữ không dấu và số` });
    else if (seen.has(code))
      problems.push({ row, field: "code", message: `Mã “${code}” trùng với dòng ${seen.get(code)}` });
    else if (existingCodes.has(code))
      problems.push({ row, field: "code", message: `Mã “${code}” đã có trong danh mục` });
    if (!rawName) problems.push({ row, field: "name", message: "Thiếu tên" });
    else if (rawName.length > 150) problems.push({ row, field: "name", message: "Tên dài quá 150 ký tự" });
    if (!type)
      problems.push({
        row,
        field: "type",
        message: `Loại “${cell(columns.type)}” không phải xã, phường hay đặc khu`,
      });
    const named = startsWithType.exec(rawName)?.[1];
    if (named && type && typeOf(named) !== type)
      problems.push({
        row,
        field: "type",
        message: `Tên “${rawName}” không khớp với loại “${cell(columns.type)}”`,
      });
    const listed = cell(columns.province);
    if (listed && matchProvince(listed, "34")?.code !== province.code)
      problems.push({ row, field: "province", message: `Thuộc “${listed}”, không phải ${province.name}` });
    if (code) seen.set(code, seen.get(code) ?? row);
    if (problems.length > before || !type) return;
    // The official name carries its type ("Phường Trung Tâm"); a list that gives it apart is joined.
    const name = startsWithType.test(rawName)
      ? rawName.replace(startsWithType, `${communeTypeNames[type]} `)
      : `${communeTypeNames[type]} ${rawName}`;
    communes.push({ code, name, type, row });
  });
  if (communes.length === 0 && problems.length === 0)
    problems.push({ row: 2, field: "file", message: "Danh sách không có xã, phường nào" });
  return { communes, problems };
}
