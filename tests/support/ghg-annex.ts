// A generated national list annex: about 2.200 facilities across the provinces, with the rows of
// one province under its old and new names, written as the decisions' annexes are (STT, Tên cơ
// sở, Mã số thuế, Địa chỉ, Lĩnh vực/Phân ngành, Bộ quản lý), and as an .xlsx workbook.
import ExcelJS from "exceljs";

export const annexHeader = ["STT", "Tên cơ sở", "Mã số thuế", "Địa chỉ", "Lĩnh vực/Phân ngành", "Bộ quản lý"];

const otherProvinces = [
  "Hà Nội",
  "Thành phố Hải Phòng",
  "Tỉnh Quảng Ninh",
  "Tỉnh Thanh Hóa",
  "Tỉnh Nghệ An",
  "Tỉnh Bắc Ninh",
  "Tỉnh Hải Dương",
  "Tỉnh Bình Dương",
  "TP. Hồ Chí Minh",
  "Tỉnh Long An",
  "Tỉnh Bà Rịa - Vũng Tàu",
  "Tỉnh Khánh Hòa",
];
const sectors = [
  "Năng lượng / Sản xuất điện",
  "Các quá trình công nghiệp / Sản xuất xi măng",
  "Chất thải / Xử lý chất thải rắn",
  "Xây dựng / Sản xuất vật liệu xây dựng",
];
const ministries = ["Bộ Công Thương", "Bộ Công Thương", "Bộ Tài nguyên và Môi trường", "Bộ Xây dựng"];

export interface OwnFacility {
  name: string;
  taxCode: string;
  address: string;
  sector: string;
  ministry: string;
}

/** The province's own facilities (Đồng Nai, with Bình Phước merged into it): old and new names. */
export function ownFacilities(count = 40): OwnFacility[] {
  return Array.from({ length: count }, (_, i) => {
    const where =
      i % 3 === 0
        ? `KCN Nhơn Trạch ${i}, huyện Nhơn Trạch, tỉnh Đồng Nai`
        : i % 3 === 1
          ? `Lô ${i} KCN Đồng Xoài, thành phố Đồng Xoài, Tỉnh Bình Phước`
          : `Phường Trấn Biên ${i}, Đồng Nai`;
    return {
      name: `Công ty TNHH Sản xuất Đồng Nai số ${i + 1}`,
      taxCode: `36${String(10_000_000 + i).padStart(8, "0")}`,
      address: where,
      sector: sectors[i % sectors.length]!,
      ministry: ministries[i % ministries.length]!,
    };
  });
}

/** The rows of a national annex: `total` facilities, the province's own among them every so often. */
export function nationalAnnex(own: OwnFacility[], total = 2200): string[][] {
  const rows: string[][] = [
    ["PHỤ LỤC", "DANH MỤC CƠ SỞ PHÁT THẢI KHÍ NHÀ KÍNH PHẢI THỰC HIỆN KIỂM KÊ KHÍ NHÀ KÍNH"],
    annexHeader,
  ];
  const every = Math.floor(total / Math.max(own.length, 1));
  let next = 0;
  for (let i = 0; i < total; i++) {
    const mine = i % every === 0 && next < own.length ? own[next++] : undefined;
    const row = mine
      ? [String(i + 1), mine.name, mine.taxCode, mine.address, mine.sector, mine.ministry]
      : [
          String(i + 1),
          `Công ty cổ phần Phát thải ${i + 1}`,
          `01${String(20_000_000 + i).padStart(8, "0")}`,
          `Số ${i} đường Lớn, ${otherProvinces[i % otherProvinces.length]}`,
          sectors[i % sectors.length]!,
          ministries[i % ministries.length]!,
        ];
    rows.push(row);
  }
  return rows;
}

export async function annexWorkbook(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Phụ lục");
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
