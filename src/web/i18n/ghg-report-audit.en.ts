import type { ghgReportAuditVi } from "./ghg-report-audit.vi.js";

// The audit trail's words for a facility's greenhouse-gas reports, in English (mirrors ghg-report-audit.vi.ts).
export const ghgReportAuditEn = {
  "auditType.ghg_report.recorded": "Facility greenhouse-gas report recorded",
  "auditType.ghg_report.version_added": "New version of a greenhouse-gas report",
  "auditType.ghg_report.gwp_changed": "GWP set changed and greenhouse-gas report recomputed",
  "auditType.ghg_report.status_changed": "Greenhouse-gas report appraisal step",
  "auditType.ghg_report.appraisal_set": "Greenhouse-gas report appraisers recorded",
  "auditType.ghg_report.verification_set": "Greenhouse-gas report verification recorded",
  "auditType.ghg_report.commented": "Comment on a greenhouse-gas report",
  "auditType.ghg_report.document_added": "Document attached to a greenhouse-gas report",
  "auditEntity.ghgReport": "Facility greenhouse-gas report",
} satisfies Record<keyof typeof ghgReportAuditVi, string>;
