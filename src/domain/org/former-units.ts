// The former districts and communes of a merged province (before 1 July 2025) with the commune,
// ward or special zone each became part of, read from the rows of a CSV or Excel sheet: one row
// per former commune. Every row is checked and every problem named with its row; a file with
// any problem is refused whole.
import { clippedVi } from "../text/format-vi.js";
import type { ListProblem } from "./commune-list.js";

/** Codes of the former units, apart from the current communes' (the national codes were reissued). */
export const formerDistrictCode = (provinceCode: string, code: string) => `${provinceCode}-huyen-${code}`;
export const formerCommuneCode = (provinceCode: string, code: string) => `${provinceCode}-xa-cu-${code}`;

export interface FormerCommuneRow {
  districtCode: string;
  districtName: string;
  code: string;
  name: string;
  /** The official code of the commune it became part of. */
  successorCode: string;
  row: number;
}

const headerWords = {
  districtCode: /^(mã huyện( cũ)?|ma huyen( cu)?|district code)$/iu,
  districtName: /^(tên huyện( cũ)?|ten huyen( cu)?|huyện( cũ)?|district)$/iu,
  code: /^(mã xã( cũ)?|ma xa( cu)?|commune code)$/iu,
  name: /^(tên xã( cũ)?|ten xa( cu)?|xã( cũ)?|commune)$/iu,
  successorCode: /^(mã xã mới|ma xa moi|mã đơn vị mới|successor code)$/iu,
};
type Column = keyof typeof headerWords;

/** "26734" as Excel may have turned it into a number or dropped its leading zeros. */
const officialCode = (text: string, digits: number) => {
  const code = text.trim();
  return /^\d+$/.test(code) && code.length < digits ? code.padStart(digits, "0") : code;
};

export function readFormerUnits(
  rows: string[][],
  /** Official codes of the province's communes now, which a former one must have become part of. */
  currentCodes: ReadonlySet<string>,
  /** Former communes already recorded: a second import of one is refused, not duplicated. */
  existingCodes: ReadonlySet<string> = new Set(),
  /** Former districts already recorded, code → name: one keeps its name. */
  existingDistricts: ReadonlyMap<string, string> = new Map(),
): { communes: FormerCommuneRow[]; problems: ListProblem[] } {
  const [header, ...body] = rows;
  const find = (word: Column) =>
    (header ?? []).findIndex((cell) => headerWords[word].test(cell.trim().replace(/\s+/g, " ")));
  const columns = Object.fromEntries(
    (Object.keys(headerWords) as Column[]).map((word) => [word, find(word)]),
  ) as Record<Column, number>;
  if (Object.values(columns).some((c) => c < 0))
    return {
      communes: [],
      problems: [
        {
          row: 1,
          field: "file",
          message:
            "Dòng đầu phải là tiêu đề có các cột “Mã huyện cũ”, “Tên huyện cũ”, “Mã xã cũ”, “Tên xã cũ” và “Mã xã mới”",
        },
      ],
    };
  const problems: ListProblem[] = [];
  const communes: FormerCommuneRow[] = [];
  const seen = new Map<string, number>();
  const districtNames = new Map<string, { name: string; row: number }>();
  body.forEach((cells, index) => {
    const row = index + 2;
    const cell = (column: number) => (cells[column] ?? "").trim().replace(/\s+/g, " ");
    if (cells.every((c) => c.trim() === "")) return;
    const before = problems.length;
    const districtCode = officialCode(cell(columns.districtCode), 3);
    const districtName = cell(columns.districtName);
    const code = officialCode(cell(columns.code), 5);
    const name = cell(columns.name);
    const successorCode = officialCode(cell(columns.successorCode), 5);
    if (!districtCode) problems.push({ row, field: "code", message: "Thiếu mã huyện cũ" });
    else if (!/^[A-Za-z0-9]{1,12}$/.test(districtCode))
      problems.push({
        row,
        field: "code",
        message: `Mã huyện “${clippedVi(districtCode)}” chỉ gồm chữ không dấu và số`,
      });
    if (!districtName) problems.push({ row, field: "name", message: "Thiếu tên huyện cũ" });
    else if (districtName.length > 150)
      problems.push({ row, field: "name", message: "Tên huyện dài quá 150 ký tự" });
    if (!code) problems.push({ row, field: "code", message: "Thiếu mã xã cũ" });
    else if (!/^[A-Za-z0-9]{1,12}$/.test(code))
      problems.push({ row, field: "code", message: `Mã “${clippedVi(code)}” chỉ gồm chữ không dấu và số` });
    else if (seen.has(code))
      problems.push({ row, field: "code", message: `Mã xã cũ “${code}” trùng với dòng ${seen.get(code)}` });
    else if (existingCodes.has(code))
      problems.push({ row, field: "code", message: `Xã cũ mã “${code}” đã có trong danh mục` });
    if (!name) problems.push({ row, field: "name", message: "Thiếu tên xã cũ" });
    else if (name.length > 150) problems.push({ row, field: "name", message: "Tên xã dài quá 150 ký tự" });
    if (!successorCode) problems.push({ row, field: "code", message: "Thiếu mã xã mới" });
    else if (!currentCodes.has(successorCode))
      problems.push({
        row,
        field: "code",
        message: `Mã xã mới “${clippedVi(successorCode)}” không có trong danh sách xã, phường, đặc khu đã nạp của tỉnh`,
      });
    const recorded = existingDistricts.get(districtCode);
    const named =
      districtNames.get(districtCode) ?? (recorded === undefined ? undefined : { name: recorded, row: 0 });
    if (districtCode && districtName && named && named.name !== districtName)
      problems.push({
        row,
        field: "name",
        message: `Huyện mã “${districtCode}” ${
          named.row ? `ở dòng ${named.row}` : "đã có trong danh mục"
        } tên là “${named.name}”, không phải “${clippedVi(districtName)}”`,
      });
    if (code) seen.set(code, seen.get(code) ?? row);
    if (districtCode && districtName && !named) districtNames.set(districtCode, { name: districtName, row });
    if (problems.length > before) return;
    communes.push({ districtCode, districtName, code, name, successorCode, row });
  });
  if (communes.length === 0 && problems.length === 0)
    problems.push({ row: 2, field: "file", message: "Tệp không có xã cũ nào" });
  return { communes, problems };
}
