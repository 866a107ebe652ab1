// English wording of a period's synthesis for the chairman and the chairman's conclusions.
import type { planSynthesisVi } from "./plan-synthesis.vi.js";

export const planSynthesisEn: Record<keyof typeof planSynthesisVi, string> = {
  "auditType.plan.synthesis_saved": "Plan period synthesis wording saved",
  "auditType.plan.synthesis_reset": "Plan period synthesis wording reset",
  "auditType.plan.conclusion_saved": "Chairman's conclusions on a synthesis recorded",
  "auditType.plan.conclusion_tasks_added": "Tasks added from the chairman's conclusions",
};
