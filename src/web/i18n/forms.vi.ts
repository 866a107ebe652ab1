// Vietnamese wording of the Excel forms (biểu mẫu) and the cycle data export.
export const formsVi = {
  "problems.sheet": "Trang",
  "excel.title": "Biểu mẫu Excel",
  "excel.intro":
    "Tải biểu mẫu Excel điền sẵn số liệu hiện có, nhập ngoại tuyến rồi tải lên lại. Số liệu chỉ được lưu khi cả tệp hợp lệ (hoặc khi bạn chọn chỉ lưu phần hợp lệ).",
  "excel.download": "Tải biểu mẫu Excel",
  "excel.import": "Nhập từ Excel",
  "excel.importTitle": "Nhập số liệu từ biểu mẫu Excel",
  "excel.pick": "Bấm hoặc kéo tệp biểu mẫu (.xlsx) vào đây",
  "excel.hint": "Dùng biểu mẫu tải về từ trang này; không đặt mật khẩu, không dùng công thức, không gộp ô.",
  "excel.wrongType": "Tệp “{name}” không phải bảng tính .xlsx.",
  "excel.submit": "Tải lên và kiểm tra",
  "excel.keepValid": "Chỉ lưu phần hợp lệ",
  "excel.keepValidHint": "Các ô có lỗi được bỏ qua; các số liệu khác được lưu.",
  "excel.fromFormulas": "{count} ô có công thức được đọc theo giá trị Excel đã tính.",
  "excel.saved": "Đã lưu {changed} số liệu từ tệp Excel ({unchanged} số liệu không đổi).",
  "excel.nothingChanged": "Tệp không có số liệu nào khác với số liệu đã lưu.",
  "excel.partial": "Đã lưu {changed} số liệu; bỏ qua {skipped} số liệu có lỗi ({problems} lỗi) dưới đây.",
  "export.menu": "Xuất dữ liệu",
  "export.xlsx": "Excel (.xlsx)",
  "export.csv": "CSV (dấu chấm phẩy, UTF-8)",
  "export.json": "JSON",
  "form.historyBaseline":
    "Năm {year} là năm cơ sở do Sở Nông nghiệp và Môi trường nhập để so sánh: số liệu chỉ để xem, cơ quan không sửa và không gửi.",
};
