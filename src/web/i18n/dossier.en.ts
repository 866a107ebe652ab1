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
};
