// English wording of the Excel forms and the cycle data export.
import type { formsVi } from "./forms.vi.js";

export const formsEn: Record<keyof typeof formsVi, string> = {
  "problems.sheet": "Sheet",
  "excel.title": "Excel form",
  "excel.intro":
    "Download the form as an Excel workbook prefilled with the current figures, fill it offline and upload it again. Figures are saved only when the whole file is valid (or when you choose to save the valid part).",
  "excel.download": "Download Excel form",
  "excel.import": "Import from Excel",
  "excel.importTitle": "Import figures from the Excel form",
  "excel.pick": "Click or drag the form workbook (.xlsx) here",
  "excel.hint": "Use the form downloaded from this page; no password, no formulas, no merged cells.",
  "excel.wrongType": "The file “{name}” is not an .xlsx workbook.",
  "excel.submit": "Upload and check",
  "excel.keepValid": "Save only the valid part",
  "excel.keepValidHint": "Cells with problems are skipped; the other figures are saved.",
  "excel.fromFormulas": "{count} cells holding a formula were read by the value Excel computed.",
  "excel.saved": "Saved {changed} figures from the Excel file ({unchanged} unchanged).",
  "excel.nothingChanged": "The file has no figure that differs from what is saved.",
  "excel.partial":
    "Saved {changed} figures; skipped {skipped} figures with problems ({problems} problems) listed below.",
  "export.menu": "Export data",
  "export.xlsx": "Excel (.xlsx)",
  "export.csv": "CSV (semicolons, UTF-8)",
  "export.json": "JSON",
  "form.historyBaseline":
    "{year} is a baseline year entered by the environment department for comparison: read only, agencies neither change nor submit it.",
};
