// The words of the national greenhouse-gas facility lists (QĐ 01/2022/QĐ-TTg, QĐ 13/2024/QĐ-TTg):
// the six sectors of Nghị định 06/2022/NĐ-CP, the managing ministries of the annexes, the
// thresholds that put a facility on a list and the sectors that get quotas first
// (Nghị định 119/2025/NĐ-CP). Text from a list is recognised in its usual spellings.

export const sectors = {
  energy: "Năng lượng",
  transport: "Giao thông vận tải",
  construction: "Xây dựng",
  industrial_processes: "Các quá trình công nghiệp",
  agriculture_forestry_land_use: "Nông nghiệp, lâm nghiệp và sử dụng đất",
  waste: "Chất thải",
} as const;
export type Sector = keyof typeof sectors;

/**
 * The ministry as the list names it. Two were reorganised in 2025: Giao thông vận tải merged
 * into Xây dựng, Tài nguyên và Môi trường into Nông nghiệp và Môi trường; a facility keeps the
 * ministry its list wrote, and the name says what it became.
 */
export const ministries = {
  industry_trade: "Bộ Công Thương",
  transport: "Bộ Giao thông vận tải (nay thuộc Bộ Xây dựng)",
  construction: "Bộ Xây dựng",
  natural_resources_environment: "Bộ Tài nguyên và Môi trường (nay là Bộ Nông nghiệp và Môi trường)",
  agriculture_environment: "Bộ Nông nghiệp và Môi trường",
} as const;
export type Ministry = keyof typeof ministries;

export const thresholds = {
  emissions_3000: "Phát thải từ 3.000 tấn CO₂tđ/năm",
  energy_1000_toe: "Tiêu thụ từ 1.000 TOE/năm",
  waste_65000_t: "Xử lý chất thải rắn từ 65.000 tấn/năm",
} as const;
export type Threshold = keyof typeof thresholds;

export const quotaSectors = {
  thermal_power: "Nhiệt điện",
  steel: "Sắt thép",
  cement: "Xi măng",
} as const;
export type QuotaSector = keyof typeof quotaSectors;

/** A sector's or ministry's name for people; an unknown key (kept from an older list) as it is. */
export const sectorName = (key: string) => sectors[key as Sector] ?? key;
export const ministryName = (key: string) => ministries[key as Ministry] ?? key;

/** Lower case, no tone marks, đ as d, one space: the form two spellings of a heading share. */
export function plainText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9/]+/g, " ")
    .trim();
}

const sectorWords: [string, Sector][] = [
  ["nang luong", "energy"],
  ["giao thong van tai", "transport"],
  ["giao thong", "transport"],
  ["xay dung", "construction"],
  ["cac qua trinh cong nghiep", "industrial_processes"],
  ["qua trinh cong nghiep", "industrial_processes"],
  ["cong nghiep", "industrial_processes"],
  ["nong nghiep lam nghiep va su dung dat", "agriculture_forestry_land_use"],
  ["nong nghiep lam nghiep", "agriculture_forestry_land_use"],
  ["nong nghiep", "agriculture_forestry_land_use"],
  ["chat thai", "waste"],
];

/**
 * The sector a cell names and, after it ("Năng lượng / Sản xuất điện", "Chất thải - Xử lý chất
 * thải rắn"), the sub-sector; undefined when no sector starts the cell.
 */
export function readSector(cell: string): { sector: Sector; subSector: string | null } | undefined {
  const key = plainText(cell);
  const found = sectorWords.find(
    ([words]) => key === words || key.startsWith(`${words} `) || key.startsWith(`${words}/`),
  );
  if (!found) return undefined;
  // The sub-sector is what the cell says after its first separator, as written.
  const match = cell.match(/^[^/:;()\-–]+[/:;(\-–]\s*(.+?)\)?\s*$/);
  const rest = match?.[1]?.trim() ?? "";
  return { sector: found[1], subSector: rest && readSectorOnly(rest) !== found[1] ? rest : null };
}

function readSectorOnly(text: string): Sector | undefined {
  const key = plainText(text);
  return sectorWords.find(([words]) => key === words)?.[1];
}

const ministryWords: [string, Ministry][] = [
  ["cong thuong", "industry_trade"],
  ["giao thong van tai", "transport"],
  ["xay dung", "construction"],
  ["tai nguyen va moi truong", "natural_resources_environment"],
  ["tai nguyen moi truong", "natural_resources_environment"],
  ["nong nghiep va moi truong", "agriculture_environment"],
  ["nong nghiep moi truong", "agriculture_environment"],
];

/** The ministry a cell or an annex heading names ("Bộ Công Thương", "BỘ XÂY DỰNG", "Công Thương"). */
export function readMinistry(cell: string): Ministry | undefined {
  const key = plainText(cell).replace(/^(phu luc [ivx0-9]+ )?(danh muc .*? thuoc )?(bo )?/, "");
  if (/^tn ?mt$|^btnmt$/.test(key)) return "natural_resources_environment";
  return ministryWords.find(([words]) => key === words || key.startsWith(`${words} `))?.[1];
}
