// English wording of a cycle's documents page and the editor of a document's text.
import type { documentsVi } from "./documents.vi.js";

export const documentsEn: Record<keyof typeof documentsVi, string> = {
  "documents.title": "Documents",
  "documents.open": "Documents",
  "documents.pageTitle": "Documents {year} – {province}",
  "documents.intro":
    "The documents are generated from the cycle's figures and assignments; their wording (issuing body, number, date, subject, recipients, signer…) is edited and saved here.",

  "documents.group.header": "Document header",
  "documents.group.body": "Content",
  "documents.group.signature": "Signer and recipients",
  "documents.field.superiorBody": "Superior body",
  "documents.field.issuingBody": "Issuing body",
  "documents.field.numberSymbol": "Number and symbol",
  "documents.field.numberSymbolHint":
    "E.g. 125/SNNMT-MT; write only /SNNMT-MT for the clerk to add the number.",
  "documents.field.place": "Place",
  "documents.field.date": "Date of issue",
  "documents.field.dateHint": "Empty: day and month are left blank for the clerk to fill in when signed.",
  "documents.field.subject": "Subject",
  "documents.field.addressees": "Addressees",
  "documents.field.opening": "Opening",
  "documents.field.closing": "Deadline and closing",
  "documents.field.contact": "Contact",
  "documents.field.signerAuthority": "Signing authority",
  "documents.field.signerAuthorityHint":
    "E.g. KT. GIÁM ĐỐC; one level per line (TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH).",
  "documents.field.signerTitle": "Signer's title",
  "documents.field.signerName": "Signer's full name",
  "documents.field.recipients": "Copies to",
  "documents.field.lineN": "Line {n}",
  "documents.addLine": "Add a line",
  "documents.removeLine": "Remove the line",
  "documents.lineRequired": "Enter the line's text or remove the line.",

  "documents.save": "Save the text",
  "documents.saved": "The document's text was saved.",
  "documents.reset": "Restore the defaults",
  "documents.resetConfirm": "Discard every edit and go back to the default text generated from the cycle?",
  "documents.resetDone": "The default text was restored.",
  "documents.usingDefaults": "Using the default text, generated from the cycle.",
  "documents.savedAt": "Edited text, saved at {time}.",
  "documents.stale":
    "Someone else has just saved this document's text, so your changes were not saved. Reload to see the latest version, then edit again.",
  "documents.reload": "Reload the latest version",
  "documents.unsavedDownload": "The download uses the saved text: save your changes before downloading.",

  "documents.letter.title": "Request letter for figures",
  "documents.letter.intro":
    "Sent to the assigned agencies: each is told the figures it must provide per indicator, their units, the evidence and the form to download from PEPI Hub; the deadline is the cycle's submission deadline.",
  "documents.letter.download": "Download the letter (.docx)",

  "documents.field.introduction": "Introduction (basis and method of the self-assessment)",
  "documents.field.assessment": "Overall assessment of the results",
  "documents.field.limitations": "Shortcomings and their causes",
  "documents.field.proposals": "Proposals",
  "documents.field.includeRank": "State the estimated rank in the report",
  "documents.field.includeRankHint":
    "Ranks are published by the Ministry; the estimate rests only on the scores provinces have published and is marked as an estimate.",
  "documents.report.title": "Self-assessment report to the Ministry",
  "documents.report.intro":
    "The total and band (once every group is in), the change from last year, the estimated rank (only when chosen below), the table of indicators with explanations, the evidence and the annex of figures always come from the cycle at download time; only the wording below is edited. Values not yet accepted are marked provisional; until the cycle is approved the document is marked DRAFT.",
  "documents.report.downloadDocx": "Download the report (.docx)",
  "documents.report.downloadPdf": "Download the report (.pdf)",
  "documents.brief.title": "Brief for the provincial leadership",
  "documents.brief.intro":
    "One page for the provincial leader: total, band, change from last year, estimated rank, the five indicators with the largest possible gain, agencies late or returned, with charts.",
  "documents.brief.downloadPdf": "Download the brief (.pdf)",
  "documents.brief.downloadDocx": "Download the brief (.docx)",
  "documents.field.provincialInstruction": "Provincial People's Committee instruction",
  "documents.field.provincialInstructionHint":
    "For example: Letter 388/VP-KT of 03/02/2023 from the Committee's office. Leave empty if there is none.",
  "documents.field.ministryGuidance": "Ministry guidance letter",
  "documents.field.ministryGuidanceHint":
    "For example: Letter 373/BTNMT-MT of 01/02/2023. The letter opens with “Thực hiện … tại …” before the opening text.",
  "documents.field.openingAfterReferences": "Opening (continues after the documents it answers)",
  "documents.field.contactName": "Contact person",
  "documents.field.contactNameHint": "For example: Ms Nguyễn Thị Hoa, officer.",
  "documents.field.contactUnit": "Contact's office",
  "documents.field.contactPhone": "Contact telephone",
  "documents.field.contactEmail": "Contact e-mail",
  "documents.letter.internal": "Download the internal assignment (.docx)",
  "documents.letter.internalHint":
    "The department's own offices are not written to in the letter: they get an internal assignment with the same figures and deadline.",
  "documents.check.title": "The document is missing some content",
  "documents.check.proceed": "Download anyway",
  "documents.check.cancel": "Go back and edit",
  "documents.check.reportEmpty": "These sections are empty and will not be in the report: {sections}.",
  "documents.check.letterContact":
    "No contact person or telephone yet: the letter will leave “……………” blanks for the clerk.",
  "documents.check.letterGuidance":
    "No Ministry guidance letter given: the letter will say “Thực hiện hướng dẫn của Bộ Nông nghiệp và Môi trường …” without its number and date.",
  "documents.section.assessment": "Overall assessment",
  "documents.section.limitations": "Shortcomings",
  "documents.section.proposals": "Proposals",
};
