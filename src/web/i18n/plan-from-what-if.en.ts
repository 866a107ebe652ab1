// English wording of a draft plan drawn from a result's what-if.
import type { planFromWhatIfVi } from "./plan-from-what-if.vi.js";

export const planFromWhatIfEn: Record<keyof typeof planFromWhatIfVi, string> = {
  "planFromWhatIf.select": "Select indicator {name}",
  "planFromWhatIf.selectAll": "Select every indicator",
  "planFromWhatIf.start": "Draft an improvement plan from the selected indicators",
  "planFromWhatIf.selected": "{count} indicators selected; by default those that add the most points.",
  "planFromWhatIf.noneSelected": "Tick the indicators the plan should take up.",
  "planFromWhatIf.title": "Draft an improvement plan",
  "planFromWhatIf.create": "Create the draft plan",
  "planFromWhatIf.intro":
    "Each selected indicator becomes a target of the plan (its baseline the result's year, values rising to the last year) and a task for a lead agency, by indicator group. The plan is saved as a draft; its targets and tasks can be changed on the plan's page.",
  "planFromWhatIf.source": "From the result: {label}",
  "planFromWhatIf.plan": "Plan",
  "planFromWhatIf.now": "Now: {value} ({year})",
  "planFromWhatIf.notComputed": "Now: not computed ({year})",
  "planFromWhatIf.points": "{points}/{max} points, {gain} more at full points",
  "planFromWhatIf.fullAtLeast": "Full points from {value} up.",
  "planFromWhatIf.fullAtMost": "Full points from {value} down.",
  "planFromWhatIf.fullUnknown": "The value for full points is not known: enter the value aimed at.",
  "planFromWhatIf.target": "Value aimed at in the plan's last year",
  "planFromWhatIf.targetRequired": "Enter the value aimed at",
  "planFromWhatIf.lead": "Lead agency",
  "planFromWhatIf.leadRequired": "Choose the lead agency",
  "planFromWhatIf.leadFromCycle": "As the cycle assigns its figures.",
  "planFromWhatIf.leadFromFramework":
    "The agency the framework names: the cycle gives this indicator's figures to no provincial agency.",
  "planFromWhatIf.leadFromNone":
    "No provincial agency reports this indicator's figures or is named for it by the framework: choose the lead agency.",
  "planFromWhatIf.supporting": "Supporting agencies",
  "planFromWhatIf.notOffered": "No target can be set for: {names} (no longer in the frameworks in force).",
  "planFromWhatIf.created": "Draft plan created",
  "planTarget.provisional": "draft",
};
