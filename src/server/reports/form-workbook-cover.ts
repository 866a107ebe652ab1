// The first sheet of an agency's form workbook: which year, agency and deadline it is for, how
// to fill it and send it back, the sheets it holds and what the units mean.
import type ExcelJS from "exceljs";
import { vietnamTimeText } from "./cycle-data-labels.js";
import { headerFont, inputFill, readOnlyFill } from "./excel-cells.js";
import type { FormTemplate } from "./form-workbook-layout.js";
import { maxListRows } from "./form-workbook-layout.js";
import { safeCellText } from "./spreadsheet-safety.js";

const dayText = (iso: string) => iso.split("-").reverse().join("/");

export const fillingInstructions = [
  "Chỉ nhập vào các ô nền vàng: cột năm nay ở các trang chỉ số, và các cột của các trang danh sách. Các ô khác được khóa để tránh sửa nhầm (khóa không có mật khẩu).",
  "Nhập số, không nhập chữ. Số thập phân viết như thường lệ trên máy (ví dụ 1.234,5). Số đếm (người, hộ, xe, trạm…) là số nguyên, không âm.",
  "Để trống một ô là xóa số liệu đó. Không dùng công thức Excel, không gộp ô, không đổi tên hay xóa trang.",
  `Trang danh sách: mỗi dòng một mục, thêm mục ở cuối danh sách; cột có/không chọn “Có” hoặc “Không”; xóa nội dung cả dòng để bỏ một mục. Tối đa ${maxListRows.toLocaleString("vi-VN")} dòng mỗi trang.`,
  "Ô nền xám là số liệu do cơ quan khác báo cáo, chỉ để tham khảo: thay đổi ở đó không được lưu.",
  "Khi xong, mở trang nhập số liệu của cơ quan trên PEPI Hub, bấm “Nhập từ Excel” và chọn tệp này. Mọi lỗi được chỉ rõ theo trang, dòng, cột; chưa có gì được lưu khi còn lỗi, trừ khi bạn chọn chỉ lưu phần hợp lệ.",
  "Nếu một số liệu đã được sửa trên hệ thống sau khi tải biểu mẫu này và bạn cũng sửa nó khác đi, ô đó được báo là xung đột: hãy tải biểu mẫu mới.",
];

export function writeCover(
  sheet: ExcelJS.Worksheet,
  t: FormTemplate,
  sheets: (readonly [string, string])[],
): void {
  sheet.getColumn(1).width = 30;
  sheet.getColumn(2).width = 110;
  const add = (label: string, value: string, bold = false) => {
    const row = sheet.addRow([safeCellText(label), safeCellText(value)]);
    row.getCell(1).font = headerFont;
    if (bold) row.getCell(2).font = headerFont;
    row.getCell(2).alignment = { wrapText: true, vertical: "top" };
    return row;
  };
  sheet.addRow([safeCellText(`BIỂU MẪU SỐ LIỆU ${t.frameworkName.toUpperCase()} NĂM ${t.year}`)]).font = {
    bold: true,
    size: 14,
  };
  sheet.addRow([]);
  add("Năm đánh giá", String(t.year), true);
  add("Tỉnh", t.province);
  add("Cơ quan báo cáo", t.agencyName, true);
  add("Bộ chỉ số", `${t.frameworkName} (${t.frameworkCode}), phiên bản áp dụng ${t.editionCode}`);
  add("Hạn gửi số liệu", dayText(t.submissionDue), true);
  add("Tình trạng khi tải về", t.statusText);
  add("Tải về lúc (giờ Việt Nam)", vietnamTimeText(t.generatedAt.toISOString()));
  sheet.addRow([]);
  sheet.addRow(["Cách điền"]).font = { bold: true, size: 12 };
  for (const [i, line] of fillingInstructions.entries()) add(`${i + 1}.`, line);
  const legend = add("Ô cần nhập", "Nền vàng");
  legend.getCell(2).fill = inputFill;
  const shared = add("Ô chỉ xem", "Nền xám");
  shared.getCell(2).fill = readOnlyFill;
  sheet.addRow([]);
  sheet.addRow(["Các trang"]).font = { bold: true, size: 12 };
  for (const [name, about] of sheets) add(name, about);
  if (t.units.length > 0) {
    sheet.addRow([]);
    sheet.addRow(["Đơn vị tính"]).font = { bold: true, size: 12 };
    for (const u of t.units) add(u.unit, u.meaning);
  }
}
