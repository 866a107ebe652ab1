// The greenhouse-gas facility register: its menu entry, pages and audit trail entries.
export const ghgVi = {
  "nav.ghg": "Cơ sở phát thải khí nhà kính",
  "auditType.ghg.list_imported": "Xác nhận danh mục cơ sở phát thải khí nhà kính",
  "auditType.ghg.import_discarded": "Hủy lần nhập danh mục cơ sở phát thải",
  "auditType.ghg.facility_updated": "Sửa thông tin cơ sở phát thải khí nhà kính",
  "auditType.ghg.facility_event_recorded":
    "Ghi nhận thay đổi của cơ sở phát thải (đổi tên, chuyển chủ, đóng cửa, hoạt động lại)",
  "auditEntity.ghgList": "Danh mục cơ sở phát thải khí nhà kính",
  "auditEntity.ghgFacility": "Cơ sở phát thải khí nhà kính",
} satisfies Record<string, string>;
