// Vietnamese wording of the page on the years before the 2025 merger.
export const mergerVi = {
  "nav.merger": "Trước sáp nhập",
  "home.card.merger":
    "Kết quả của các tỉnh cũ bên cạnh kết quả của tỉnh, và số liệu so sánh các năm trước sáp nhập gộp từ các tỉnh cũ.",
  "merger.title": "Số liệu các tỉnh trước sáp nhập",
  "merger.intro":
    "Từ ngày 01/7/2025, {province} được hợp nhất từ: {formers}. Với các năm trước sáp nhập, số liệu so sánh của tỉnh được tính từ số liệu gốc của các tỉnh cũ: cộng tử số và mẫu số rồi mới tính tỷ lệ, không lấy trung bình các tỷ lệ.",
  "merger.published.title": "Kết quả đã công bố",
  "merger.published.note":
    "Năm 2024 trở về trước xếp hạng trong 63 tỉnh, thành phố; từ năm 2025 trong 34. Hai thang xếp hạng không so sánh trực tiếp với nhau.",
  "merger.published.year": "Năm",
  "merger.published.merged": "{name} (mới)",
  "merger.published.score": "{score} điểm",
  "merger.published.rank": "hạng {rank}/{of}",
  "merger.published.band": "Xếp loại {band}, không công bố điểm",
  "merger.table.indicators": "Bảng chỉ số gộp",
  "merger.table.figures": "Bảng số liệu gốc",
  "merger.published.sourceNote": "Ghi chú của nguồn: {note}",
  "merger.published.noScore": "Có công bố, không có điểm",
  "merger.published.empty": "Chưa có kết quả công bố nào của các tỉnh này",
  "merger.baseline.title": "Số liệu gộp từ các tỉnh cũ",
  "merger.baseline.year": "Năm",
  "merger.baseline.yearOption": "Năm {year} ({count} số liệu)",
  "merger.baseline.none": "Chưa có năm nào trước sáp nhập có bộ chỉ số để tính.",
  "merger.baseline.how":
    "Số liệu dạng số lượng (người, tấn, m³, ha…) được cộng qua các tỉnh cũ; chỉ số được tính lại từ tổng. Số liệu dạng điểm hoặc tỷ lệ không cộng được: nhập giá trị của tỉnh mới nếu có nguồn.",
  "merger.baseline.framework": "Bộ chỉ số",
  "merger.baseline.imported": "{count} số liệu, tệp “{file}”, lúc {at}",
  "merger.baseline.notImported": "Chưa nạp số liệu",
  "merger.baseline.format":
    "Tệp .csv hoặc .xlsx có các cột Tỉnh, Mã, Giá trị (và Nguồn nếu có); dòng để trống giá trị được bỏ qua. Giá trị của tỉnh mới ghi tên tỉnh là “{name} (mới)”. Nạp lại một tỉnh thì thay toàn bộ số liệu năm đó của tỉnh ấy.",
  "merger.baseline.template": "Tải tệp mẫu năm {year}",
  "merger.baseline.pick": "Kéo tệp số liệu năm {year} của các tỉnh cũ vào đây hoặc bấm để chọn",
  "merger.baseline.importDone": "Đã nạp {count} số liệu",
  "merger.baseline.total":
    "Tổng điểm tính từ số liệu gộp: {points}/{max} (PEPI Hub tự tính, không phải kết quả công bố)",
  "merger.baseline.totalIncomplete":
    "Tổng điểm tính từ số liệu gộp: {points}/{max}, chưa đủ chỉ số (PEPI Hub tự tính, không phải kết quả công bố)",
  "merger.baseline.figures": "Số liệu gốc ({count})",
  "merger.table.indicator": "Chỉ số",
  "merger.table.figure": "Số liệu",
  "merger.table.merged": "{name} (gộp)",
  "merger.table.how": "Cách gộp",
  "merger.way.sum": "Cộng các tỉnh",
  "merger.way.computed": "Tính từ tổng số liệu",
  "merger.way.given": "Giá trị của tỉnh mới",
  "merger.way.incomplete": "Thiếu: {missing}",
  "merger.way.not_additive": "Không cộng được: cần giá trị của tỉnh mới",
  "merger.way.not_computable": "Chưa tính được",
  "merger.apply.button": "Dùng làm số liệu năm {year} của tỉnh",
  "merger.apply.title": "Ghi số liệu gộp vào năm {year}?",
  "merger.apply.text":
    "{count} chỉ số tính được sẽ được ghi làm giá trị năm trước của tỉnh, dùng để so sánh năm sau. Chỉ số chưa tính được giữ nguyên giá trị đã có.",
  "merger.apply.ok": "Ghi",
  "merger.apply.done": "Đã ghi {count} chỉ số",
  "merger.apply.noHistoryYear":
    "Chưa có năm {year} loại “số liệu năm trước” của {name}: mở năm đó ở trang Các năm đánh giá để ghi số liệu gộp vào.",
};
