// English wording of a period's synthesis for the chairman and the chairman's conclusions.
import type { planSynthesisVi } from "./plan-synthesis.vi.js";

export const planSynthesisEn: Record<keyof typeof planSynthesisVi, string> = {
  "auditType.plan.synthesis_saved": "Plan period synthesis wording saved",
  "auditType.plan.synthesis_reset": "Plan period synthesis wording reset",
  "auditType.plan.conclusion_saved": "Chairman's conclusions on a synthesis recorded",
  "auditType.plan.conclusion_tasks_added": "Tasks added from the chairman's conclusions",
  "synthesis.title": "Synthesis for the provincial chairman",
  "synthesis.intro":
    "The department compiles the agencies' reports of the period into its report to the provincial chairman (Decree 30/2020 layout): what each agency did, the targets against their values (table and chart), tasks late or not started, agencies that did not report or reported late, difficulties and proposals. The figures are read from the reports when downloaded; the department only writes the wording. The report is marked “DỰ THẢO” (draft) until the department closes the period.",
  "synthesis.noPeriods": "The plan has no reporting periods yet: set its reporting schedule first.",
  "synthesis.period": "Reporting period",
  "synthesis.summary":
    "Reports sent: {submitted}/{agencies} agencies; accepted by the department: {accepted}; late or overdue: {late}; no report to compile: {missing}.",
  "synthesis.download": "Download the report (.docx)",
  "synthesis.edit": "Edit the wording",
  "synthesis.view": "Read the wording",
  "synthesis.closedNote":
    "The period was closed on {date}: the synthesis is compiled as of the closing day and its wording stays as it was closed (reopen the period under “Progress reports” to change it). The chairman's conclusions can still be recorded.",
  "synthesis.editTitle": "Wording of the synthesis, {period}",
  "synthesis.editIntro":
    "The parts on agencies, targets, tasks and reporting come from the agencies' reports when downloaded; only the department's wording is edited here.",
  "synthesis.usingDefaults": "Using the default wording, made from the plan and the period.",
  "synthesis.field.introduction": "Opening (basis, how it was compiled)",
  "synthesis.field.assessment": "Overall assessment (end of section I; left empty, not printed)",
  "synthesis.field.proposals": "The department's proposals (section VI; left empty, not printed)",
  "synthesis.field.proposeCriticism": "Propose criticism of agencies that did not report or reported late",
  "synthesis.field.proposeCriticismHint":
    "As the provincial committee's reporting rules ask, propose criticism of units that report late or not at all.",
  "synthesis.conclusion": "Chairman's conclusions",
  "synthesis.conclusionNone": "No conclusions of the provincial chairman recorded on this period's report.",
  "synthesis.conclusionOf": "Conclusions of {author}, document {number} of {date}.",
  "synthesis.conclusionOfUnnumbered": "Conclusions of {author}, document of {date} (not yet numbered).",
  "synthesis.conclusionTasks": "{count} tasks given in section {section} of the plan.",
  "synthesis.conclusionTitle": "Conclusions and directions of the provincial chairman — {period}",
  "synthesis.conclusionIntro":
    "Record the provincial chairman's conclusions on this period's synthesis (the document's number, date and text). Once saved, choose the directions to give as new tasks of the plan.",
  "synthesis.field.numberSymbol": "Document number and symbol",
  "synthesis.field.numberSymbolHint": "E.g. 45/TB-UBND; leave empty if the document has no number yet.",
  "synthesis.field.issuedOn": "Document date",
  "synthesis.field.author": "Concluded by",
  "synthesis.field.text": "Conclusions and directions",
  "synthesis.field.textHint":
    "Paste the text as is; each direction starting with a number, a letter or a dash is proposed as one task.",
  "synthesis.saveConclusion": "Save the conclusions",
  "synthesis.conclusionSaved": "Conclusions saved",
  "synthesis.directives": "Give tasks from the conclusions",
  "synthesis.directivesIntro":
    "The directions read from the conclusions; the agencies they name are proposed to lead (the first) and support. Choose, correct the text, agencies and deadline, then add them to the plan: the tasks go into the section “{title}”.",
  "synthesis.directivesNone": "No direction could be read from the conclusions.",
  "synthesis.directiveChoose": "Give direction {n}",
  "synthesis.directiveN": "Direction {n}",
  "synthesis.directiveWillBe": "becomes section {section}, point {letter} of the plan",
  "synthesis.directiveGiven": "Given: task {place}",
  "synthesis.directiveAgain": "Give it once more",
  "synthesis.directiveBody": "Task",
  "synthesis.lead": "Lead agency",
  "synthesis.supporting": "Supporting agencies",
  "synthesis.deadline": "Deadline",
  "synthesis.recurring": "Ongoing",
  "synthesis.addTasks": "Add {count} tasks to the plan",
  "synthesis.tasksAdded": "Tasks added to the plan",
  "synthesis.given": "Tasks given from the conclusions (section {section})",
  "synthesis.pickSome": "Choose at least one direction",
};
