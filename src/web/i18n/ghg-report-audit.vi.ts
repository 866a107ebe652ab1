// The audit trail's words for a facility's greenhouse-gas reports (recorded, versions, appraisal).
export const ghgReportAuditVi = {
  "auditType.ghg_report.recorded": "Ghi nhận báo cáo khí nhà kính của cơ sở",
  "auditType.ghg_report.version_added": "Phiên bản mới của báo cáo khí nhà kính",
  "auditType.ghg_report.gwp_changed": "Đổi bộ GWP và tính lại báo cáo khí nhà kính",
  "auditType.ghg_report.status_changed": "Thẩm định báo cáo khí nhà kính",
  "auditType.ghg_report.appraisal_set": "Ghi người thẩm định báo cáo khí nhà kính",
  "auditType.ghg_report.verification_set": "Ghi kết quả thẩm tra báo cáo khí nhà kính",
  "auditType.ghg_report.commented": "Ý kiến về báo cáo khí nhà kính",
  "auditType.ghg_report.document_added": "Đính kèm tài liệu vào báo cáo khí nhà kính",
  "auditEntity.ghgReport": "Báo cáo khí nhà kính của cơ sở",
};
