// Reading a national list annex (the rows of its sheet as text) and picking out the province's
// facilities by their address: the last part of the address that names a province, in its old
// (63) or new (34) form; a facility listed under a former province of a merged one belongs to it.
// Errors are given by row and column, only for the rows the province takes (the other provinces'
// rows are counted, not judged); a file with any error imports nothing.
import { matchProvince, type Province, provinceKey } from "../org/provinces.js";
import { type AnnexColumn, annexColumns, findHeader } from "./annex-columns.js";
import { type Ministry, readMinistry, readSector, type Sector } from "./vocabulary.js";

export interface AnnexRow {
  /** The spreadsheet row (1-based), for errors and for the listing's place. */
  line: number;
  number: string | null;
  name: string;
  taxCode: string | null;
  address: string;
  /** The province the address names, of the 63 or the 34. */
  listedProvinceCode: string;
  sector: Sector;
  subSector: string | null;
  ministry: Ministry;
}

export interface AnnexIssue {
  row: number;
  column: string;
  message: string;
}

export interface AnnexReading {
  rows: AnnexRow[];
  issues: AnnexIssue[];
  /** Facility rows read in the whole file. */
  total: number;
  /** Rows of other provinces: not errors, not taken. */
  outside: number;
  /** Rows whose address names no province: not taken, shown so the department can check them. */
  unplaced: { row: number; name: string; address: string }[];
  /** The ministries the file's rows name: a facility of the province under one of them that the file leaves out is removed. */
  ministries: Ministry[];
}

const segmentCache = new Map<string, Province | null>();

/** The province an address names: its last comma-separated part that is a province's name. */
export function provinceOfAddress(address: string): Province | undefined {
  const parts = address.split(/[,;]/);
  for (let i = parts.length - 1; i >= 0; i--) {
    const key = provinceKey(parts[i] ?? "");
    if (!key) continue;
    let found = segmentCache.get(key);
    if (found === undefined) {
      found = matchProvince(key, "63") ?? matchProvince(key, "34") ?? null;
      segmentCache.set(key, found);
    }
    if (found) return found;
  }
  return undefined;
}

/** Whether a province (of either era) is, or became part of, the province of the 34. */
export const belongsTo = (listed: Province, own: Province) =>
  listed.code === own.code || listed.successorCode === own.code;

export function readAnnex(
  sheet: string[][],
  options: { province: Province; ministry?: Ministry },
): AnnexReading {
  const reading: AnnexReading = { rows: [], issues: [], total: 0, outside: 0, unplaced: [], ministries: [] };
  const header = findHeader(sheet);
  if (!header) {
    reading.issues.push({
      row: 1,
      column: annexColumns.name,
      message: `Không tìm thấy dòng tiêu đề có cột “${annexColumns.name}” và cột “${annexColumns.address}” trong 15 dòng đầu`,
    });
    return reading;
  }
  const { map } = header;
  const at = (cells: string[], column: AnnexColumn) =>
    map[column] === undefined ? "" : (cells[map[column]!] ?? "").replace(/\s+/g, " ").trim();
  if (map.sector === undefined)
    reading.issues.push({
      row: header.index + 1,
      column: annexColumns.sector,
      message: `Thiếu cột “${annexColumns.sector}” (hoặc “Lĩnh vực/Phân ngành”)`,
    });
  if (reading.issues.length) return reading;

  // A heading above the header or between rows ("PHỤ LỤC II … BỘ CÔNG THƯƠNG") names the ministry of the rows after it.
  let ministry: Ministry | undefined = options.ministry;
  for (const cells of sheet.slice(0, header.index)) ministry = readMinistry(cells.join(" ")) ?? ministry;
  const ministries = new Set<Ministry>();
  const taxLines = new Map<string, number>();

  for (let index = header.index + 1; index < sheet.length; index++) {
    const cells = sheet[index] ?? [];
    const line = index + 1;
    const name = at(cells, "name");
    const address = at(cells, "address");
    const taxCode = at(cells, "taxCode").replace(/\s+/g, "") || null;
    if (!name && !address && !taxCode) {
      const heading = cells.join(" ").trim();
      if (heading) ministry = readMinistry(heading) ?? ministry;
      continue;
    }
    if (!address && !taxCode) {
      ministry = readMinistry(name) ?? ministry;
      continue;
    }
    reading.total++;
    const cellMinistry = at(cells, "ministry");
    const rowMinistry = cellMinistry ? readMinistry(cellMinistry) : ministry;
    if (rowMinistry) ministries.add(rowMinistry);
    const listed = address ? provinceOfAddress(address) : undefined;
    if (!listed) {
      reading.unplaced.push({ row: line, name, address });
      continue;
    }
    if (!belongsTo(listed, options.province)) {
      reading.outside++;
      continue;
    }
    const issue = (column: AnnexColumn, message: string) =>
      reading.issues.push({ row: line, column: annexColumns[column], message });
    if (!name) issue("name", "Thiếu tên cơ sở");
    const sectorCell = at(cells, "sector");
    const sector = readSector(sectorCell);
    if (!sector)
      issue(
        "sector",
        sectorCell
          ? `Lĩnh vực “${sectorCell}” không thuộc sáu lĩnh vực của Nghị định 06/2022/NĐ-CP`
          : "Thiếu lĩnh vực",
      );
    if (!rowMinistry)
      issue(
        "ministry",
        cellMinistry ? `Không nhận ra Bộ quản lý “${cellMinistry}”` : "Không rõ Bộ quản lý của cơ sở",
      );
    if (taxCode) {
      const first = taxLines.get(taxCode);
      if (first !== undefined) issue("taxCode", `Mã số thuế ${taxCode} trùng với dòng ${first}`);
      else taxLines.set(taxCode, line);
    }
    if (!name || !sector || !rowMinistry) continue;
    reading.rows.push({
      line,
      number: at(cells, "number") || null,
      name,
      taxCode,
      address,
      listedProvinceCode: listed.code,
      sector: sector.sector,
      subSector: at(cells, "subSector") || sector.subSector,
      ministry: rowMinistry,
    });
  }
  reading.ministries = [...ministries];
  return reading;
}
