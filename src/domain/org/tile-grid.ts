// A tile-grid map of Vietnam: one square per province, laid out roughly by geography (north at
// the top, the coast to the right), for the 63 provinces and for the 34. Squares keep every
// province equally visible, which a true map does not (Hà Nam and Gia Lai would not compare).
import { type ProvinceEra, provincesOf } from "./provinces.js";

/** Column and row of each province, by its short name. */
type Layout = Record<string, [column: number, row: number]>;

const layout63: Layout = {
  "Lai Châu": [2, 0],
  "Lào Cai": [3, 0],
  "Hà Giang": [4, 0],
  "Cao Bằng": [5, 0],
  "Điện Biên": [1, 1],
  "Yên Bái": [3, 1],
  "Tuyên Quang": [4, 1],
  "Bắc Kạn": [5, 1],
  "Lạng Sơn": [6, 1],
  "Sơn La": [1, 2],
  "Phú Thọ": [2, 2],
  "Vĩnh Phúc": [3, 2],
  "Thái Nguyên": [4, 2],
  "Bắc Giang": [5, 2],
  "Quảng Ninh": [6, 2],
  "Hòa Bình": [2, 3],
  "Hà Nội": [3, 3],
  "Bắc Ninh": [4, 3],
  "Hải Dương": [5, 3],
  "Hải Phòng": [6, 3],
  "Hà Nam": [3, 4],
  "Hưng Yên": [4, 4],
  "Thái Bình": [5, 4],
  "Thanh Hóa": [2, 5],
  "Ninh Bình": [3, 5],
  "Nam Định": [4, 5],
  "Nghệ An": [2, 6],
  "Hà Tĩnh": [3, 7],
  "Quảng Bình": [3, 8],
  "Quảng Trị": [4, 9],
  Huế: [4, 10],
  "Đà Nẵng": [5, 10],
  "Quảng Nam": [5, 11],
  "Kon Tum": [4, 12],
  "Quảng Ngãi": [5, 12],
  "Gia Lai": [4, 13],
  "Bình Định": [5, 13],
  "Đắk Lắk": [4, 14],
  "Phú Yên": [5, 14],
  "Đắk Nông": [3, 15],
  "Lâm Đồng": [4, 15],
  "Khánh Hòa": [5, 15],
  "Bình Phước": [2, 16],
  "Đồng Nai": [3, 16],
  "Bình Thuận": [4, 16],
  "Ninh Thuận": [5, 16],
  "Tây Ninh": [1, 17],
  "Bình Dương": [2, 17],
  "Bà Rịa - Vũng Tàu": [3, 17],
  "Long An": [1, 18],
  "Hồ Chí Minh": [2, 18],
  "An Giang": [0, 19],
  "Đồng Tháp": [1, 19],
  "Tiền Giang": [2, 19],
  "Bến Tre": [3, 19],
  "Kiên Giang": [0, 20],
  "Cần Thơ": [1, 20],
  "Vĩnh Long": [2, 20],
  "Trà Vinh": [3, 20],
  "Hậu Giang": [1, 21],
  "Sóc Trăng": [2, 21],
  "Cà Mau": [0, 22],
  "Bạc Liêu": [1, 22],
};

const layout34: Layout = {
  "Lai Châu": [1, 0],
  "Lào Cai": [2, 0],
  "Tuyên Quang": [3, 0],
  "Cao Bằng": [4, 0],
  "Điện Biên": [0, 1],
  "Sơn La": [1, 1],
  "Phú Thọ": [2, 1],
  "Thái Nguyên": [3, 1],
  "Lạng Sơn": [4, 1],
  "Hà Nội": [2, 2],
  "Bắc Ninh": [3, 2],
  "Quảng Ninh": [4, 2],
  "Ninh Bình": [2, 3],
  "Hưng Yên": [3, 3],
  "Hải Phòng": [4, 3],
  "Thanh Hóa": [1, 4],
  "Nghệ An": [1, 5],
  "Hà Tĩnh": [2, 6],
  "Quảng Trị": [2, 7],
  Huế: [2, 8],
  "Đà Nẵng": [3, 8],
  "Quảng Ngãi": [3, 9],
  "Gia Lai": [3, 10],
  "Đắk Lắk": [2, 11],
  "Khánh Hòa": [3, 11],
  "Lâm Đồng": [2, 12],
  "Tây Ninh": [0, 13],
  "Hồ Chí Minh": [1, 13],
  "Đồng Nai": [2, 13],
  "An Giang": [0, 14],
  "Đồng Tháp": [1, 14],
  "Vĩnh Long": [2, 14],
  "Cần Thơ": [1, 15],
  "Cà Mau": [0, 16],
};

export interface Tile {
  code: string;
  shortName: string;
  column: number;
  row: number;
}

/** The tiles of an era, north to south; every province of the registry has exactly one. */
export function tileGrid(era: ProvinceEra): { tiles: Tile[]; columns: number; rows: number } {
  const layout = era === "63" ? layout63 : layout34;
  const tiles = provincesOf(era).map((p) => {
    const place = layout[p.shortName];
    if (!place) throw new Error(`No tile for ${p.shortName} (${era})`);
    return { code: p.code, shortName: p.shortName, column: place[0], row: place[1] };
  });
  return {
    tiles,
    columns: Math.max(...tiles.map((t) => t.column)) + 1,
    rows: Math.max(...tiles.map((t) => t.row)) + 1,
  };
}
