// The report's tables: every indicator with its value, points, last year and explanation; the
// evidence cited for each indicator; and the annex of raw figures by agency. Pure: data in,
// blocks out, numbers and dates written the Vietnamese way.
import {
  formatChangePctVi,
  formatDateVi,
  formatNumberVi,
  formatPointsVi,
} from "../../../domain/text/format-vi.js";
import { nameInSentence } from "../../../domain/text/official-names.js";
import type { Block, Cell, Inline } from "../../documents/model.js";

export const provisionalMark = "(tạm tính)";

export interface ReportIndicator {
  code: string;
  name: string;
  /** The unit as people write it ("%", "xe/10.000 dân đô thị"). */
  unit: string;
  status: "computed" | "not_computable" | "not_assessed" | "not_applicable";
  value: number | null;
  /** Why it could not be computed. */
  reason: string | null;
  points: number;
  maxPoints: number;
  lastYear: number | null;
  changePct: number | null;
  explanations: { agency: string; text: string }[];
  /** Some figure behind it is not yet accepted (by value review or with the agency's submission). */
  provisional: boolean;
}

export interface ReportEvidence {
  indicatorCode: string;
  fileName: string;
  docNumber: string | null;
  docDate: string | null;
  issuer: string | null;
}

export interface ReportFigure {
  agencyName: string;
  elementCode: string;
  elementName: string;
  value: number | null;
  /** A list's rows, each as one line of text (name and fields); null for a number. */
  listItems: string[] | null;
  unit: string;
}

const dash = "—";
const value = (n: number | null) => (n === null ? dash : formatNumberVi(n));
const centred = (text: string): Cell => ({ runs: [text], align: "center" });

function valueCell(i: ReportIndicator): Cell {
  if (i.value === null) return { runs: [{ text: "Chưa tính được", italic: true }], align: "center" };
  const runs: Inline[] = [formatNumberVi(i.value)];
  if (i.provisional) runs.push("\n", { text: provisionalMark, italic: true });
  return { runs, align: "right" };
}

function explanationCell(i: ReportIndicator): Cell {
  const runs: Inline[] = [];
  if (i.reason)
    runs.push({
      // "Chưa tính được (thiếu số liệu: “…”)", not two colons in a row.
      text:
        i.status === "not_applicable"
          ? i.reason
          : `Chưa tính được (${i.reason.charAt(0).toLocaleLowerCase("vi-VN")}${i.reason.slice(1)})`,
      italic: true,
    });
  for (const e of i.explanations) {
    if (runs.length > 0) runs.push("\n");
    runs.push({ text: `${nameInSentence(e.agency)}: `, bold: true }, e.text);
  }
  return { runs };
}

export function indicatorTable(indicators: ReportIndicator[]): Block {
  return {
    type: "table",
    fontSize: 10,
    columns: [
      // Eight columns on a portrait page: at 10 pt "2.180.000.000", "2,8/3,18" and "-36,3%" fit on one line.
      { header: "Mã", width: 6, align: "center" },
      { header: "Tên chỉ số", width: 18 },
      { header: "Giá trị", width: 14, align: "right" },
      { header: "Đơn vị", width: 10, align: "center" },
      { header: "Điểm / tối đa", width: 9, align: "center" },
      { header: "Năm trước", width: 14, align: "right" },
      { header: "Thay đổi", width: 9, align: "right" },
      { header: "Giải trình", width: 20 },
    ],
    rows: indicators.map((i) => [
      centred(i.code),
      i.name,
      valueCell(i),
      centred(i.unit || dash),
      // Not computed is not zero points: "—/30" while the survey or a figure is awaited; an
      // indicator not applicable and left out of the maximum counts for nothing either way.
      centred(
        i.status === "not_applicable" && i.maxPoints === 0
          ? "không tính"
          : `${i.status === "not_computable" ? dash : formatPointsVi(i.points)}/${formatPointsVi(i.maxPoints)}`,
      ),
      { runs: [value(i.lastYear)], align: "right" },
      { runs: [i.changePct === null ? dash : formatChangePctVi(i.changePct)], align: "right" },
      explanationCell(i),
    ]),
  };
}

export function evidenceTable(evidence: ReportEvidence[]): Block {
  return {
    type: "table",
    fontSize: 12,
    columns: [
      { header: "Chỉ số", width: 6, align: "center" },
      { header: "Số, ký hiệu", width: 14 },
      { header: "Ngày ban hành", width: 11, align: "center" },
      { header: "Cơ quan ban hành", width: 22 },
      { header: "Tệp minh chứng", width: 30 },
    ],
    rows: evidence.map((e) => [
      centred(e.indicatorCode),
      e.docNumber ?? dash,
      centred(e.docDate ? formatDateVi(e.docDate) : dash),
      e.issuer ?? dash,
      e.fileName,
    ]),
  };
}

/**
 * Raw figures under a bold row per agency, so a long annex stays readable; a list gives its
 * number of rows, then each row (which facility, and whether it complies), numbered under it.
 */
export function figuresTable(figures: ReportFigure[]): Block {
  const rows: Cell[][] = [];
  let agency: string | null = null;
  let n = 0;
  for (const f of figures) {
    if (f.agencyName !== agency) {
      agency = f.agencyName;
      // A spanning cell takes the place of the cells it covers.
      rows.push([{ runs: [{ text: nameInSentence(agency), bold: true }], colSpan: 4, align: "left" }]);
    }
    const number = String(++n);
    if (f.listItems === null) {
      rows.push([centred(number), f.elementName, { runs: [value(f.value)], align: "right" }, f.unit]);
      continue;
    }
    const count = f.listItems.length;
    rows.push([
      centred(number),
      f.elementName,
      { runs: [count === 0 ? "Không có" : formatNumberVi(count)], align: "right" },
      count === 0 ? "" : "mục",
    ]);
    for (const [i, item] of f.listItems.entries())
      rows.push([centred(`${number}.${i + 1}`), { runs: [item || dash], colSpan: 3 }]);
  }
  return {
    type: "table",
    fontSize: 12,
    // Names, not codes: the annex is read by people.
    columns: [
      { header: "STT", width: 8, align: "center" },
      { header: "Số liệu", width: 47 },
      { header: "Giá trị", width: 18, align: "right" },
      { header: "Đơn vị", width: 12 },
    ],
    rows,
  };
}
