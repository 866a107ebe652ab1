// English wording of the improvement plans page.
import type { plansVi } from "./plans.vi.js";

export const plansEn: Record<keyof typeof plansVi, string> = {
  "nav.plans": "Improvement plans",
  "home.card.plans":
    "The plans of the province, the department and the agencies to raise the indices, and which implements which.",
  "plan.pageTitle": "Improvement plans",
  "plan.intro":
    "Plans issued or in draft to raise PEPI, PGI or respond to climate change: number, date, issuer, period, and which plan implements which (the department's plan under the province's).",
  "plan.none": "No plan yet",
  "plan.add": "Add a plan",
  "plan.edit": "Edit the plan",
  "plan.editOf": "Edit the plan {title}",
  "plan.title": "Title",
  "plan.number": "Number and symbol",
  "plan.numberHelp": "Leave empty while it is a draft.",
  "plan.issuedOn": "Issued on",
  "plan.issuer": "Issuer",
  "plan.issuerExample": "Provincial People's Committee of …",
  "plan.period": "Period",
  "plan.periodFrom": "From",
  "plan.periodTo": "To",
  "plan.scope": "Scope",
  "plan.scope.pepi": "PEPI",
  "plan.scope.pgi": "Green index (PGI)",
  "plan.scope.climate": "Climate change",
  "plan.scope.general": "General",
  "plan.status.draft": "Draft",
  "plan.status.issued": "Issued",
  "plan.status.closed": "Closed",
  "plan.ref": "Plan no. {number} ({title})",
  "plan.implements": "Implements: {plan}",
  "plan.implementedBy": "Implemented by: {plans}",
  "plan.implementsField": "Implements the plan",
  "plan.implementsHelp": "The higher plan this one implements, if any.",
};
