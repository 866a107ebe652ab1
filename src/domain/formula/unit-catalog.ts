// The base dimensions a unit text may name, with the English codes and Vietnamese labels that
// framework files use for them. Every counted thing is its own dimension, so dividing
// vehicles by persons can never be mistaken for a percentage.

export const BASE_DIMENSIONS = [
  "person",
  "household",
  "facility",
  "vehicle",
  "station",
  "zone",
  "cluster",
  "landfill",
  "site",
  "report",
  "official",
  "incident",
  "organisation",
  "ha",
  "t",
  "m3",
  "kWh",
  "VND",
  "day",
  "year",
] as const;

export type BaseDimension = (typeof BASE_DIMENSIONS)[number];

/** Lower-cased spelling → base dimension. Plurals and Vietnamese labels are accepted on input. */
export const BASE_ALIASES: ReadonlyMap<string, BaseDimension> = new Map<string, BaseDimension>([
  ...aliases("person", ["person", "persons", "people", "resident", "residents", "người", "dân", "nhân khẩu"]),
  ...aliases("household", ["household", "households", "hộ", "hộ gia đình"]),
  ...aliases("facility", ["facility", "facilities", "cơ sở"]),
  ...aliases("vehicle", ["vehicle", "vehicles", "xe", "phương tiện", "chiếc"]),
  ...aliases("station", ["station", "stations", "trạm"]),
  ...aliases("zone", ["zone", "zones", "khu", "khu công nghiệp", "kcn"]),
  ...aliases("cluster", ["cluster", "clusters", "cụm", "cụm công nghiệp", "ccn"]),
  ...aliases("landfill", ["landfill", "landfills", "bãi", "bãi chôn lấp"]),
  ...aliases("site", ["site", "sites", "khu vực", "điểm"]),
  ...aliases("report", ["report", "reports", "phản ánh", "tin"]),
  ...aliases("official", ["official", "officials", "công chức", "cán bộ"]),
  ...aliases("incident", ["incident", "incidents", "sự cố", "vụ"]),
  ...aliases("organisation", ["organisation", "organisations", "organization", "cơ quan", "tổ chức"]),
  ...aliases("ha", ["ha", "hecta", "héc-ta"]),
  ...aliases("t", ["t", "tonne", "tonnes", "tấn"]),
  ...aliases("m3", ["m3", "m³", "mét khối"]),
  ...aliases("kWh", ["kwh"]),
  ...aliases("VND", ["vnd", "vnđ", "đồng"]),
  ...aliases("day", ["day", "days", "ngày", "ngày đêm", "ngđ"]),
  ...aliases("year", ["year", "years", "năm"]),
]);

/** Spellings of a unit without dimension (a pure number or a percentage label). */
export const DIMENSIONLESS_SPELLINGS: ReadonlySet<string> = new Set(["1", "%", "phần trăm", "percent"]);

/** Words that scale the rest of a term: "million VND", "triệu đồng", "người/triệu dân". */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ["thousand", 1e3],
  ["nghìn", 1e3],
  ["ngàn", 1e3],
  ["million", 1e6],
  ["triệu", 1e6],
  ["billion", 1e9],
  ["tỷ", 1e9],
  ["tỉ", 1e9],
]);

/** The English word used when printing a scale, so formatted units read back unchanged. */
export const SCALE_NAMES: ReadonlyMap<number, string> = new Map([
  [1e3, "thousand"],
  [1e6, "million"],
  [1e9, "billion"],
]);

function aliases(base: BaseDimension, spellings: string[]): [string, BaseDimension][] {
  return spellings.map((spelling) => [spelling, base]);
}
