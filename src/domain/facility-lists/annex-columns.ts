// The header of a list annex: which column holds what, whatever the wording of the decision or
// of the spreadsheet someone retyped ("Tên cơ sở", "Tên doanh nghiệp", "MST", "Lĩnh vực/Phân ngành").
import { plainText } from "./vocabulary.js";

export const annexColumns = {
  number: "STT",
  name: "Tên cơ sở",
  taxCode: "Mã số thuế",
  address: "Địa chỉ",
  sector: "Lĩnh vực",
  subSector: "Phân ngành",
  ministry: "Bộ quản lý",
} as const;
export type AnnexColumn = keyof typeof annexColumns;

const wordings: [AnnexColumn, RegExp][] = [
  ["number", /^(stt|tt|so tt|so thu tu)$/],
  ["taxCode", /^(ma so thue|mst|ma so doanh nghiep|ma so thue ma so doanh nghiep)\b/],
  ["name", /^(ten co so|ten doanh nghiep|ten don vi|ten cong ty|co so)\b/],
  ["address", /^(dia chi|dia diem)\b/],
  ["ministry", /^(bo quan ly|bo chu quan|co quan quan ly|bo nganh)\b/],
  ["sector", /^(linh vuc|nganh)\b/],
  ["subSector", /^(phan nganh|tieu linh vuc|loai hinh)\b/],
];

export type ColumnMap = Partial<Record<AnnexColumn, number>>;

/** The columns a header row names; a "Lĩnh vực/Phân ngành" column is the sector (its cells carry both). */
export function readHeader(cells: string[]): ColumnMap {
  const map: ColumnMap = {};
  cells.forEach((cell, index) => {
    const key = plainText(cell).replace(/\//g, " ").replace(/\s+/g, " ");
    const found = wordings.find(([column, pattern]) => map[column] === undefined && pattern.test(key));
    if (found) map[found[0]] = index;
  });
  return map;
}

/** The first of the top rows that names both the facility and its address: the header. */
export function findHeader(rows: string[][], within = 15): { index: number; map: ColumnMap } | undefined {
  for (let index = 0; index < Math.min(rows.length, within); index++) {
    const map = readHeader(rows[index] ?? []);
    if (map.name !== undefined && map.address !== undefined) return { index, map };
  }
  return undefined;
}
