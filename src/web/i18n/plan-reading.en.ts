// English wording of the page that reads an issued plan's text into a draft to correct and save.
import type { planReadingVi } from "./plan-reading.vi.js";

export const planReadingEn: Record<keyof typeof planReadingVi, string> = {
  "planRead.open": "Read from the plan's text",
  "planRead.title": "Read from the plan's text",
  "planRead.intro":
    "Paste the whole text of the issued plan (copied from its PDF or Word file), or choose its Word file (.docx). PEPI Hub reads part I (the objectives measured by an index's score or rank), part II (the numbered sections and their tasks a, b, c …, with the yearly targets written in them) and part III (the tasks given to each agency, its own duties among them) into a draft for you to check, correct and save. Nothing is saved until you press “Save to the plan”.",
  "planRead.source": "The plan's text",
  "planRead.paste": "Paste the text",
  "planRead.pasteLabel": "Text of the plan",
  "planRead.pastePlaceholder":
    "II. TASKS AND SOLUTIONS …\n1. …\na) …\nIII. IMPLEMENTATION\n1. Department of …\nCarry out the tasks at points a, e of section 1 … Part II …",
  "planRead.pasteRequired": "Paste the text of the plan into the box above.",
  "planRead.pasteTooLong":
    "The text is longer than 300,000 characters; paste only parts II and III of the plan.",
  "planRead.file": "Choose a Word file (.docx)",
  "planRead.fileHint":
    "A Word file (.docx), at most {limit}. For a PDF, open it, select all its text, copy it and paste it under “Paste the text”.",
  "planRead.read": "Read the text",
  "planRead.readAgain": "Read again",
  "planRead.replaceDraft": "The draft being corrected will be replaced by the new reading. Continue?",
  "planRead.summary":
    "Read {sections} sections, {tasks} tasks; {agencies} agencies in part III with {duties} duties of their own; {targets} targets.",
  "planRead.problems": "What could not be read",
  "planRead.problemsHelp": "Everything else is kept in the draft below.",
  "planRead.agencies": "Agencies carrying it out (part III)",
  "planRead.agenciesHelp":
    "Each agency named in the text is matched to an agency of PEPI Hub (a merged agency to the one that took it over). A department that ended in the 2025 reorganisation is given the department that took over its work as a proposal for you to confirm. The agency chosen for a name is given all that name's tasks, its own duties among them.",
  "planRead.agencyUnmatched":
    "“{name}” is not among the agencies: choose the agency that takes this name's tasks.",
  "planRead.agencyFor": "Agency in PEPI Hub for “{name}”",
  "planRead.agencySuccessor": "Merged: its tasks go to {agency}.",
  "planRead.agencyGiven": "Given to",
  "planRead.agencyNone": "Not chosen (not assigned)",
  "planRead.agencyTasks": "Leads: {lead}. Supports: {support}.",
  "planRead.agencyNoTasks": "Given no task.",
  "planRead.agencyDuties": "Duties of its own: {count} (as {section}).",
  "planRead.proposal": "Proposed: {agency} (merged in 2025)",
  "planRead.proposalConfirmed": "Under {basis}; chosen already, change it if wrong.",
  "planRead.proposalUnconfirmed": "No text in PEPI Hub confirms it: check before giving the tasks.",
  "planRead.takeProposal": "Give to {agency}",
  "planRead.takeProposals": "Follow the {count} proposals of the 2025 mergers",
  "planRead.takeProposalsHelp": "Each name is given to the department proposed; each can still be changed.",
  "planRead.sections": "Tasks and solutions (part II) and agencies' own duties (part III)",
  "planRead.sectionsHelp":
    "Correct the text, remove tasks or sections not needed. Part III's duties given directly to an agency become sections III.1, III.2 … led by that agency. Tasks are saved as “ongoing”; give a task its own deadline on the plan's page after saving.",
  "planRead.section": "Section {number}",
  "planRead.sectionTitle": "Title of section {number}",
  "planRead.removeSection": "Take out section {number}",
  "planRead.taskOf": "Task {letter} of section {section}",
  "planRead.letterOf": "Letter of task {letter}, section {section}",
  "planRead.bodyOf": "Text of task {letter}, section {section}",
  "planRead.leadOf": "Lead agencies of task {letter}, section {section}",
  "planRead.supportOf": "Supporting agencies of task {letter}, section {section}",
  "planRead.removeTask": "Take out task {letter} of section {section}",
  "planRead.noLeadHere": "No lead agency yet",
  "planRead.noTasks": "This section has no tasks.",
  "planRead.targets": "Targets read",
  "planRead.targetsHelp":
    "An objective of part I on an index's score or rank is measured by that index (the values reached fill in from the published results); the yearly figures written in a task of part II become targets of the plan's own, which that task serves. Values go in the plan's years; the baseline is the text's where it says it, otherwise enter it.",
  "planRead.noTargets":
    "The text states no target that could be read (such as “năm 2024 đạt 65%” or “từ 3,45 lên 3,95 điểm”).",
  "planRead.targetOf": "Target {number}",
  "planRead.targetFrom": "Written in task {letter} of section {section}",
  "planRead.targetFromObjective": "Objective at point {letter} of section {section}, part I",
  "planRead.targetFromObjectives": "Objective in section {section}, part I",
  "planRead.measuredBy": "Measured by:",
  "planRead.keep": "Keep this target",
  "planRead.known": "The plan already has a target of this name; it is not added again unless you keep it.",
  "planRead.knownMeasure":
    "The plan already has a target measured by this index; not added again by default.",
  "planRead.yearValue": "Year {year}",
  "planRead.yearValueHelp": "Leave empty to leave this year out.",
  "planRead.note.toBaseline":
    "{year} is before the plan's years ({period}): its value {value} is taken as the baseline.",
  "planRead.note.droppedBefore": "{year} ({value}) is before the plan's years ({period}): left out.",
  "planRead.note.droppedAfter":
    "{year} ({value}) is after the plan's years ({period}): left out; change the plan's years if it is needed.",
  "planRead.save": "Save to the plan",
  "planRead.saveReplaces":
    "The plan has {sections} sections, {tasks} tasks and {targets} targets. Saving replaces all its sections and tasks with those above; its targets are kept and the targets kept above are added.",
  "planRead.saveAdds":
    "Saving puts the sections, tasks and targets kept above into the plan at once; if anything is not valid, nothing is saved.",
  "planRead.confirmTitle": "Replace the plan's tasks?",
  "planRead.confirmText":
    "The {tasks} tasks in {sections} sections will be replaced by the {newTasks} tasks in {newSections} sections just read. The plan's targets are kept.",
  "planRead.confirmOk": "Replace and save",
  "planRead.mustFix": "To correct before saving ({count})",
  "planRead.saved": "Saved {sections} sections, {tasks} tasks and {targets} targets to the plan.",
  "planRead.issue.noSections": "Nothing to save yet: read a text that has a part II.",
  "planRead.issue.sectionTwice": "Section {section} appears twice.",
  "planRead.issue.noTitle": "Section {section}: enter its title.",
  "planRead.issue.noBody": "Section {section}, task {letter}: enter its text.",
  "planRead.issue.noLead": "Section {section}, task {letter}: choose the lead agency.",
  "planRead.issue.badLetter":
    "Section {section}, task {letter}: a task's letter is one lower-case letter (a, b, c, d, đ, e, g …).",
  "planRead.issue.letterTwice": "Section {section}: task {letter} appears twice.",
  "planRead.issue.noTargetName": "Target {target}: enter its name.",
  "planRead.issue.noUnit": "Target {target}: enter its unit.",
  "planRead.issue.noBaselineYear": "Target {target}: enter its baseline year.",
  "planRead.issue.baselineAfterStart":
    "Target {target}: the baseline year must be the plan's first year or earlier.",
  "planRead.issue.noYear": "Target {target}: enter the value aimed at for at least one year.",
  "planRead.issue.notNumber": "Target {target}: the value of {where} is not a number.",
  "planRead.issue.notRank": "Target {target}: the rank for {year} must be a whole number from 1 to 63.",
  "planRead.issue.baselineValue": "the baseline year",
  "planRead.issue.yearOutside":
    "Target {target}: year {year} is outside the plan's period ({period}); leave that year empty or change the plan's period.",
};
