// The registry of provinces: the 63 (to 30/6/2025) and the 34 (from 1/7/2025), with stable codes,
// official names, the names publications use, the six socio-economic regions and the 2025 merger.
// Published results, ranks and maps are keyed to it, so "TP. Hồ Chí Minh", "TPHCM" and
// "Thành phố Hồ Chí Minh" are one province and "Thừa Thiên Huế" is Huế.
import { slugify } from "../text/slug.js";

export type ProvinceEra = "63" | "34";

export const regions = {
  TDMNPB: "Trung du và miền núi phía Bắc",
  DBSH: "Đồng bằng sông Hồng",
  BTB: "Bắc Trung Bộ và duyên hải miền Trung",
  TN: "Tây Nguyên",
  DNB: "Đông Nam Bộ",
  DBSCL: "Đồng bằng sông Cửu Long",
} as const;
export type RegionCode = keyof typeof regions;

export interface Province {
  /** Stable: `VN63-tinh-lao-cai`, `VN34-tinh-lao-cai`; the same codes as the organisation units. */
  code: string;
  era: ProvinceEra;
  /** Official name: "Tỉnh Lào Cai", "Thành phố Hồ Chí Minh". */
  name: string;
  /** The name without "Tỉnh"/"Thành phố", as tables and the date line use it: "Lào Cai". */
  shortName: string;
  /** Other names people and publications use. */
  aliases: string[];
  region: RegionCode;
  /**
   * `official` for the 63 (the regions of the national master plan, NQ 81/2023/QH15);
   * `inferred` for a merged province of the 34, placed in the region of the province it is named
   * after until a source says otherwise.
   */
  regionStatus: "official" | "inferred";
  /** Of the 63: the province of the 34 it became part of. */
  successorCode: string | null;
}

/** Old short name, region, the new province (short name), aliases. Order: north to south. */
const former: [string, RegionCode, string, string[]][] = [
  ["Hà Nội", "DBSH", "Hà Nội", ["TP. Hà Nội", "TP Hà Nội", "Thủ đô Hà Nội"]],
  ["Hà Giang", "TDMNPB", "Tuyên Quang", []],
  ["Cao Bằng", "TDMNPB", "Cao Bằng", []],
  ["Bắc Kạn", "TDMNPB", "Thái Nguyên", ["Bắc Cạn"]],
  ["Tuyên Quang", "TDMNPB", "Tuyên Quang", []],
  ["Lào Cai", "TDMNPB", "Lào Cai", []],
  ["Điện Biên", "TDMNPB", "Điện Biên", []],
  ["Lai Châu", "TDMNPB", "Lai Châu", []],
  ["Sơn La", "TDMNPB", "Sơn La", []],
  ["Yên Bái", "TDMNPB", "Lào Cai", []],
  ["Hòa Bình", "TDMNPB", "Phú Thọ", []],
  ["Thái Nguyên", "TDMNPB", "Thái Nguyên", []],
  ["Lạng Sơn", "TDMNPB", "Lạng Sơn", []],
  ["Quảng Ninh", "DBSH", "Quảng Ninh", []],
  ["Bắc Giang", "TDMNPB", "Bắc Ninh", []],
  ["Phú Thọ", "TDMNPB", "Phú Thọ", []],
  ["Vĩnh Phúc", "DBSH", "Phú Thọ", []],
  ["Bắc Ninh", "DBSH", "Bắc Ninh", []],
  ["Hải Dương", "DBSH", "Hải Phòng", []],
  ["Hải Phòng", "DBSH", "Hải Phòng", ["TP. Hải Phòng", "TP Hải Phòng"]],
  ["Hưng Yên", "DBSH", "Hưng Yên", []],
  ["Thái Bình", "DBSH", "Hưng Yên", []],
  ["Hà Nam", "DBSH", "Ninh Bình", []],
  ["Nam Định", "DBSH", "Ninh Bình", []],
  ["Ninh Bình", "DBSH", "Ninh Bình", []],
  ["Thanh Hóa", "BTB", "Thanh Hóa", []],
  ["Nghệ An", "BTB", "Nghệ An", []],
  ["Hà Tĩnh", "BTB", "Hà Tĩnh", []],
  ["Quảng Bình", "BTB", "Quảng Trị", []],
  ["Quảng Trị", "BTB", "Quảng Trị", []],
  ["Huế", "BTB", "Huế", ["Thừa Thiên Huế", "Thừa Thiên - Huế", "TT Huế", "TT-Huế", "TP. Huế"]],
  ["Đà Nẵng", "BTB", "Đà Nẵng", ["TP. Đà Nẵng", "TP Đà Nẵng"]],
  ["Quảng Nam", "BTB", "Đà Nẵng", []],
  ["Quảng Ngãi", "BTB", "Quảng Ngãi", []],
  ["Bình Định", "BTB", "Gia Lai", []],
  ["Phú Yên", "BTB", "Đắk Lắk", []],
  ["Khánh Hòa", "BTB", "Khánh Hòa", []],
  ["Ninh Thuận", "BTB", "Khánh Hòa", []],
  ["Bình Thuận", "BTB", "Lâm Đồng", []],
  ["Kon Tum", "TN", "Quảng Ngãi", ["Kontum"]],
  ["Gia Lai", "TN", "Gia Lai", []],
  ["Đắk Lắk", "TN", "Đắk Lắk", ["Đăk Lăk", "Đắc Lắc", "Daklak"]],
  ["Đắk Nông", "TN", "Lâm Đồng", ["Đăk Nông", "Đắc Nông"]],
  ["Lâm Đồng", "TN", "Lâm Đồng", []],
  ["Bình Phước", "DNB", "Đồng Nai", []],
  ["Tây Ninh", "DNB", "Tây Ninh", []],
  ["Bình Dương", "DNB", "Hồ Chí Minh", []],
  ["Đồng Nai", "DNB", "Đồng Nai", []],
  ["Bà Rịa - Vũng Tàu", "DNB", "Hồ Chí Minh", ["Bà Rịa Vũng Tàu", "BR-VT", "BRVT"]],
  [
    "Hồ Chí Minh",
    "DNB",
    "Hồ Chí Minh",
    ["TP. Hồ Chí Minh", "TP Hồ Chí Minh", "TPHCM", "TP.HCM", "TP HCM", "HCMC", "Sài Gòn"],
  ],
  ["Long An", "DBSCL", "Tây Ninh", []],
  ["Tiền Giang", "DBSCL", "Đồng Tháp", []],
  ["Bến Tre", "DBSCL", "Vĩnh Long", []],
  ["Trà Vinh", "DBSCL", "Vĩnh Long", []],
  ["Vĩnh Long", "DBSCL", "Vĩnh Long", []],
  ["Đồng Tháp", "DBSCL", "Đồng Tháp", []],
  ["An Giang", "DBSCL", "An Giang", []],
  ["Kiên Giang", "DBSCL", "An Giang", []],
  ["Cần Thơ", "DBSCL", "Cần Thơ", ["TP. Cần Thơ", "TP Cần Thơ"]],
  ["Hậu Giang", "DBSCL", "Cần Thơ", []],
  ["Sóc Trăng", "DBSCL", "Cần Thơ", []],
  ["Bạc Liêu", "DBSCL", "Cà Mau", []],
  ["Cà Mau", "DBSCL", "Cà Mau", []],
];

/** The six centrally-run cities; every other unit is a "Tỉnh". */
const cities = new Set(["Hà Nội", "Hải Phòng", "Huế", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"]);
const officialName = (short: string) => `${cities.has(short) ? "Thành phố" : "Tỉnh"} ${short}`;

function build(): Province[] {
  const currentShort = [...new Set(former.map(([, , successor]) => successor))];
  const current: Province[] = currentShort.map((short) => {
    // The region of the former province the new one is named after.
    const namesake = former.find(([old]) => old === short)!;
    const merged = former.filter(([, , successor]) => successor === short).length > 1;
    return {
      code: `VN34-${slugify(officialName(short))}`,
      era: "34",
      name: officialName(short),
      shortName: short,
      aliases: namesake[3],
      region: namesake[1],
      regionStatus: merged ? "inferred" : "official",
      successorCode: null,
    };
  });
  const old: Province[] = former.map(([short, region, successor, aliases]) => ({
    code: `VN63-${slugify(officialName(short))}`,
    era: "63",
    name: officialName(short),
    shortName: short,
    aliases,
    region,
    regionStatus: "official",
    successorCode: `VN34-${slugify(officialName(successor))}`,
  }));
  return [...old, ...current];
}

export const provinces: readonly Province[] = build();
const byCode = new Map(provinces.map((p) => [p.code, p]));

export const provinceByCode = (code: string): Province | undefined => byCode.get(code);

/** The era whose provinces a year's results are published for: 63 until 2024, 34 from 2025. */
export const eraOfYear = (year: number): ProvinceEra => (year <= 2024 ? "63" : "34");

export const provincesOf = (era: ProvinceEra): Province[] => provinces.filter((p) => p.era === era);

// Tone marks placed the old way ("Hoà", "Thanh Hoá", "Khánh Hoà") are the same letters.
const oldStyleTones: [RegExp, string][] = [
  [/oà/g, "òa"],
  [/oá/g, "óa"],
  [/oả/g, "ỏa"],
  [/oã/g, "õa"],
  [/oạ/g, "ọa"],
  [/uỳ/g, "ùy"],
  [/uý/g, "úy"],
  [/uỷ/g, "ủy"],
  [/uỹ/g, "ũy"],
  [/uỵ/g, "ụy"],
];

/** The form two spellings of one name share: NFC, lower case, tones placed one way, one space, no "Tỉnh"/"TP.". */
export function provinceKey(text: string): string {
  let key = text.normalize("NFC").toLowerCase();
  for (const [from, to] of oldStyleTones) key = key.replace(from, to);
  return key
    .replace(/[\u2010-\u2015\u2212-]/g, " - ")
    .replace(/[.,]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(tỉnh|thành phố|tp)\s+/, "")
    .replace(/\s*-\s*/g, " - ");
}

const keyIndex = new Map<string, Province[]>();
for (const p of provinces) {
  for (const name of [p.name, p.shortName, ...p.aliases]) {
    const key = provinceKey(name);
    const list = keyIndex.get(key) ?? [];
    if (!list.includes(p)) list.push(p);
    keyIndex.set(key, list);
    // "Bà Rịa - Vũng Tàu" is also written without the dash.
    const plain = key.replace(/ - /g, " ");
    if (plain !== key) keyIndex.set(plain, [...(keyIndex.get(plain) ?? []), p]);
  }
}

/** The province of `era` a name means, or undefined. */
export function matchProvince(name: string, era: ProvinceEra): Province | undefined {
  const key = provinceKey(name);
  return (keyIndex.get(key) ?? keyIndex.get(key.replace(/ - /g, " ")))?.find((p) => p.era === era);
}

const plainLetters = (text: string) =>
  provinceKey(text)
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/đ/g, "d");

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The official short names of `era` nearest to an unknown name, for the error that refuses it. */
export function nearestProvinces(name: string, era: ProvinceEra, count = 3): string[] {
  const target = plainLetters(name);
  return provincesOf(era)
    .map((p) => ({
      name: p.shortName,
      distance: Math.min(...[p.shortName, ...p.aliases].map((n) => editDistance(target, plainLetters(n)))),
    }))
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name, "vi"))
    .slice(0, count)
    .map((p) => p.name);
}
