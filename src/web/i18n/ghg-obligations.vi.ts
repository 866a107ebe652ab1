// The greenhouse-gas obligations: rules and deadlines, a facility's calendar, facilities late or
// missing by department, reminders and the two-yearly review of the list.
export const ghgObligationsVi = {
  "auditType.ghg.obligation_rule_updated": "Sửa quy tắc nghĩa vụ và thời hạn của cơ sở phát thải",
  "auditType.ghg.obligation_rule_reset": "Đưa quy tắc nghĩa vụ về bản phát hành",
  "auditType.ghg.obligation_rule_shipped": "Nạp quy tắc nghĩa vụ từ bản phát hành",
  "auditType.ghg.facility_reminder_queued": "Nhắc hạn báo cáo khí nhà kính cho cơ sở",
  "auditType.ghg.review_created": "Tạo đợt rà soát danh mục cơ sở phát thải",
  "auditType.ghg.review_updated": "Cập nhật đợt rà soát danh mục cơ sở phát thải",
  "auditEntity.ghgObligationRule": "Quy tắc nghĩa vụ của cơ sở phát thải",
  "auditEntity.ghgReview": "Đợt rà soát danh mục cơ sở phát thải",
};
