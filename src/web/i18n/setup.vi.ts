// Vietnamese wording of the province setup page (the first start for a real province).
export const setupVi = {
  "nav.setup": "Thiết lập tỉnh",
  "home.card.setup": "Chọn tỉnh, thành phố mà hệ thống phục vụ và nạp danh sách xã, phường, đặc khu.",
  "setup.title": "Thiết lập tỉnh",
  "setup.intro":
    "Lần đầu dùng PEPI Hub cho một tỉnh thật: chọn tỉnh, thành phố (theo 34 đơn vị từ ngày 01/7/2025), rồi nạp danh sách xã, phường, đặc khu từ danh mục chính thức. Các cơ quan được tạo theo cơ cấu sau sắp xếp, sửa được tên và bỏ bớt ở trang Cơ quan. Dữ liệu trình diễn vẫn dùng được bên cạnh.",
  "setup.province.title": "Tỉnh, thành phố của hệ thống",
  "setup.province.choose": "Mỗi cài đặt phục vụ một tỉnh, thành phố; đã chọn thì không đổi được.",
  "setup.province.pick": "Chọn tỉnh, thành phố",
  "setup.province.submit": "Chọn",
  "setup.province.confirmTitle": "Thiết lập hệ thống cho {name}?",
  "setup.province.confirmText":
    "Hệ thống sẽ tạo các cơ quan theo cơ cấu từ ngày 01/7/2025 (các sở, ban quản lý, Thống kê tỉnh, Công an tỉnh, đơn vị cấp nước). Sau khi chọn không đổi được tỉnh.",
  "setup.province.confirmOk": "Thiết lập",
  "setup.province.name": "Tên chính thức",
  "setup.province.place": "Địa danh ghi ở dòng ngày tháng",
  "setup.province.committee": "Tên UBND trong văn bản",
  "setup.province.department": "Tên Sở trong văn bản",
  "setup.province.chosenAt": "Thiết lập lúc",
  "setup.province.agencies": "Cơ quan",
  "setup.province.agencyCount": "{count} cơ quan",
  "setup.province.template":
    "Các cơ quan được tạo theo mẫu cơ cấu sau sắp xếp (Nghị định 45/2025/NĐ-CP): hãy sửa tên ban quản lý và đơn vị cấp nước cho đúng với tỉnh, bỏ những cơ quan tỉnh không có.",
  "setup.communes.title": "Xã, phường, đặc khu",
  "setup.communes.none": "Chưa nạp xã, phường, đặc khu nào.",
  "setup.communes.counts":
    "Đã nạp {total} đơn vị: {xa} xã, {phuong} phường, {dacKhu} đặc khu; mỗi đơn vị có UBND là một cơ quan báo cáo.",
  "setup.communes.format":
    "Tệp .xlsx hoặc .csv (UTF-8), dòng đầu là tiêu đề có các cột Mã, Tên, Loại (xã, phường, đặc khu) và có thể có cột Tỉnh. Sai một dòng thì không nạp dòng nào; mã đã có thì không nạp lại.",
  "setup.communes.pick": "Kéo tệp danh sách vào đây hoặc bấm để chọn",
  "setup.communes.hint": "Tệp .xlsx hoặc .csv",
  "setup.communes.imported": "Đã nạp {count} xã, phường, đặc khu.",
  "user.import.open": "Tạo từ danh sách",
  "user.import.title": "Tạo tài khoản từ danh sách",
  "user.import.format":
    "Tệp .xlsx hoặc .csv (UTF-8), mỗi dòng một người; dòng đầu là tiêu đề: Tên đăng nhập, Họ và tên, Vai trò (cán bộ báo cáo, lãnh đạo cơ quan, điều phối viên…), Mã cơ quan (xem ở trang Cơ quan), Thư điện tử (không bắt buộc). Sai một dòng thì không tạo tài khoản nào. Tài khoản quản trị không tạo từ danh sách.",
  "user.import.pick": "Kéo tệp danh sách tài khoản vào đây hoặc bấm để chọn",
  "user.import.done": "Đã tạo {count} tài khoản.",
  "user.import.once":
    "Mật khẩu tạm chỉ hiện một lần này: hãy in danh sách để giao cho từng người. Mỗi người phải đổi mật khẩu khi đăng nhập lần đầu.",
  "user.import.password": "Mật khẩu tạm",
  "user.import.print": "In danh sách",
  "user.import.printTitle": "Danh sách tài khoản PEPI Hub và mật khẩu tạm",
  "user.import.printNote":
    "Giao riêng cho từng người. Mật khẩu tạm phải đổi khi đăng nhập lần đầu; không lưu danh sách này sau khi đã giao.",
  "setup.former.title": "Huyện, xã cũ (trước ngày 01/7/2025)",
  "setup.former.none": "Chưa nạp danh sách huyện, xã cũ.",
  "setup.former.counts": "Đã nạp {communes} xã cũ thuộc {districts} huyện cũ.",
  "setup.former.format":
    "Để theo dõi theo địa bàn cũ và so sánh với số liệu trước sáp nhập: tệp .csv hoặc .xlsx, mỗi dòng một xã cũ, có các cột Mã huyện cũ, Tên huyện cũ, Mã xã cũ, Tên xã cũ và Mã xã mới (xã, phường, đặc khu mà xã cũ hợp vào, theo danh sách đã nạp ở trên). Sai một dòng thì không nạp dòng nào.",
  "setup.former.pick": "Kéo tệp danh sách huyện, xã cũ vào đây hoặc bấm để chọn",
  "setup.former.imported": "Đã nạp {count} xã cũ",
  "setup.former.communesFirst": "Nạp danh sách xã, phường, đặc khu hiện nay trước.",
};
