// English wording of the cycle's workflow beyond data entry.
import type { cycleWorkflowVi } from "./cycle-workflow.vi.js";

export const cycleWorkflowEn: Record<keyof typeof cycleWorkflowVi, string> = {
  "onBehalf.title": "Entering for the agency",
  "onBehalf.intro":
    "When an agency sends its figures by letter instead of entering them, the department records the letter (number, date, file) and enters them for it. Every figure entered says from which letter, and the agency is told.",
  "onBehalf.entered": "The agency's figures are entered by the environment department from:",
  "onBehalf.letterName": "Letter no. {number} of {date}",
  "onBehalf.recordedBy": "Recorded by {name} at {at}",
  "onBehalf.record": "Record the agency's letter",
  "onBehalf.recordAnother": "Add a letter",
  "onBehalf.submit": "Send for the agency",
  "onBehalf.submitConfirm":
    "Send the figures of {agency} entered from its letter? The letter stands for the agency head's sign-off.",
  "onBehalf.letterTitle": "Letter of {agency}",
  "onBehalf.letterIntro":
    "Attach the letter the agency sent its figures by (scan or digitally signed). Once recorded, the department may enter the figures for the agency, which is told.",
  "onBehalf.letterSubmit": "Record",
  "onBehalf.docNumberHint": "For example: 125/SXD-KHTC",
  "onBehalf.docNumberRequired": "Enter the letter's number",
  "onBehalf.docDateRequired": "Choose the letter's date",
  "onBehalf.note": "Note",
  "onBehalf.valueTag": "Entered from letter",
  "onBehalf.submissionTag": "Entered for the agency",
  "noData.tag": "No data",
  "noData.reason": "Reason: {reason}",
  "noData.clear": "Withdraw",
  "noData.mark": "No data for this?",
  "noData.title": "No data for “{name}”",
  "noData.intro":
    "Record that this figure does not exist this year, with the reason. The form stops asking for it; indicators reading it stay empty and the report states the reason.",
  "noData.confirm": "Record",
  "missing.title": "Send {year} for approval with agencies missing",
  "missing.intro":
    "{count} agencies are not accepted. Give a reason for each: approving accepts them as missing. Their unsent figures do not count, and the report states each case.",
  "missing.reasonRequired": "Give the reason this agency is missing",
  "missing.placeholder": "For example: reminded in writing on 10/02, no answer",
  "missing.approveConfirm":
    "Approve and lock? Approving accepts the {count} agencies listed at the top as missing.",
  "missing.proposedBanner": "The leader is asked to accept {count} agencies as missing",
  "missing.acceptedBanner": "The leader accepted {count} agencies as missing",
  "missing.proposedTag": "Proposed as missing",
  "missing.acceptedTag": "Accepted as missing",
  "signOff.requestAction": "Send for sign-off",
  "signOff.requestConfirm": "Send these figures to the agency head for sign-off? The head is told.",
  "signOff.requestedAt": "Sent for sign-off at {at}, awaiting it",
  "signOff.queueTitle": "Awaiting your sign-off",
  "signOff.queueEmpty": "Nothing awaits your sign-off.",
  "signOff.queueItem": "{agency} · figures of {year}",
  "signOff.queueDetail": "Sent by {name} at {at} · due to the department: {due}",
  "review.changedSinceReturn": "Changed since returned",
  "review.acceptWithEvidence":
    "Accept the figures of {agency}? {count} documents are not reviewed yet: accepting the figures accepts them too.",
  "followUp.tab": "To clarify ({count})",
  "followUp.title": "Figures to clarify",
  "followUp.agency": "Agency",
  "followUp.figure": "Figure",
  "followUp.value": "Value",
  "followUp.rows": "{count} rows",
  "followUp.lastComment": "Last comment",
  "followUp.empty": "No figure awaits clarification.",
  "cycle.acceptedShare": "Share of agencies accepted",
  "dashboard.completenessOf": "Completeness of {agency}",
  "result.groupShare": "Points reached in {group}",
  "cycle.submissionsRegion": "Agencies' figures",
  "missing.sentFirst":
    "Sent their figures, to be accepted or returned before sending for approval: {agencies}",
};
