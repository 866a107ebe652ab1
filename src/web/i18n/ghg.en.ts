import type { ghgVi } from "./ghg.vi.js";

// The greenhouse-gas facility register, in English (mirrors ghg.vi.ts).
export const ghgEn = {
  "nav.ghg": "Greenhouse-gas facilities",
  "auditType.ghg.list_imported": "Greenhouse-gas facility list confirmed",
  "auditType.ghg.import_discarded": "Facility list import discarded",
  "auditType.ghg.facility_updated": "Greenhouse-gas facility details edited",
  "auditType.ghg.facility_event_recorded": "Facility change recorded (renamed, new owner, closed, restarted)",
  "auditEntity.ghgList": "Greenhouse-gas facility list",
  "auditEntity.ghgFacility": "Greenhouse-gas facility",
} satisfies Record<keyof typeof ghgVi, string>;
