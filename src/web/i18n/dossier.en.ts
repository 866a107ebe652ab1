// English wording of the Ministry dossier card.
import type { dossierVi } from "./dossier.vi.js";

export const dossierEn: Record<keyof typeof dossierVi, string> = {
  "dossier.title": "Dossier for the Ministry",
  "dossier.intro":
    "One .zip file with the self-assessment report (Word and PDF), the figures in Excel, the evidence documents filed by indicator, and a SHA-256 list the recipient can check.",
  "dossier.notApproved":
    "The cycle is not yet approved by the leadership: the report in the dossier is marked DRAFT.",
  "dossier.file": "File name",
  "dossier.evidence": "Evidence",
  "dossier.evidenceCount": "{count} documents ({size} MB) for {indicators} indicators",
  "dossier.download": "Download the dossier (.zip)",
  "issued.label": "Signed report",
  "issued.none": "Not recorded: the dossier carries the report generated from the figures.",
  "issued.line": "Report no. {number} of {date} (signed)",
  "issued.record": "Record the signed report",
  "issued.replace": "Replace the signed copy",
  "issued.title": "Signed report",
  "issued.intro":
    "Once the leader has signed, record the report's number and date and upload the signed PDF (scan or digitally signed). The dossier then carries this very file; the Word file is only a working copy.",
  "issued.submit": "Record",
  "issued.docNumber": "Number",
  "issued.docNumberHint": "For example: 45/BC-UBND",
  "issued.docNumberRequired": "Enter the report's number",
  "issued.docDate": "Date signed",
  "issued.docDateRequired": "Choose the date it was signed",
  "issued.fileHint": "PDF only (scan or digitally signed); at most {limit}.",
};
