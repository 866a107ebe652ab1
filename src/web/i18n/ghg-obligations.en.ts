import type { ghgObligationsVi } from "./ghg-obligations.vi.js";

// The greenhouse-gas obligations, in English (mirrors ghg-obligations.vi.ts).
export const ghgObligationsEn = {
  "auditType.ghg.obligation_rule_updated": "Facility obligation rule and deadline edited",
  "auditType.ghg.obligation_rule_reset": "Obligation rule reset to the shipped rule",
  "auditType.ghg.obligation_rule_shipped": "Obligation rule loaded from the shipped rules",
  "auditType.ghg.facility_reminder_queued": "Greenhouse-gas deadline reminder to a facility",
  "auditType.ghg.review_created": "Facility list review created",
  "auditType.ghg.review_updated": "Facility list review updated",
  "auditEntity.ghgObligationRule": "Facility obligation rule",
  "auditEntity.ghgReview": "Facility list review",
} satisfies Record<keyof typeof ghgObligationsVi, string>;
