// Vietnamese wording of a greenhouse-gas facility's own account: the users form's facility picker
// and the facility's own page.
export const ghgFacilityAccountVi = {
  "user.facility": "Cơ sở phát thải",
  "user.facilityRequired": "Tài khoản của cơ sở phát thải phải chọn cơ sở của mình.",
  "user.facilityHint": "Tài khoản này chỉ xem và gửi báo cáo của cơ sở đã chọn; không thuộc cơ quan nào.",
  "user.facilityClosed":
    "Cơ sở này đã ngừng hoạt động hoặc không còn trong danh mục. Vẫn tạo được tài khoản để cơ sở xem hồ sơ và báo cáo các năm trước.",
  "user.import.facilityColumn":
    "Tài khoản của cơ sở phát thải khí nhà kính: vai trò “Cơ sở phát thải khí nhà kính”, để trống Mã cơ quan và ghi cột “Mã số thuế cơ sở” (mã số thuế của cơ sở trong sổ danh mục).",

  "nav.myFacility": "Cơ sở của tôi",
  "myFacility.title": "Cơ sở của tôi",
  "myFacility.intro":
    "Thông tin của cơ sở trong sổ danh mục cơ sở phát thải khí nhà kính của tỉnh. Nếu có thông tin chưa đúng, hãy báo cho cơ quan theo dõi cơ sở.",
  "myFacility.name": "Tên cơ sở",
  "myFacility.taxCode": "Mã số thuế",
  "myFacility.address": "Địa chỉ",
  "myFacility.listedAddress": "Địa chỉ ghi trong danh mục",
  "myFacility.sector": "Lĩnh vực",
  "myFacility.ministry": "Bộ quản lý",
  "myFacility.lists": "Có tên trong danh mục",
  "myFacility.agency": "Cơ quan theo dõi",
  "myFacility.contact": "Người liên hệ",
  "myFacility.status": "Tình trạng",
  "myFacility.quota": "Hạn ngạch phát thải",
  "myFacility.noQuota": "Không được phân bổ hạn ngạch",
  "myFacility.none": "Chưa có",
  "myFacility.home.card":
    "Thông tin của cơ sở trong sổ danh mục, nghĩa vụ báo cáo khí nhà kính và các báo cáo cơ sở đã gửi.",
  "myFacility.home.link": "Xem trang của cơ sở",
  "myFacility.noFacility": "Tài khoản chưa gắn với cơ sở nào. Hãy liên hệ quản trị hệ thống.",
  "myFacility.obligations": "Nghĩa vụ báo cáo",
  "myFacility.noObligations": "Chưa có nghĩa vụ báo cáo nào trong các năm này.",
  "myFacility.col.year": "Năm",
  "myFacility.col.owed": "Phải nộp",
  "myFacility.col.due": "Hạn",
  "myFacility.col.fulfilment": "Tình hình",
  "myFacility.col.received": "Ngày nhận",
  "myFacility.provisional": "Hạn tạm tính",
  "myFacility.fulfilment.on_time": "Đúng hạn",
  "myFacility.fulfilment.late": "Trễ hạn",
  "myFacility.fulfilment.missing": "Chưa nộp",
  "myFacility.fulfilment.not_due": "Chưa đến hạn",
  "myFacility.reports": "Báo cáo đã gửi",
};
