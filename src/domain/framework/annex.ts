// The annex sheet: one row per indicator and edition with its name, unit, formula, points and
// scoring rule, as a coordinator copies them from the official annex. A cell that differs from
// the framework's value replaces it and is marked official; empty or unchanged cells leave the
// value and its provenance as they are (the sheet comes prefilled with the current values).
import { defaultOf, withFieldsAt } from "./provenance.js";
import type { FrameworkDef, ScoringRule } from "./schema.js";

export const annexColumns = [
  { key: "edition", header: "Phiên bản áp dụng" },
  { key: "code", header: "Mã chỉ số" },
  { key: "name", header: "Tên chỉ số" },
  { key: "unit", header: "Đơn vị" },
  { key: "formula", header: "Công thức" },
  { key: "points", header: "Điểm tối đa" },
  { key: "scoring", header: "Cách chấm" },
  { key: "p1", header: "Tham số 1" },
  { key: "p2", header: "Tham số 2" },
] as const;
export type AnnexKey = (typeof annexColumns)[number]["key"];
export type AnnexRow = { row: number } & Partial<Record<AnnexKey, string | number>>;

export interface AnnexIssue {
  row: number;
  column: string;
  message: string;
}

/** Scoring types by their Vietnamese names in the sheet (codes are accepted too). */
const scoringNames: Record<string, ScoringRule["type"]> = {
  "tuyến tính": "linear",
  "thấp hơn tốt hơn": "lower_is_better",
  "đạt/không đạt": "pass_fail",
  "so với năm trước": "improvement",
  "điểm từ nguồn ngoài": "external",
  linear: "linear",
  lower_is_better: "lower_is_better",
  pass_fail: "pass_fail",
  improvement: "improvement",
  external: "external",
};
export const scoringSheetName: Record<string, string> = {
  linear: "tuyến tính",
  lower_is_better: "thấp hơn tốt hơn",
  pass_fail: "đạt/không đạt",
  improvement: "so với năm trước",
  external: "điểm từ nguồn ngoài",
  bands: "theo khoảng",
};

const header = (key: AnnexKey) => annexColumns.find((c) => c.key === key)!.header;

function scoringOf(row: AnnexRow, issues: AnnexIssue[]): ScoringRule | undefined {
  const name = String(row.scoring ?? "")
    .trim()
    .toLowerCase();
  if (!name) return undefined;
  const type = scoringNames[name];
  if (!type) {
    issues.push({
      row: row.row,
      column: header("scoring"),
      message: `Không rõ cách chấm “${row.scoring}” (dùng: ${Object.keys(scoringNames).slice(0, 5).join(", ")})`,
    });
    return undefined;
  }
  const need = (key: "p1" | "p2"): number | undefined => {
    const value = row[key];
    if (typeof value === "number") return value;
    issues.push({ row: row.row, column: header(key), message: `Cách chấm “${name}” cần một số ở cột này` });
    return undefined;
  };
  switch (type) {
    case "external":
      return { type };
    case "pass_fail": {
      const threshold = need("p1");
      return threshold === undefined ? undefined : { type, threshold };
    }
    case "improvement": {
      const fullAt = need("p1");
      return fullAt === undefined
        ? undefined
        : { type, fullAt, unchangedShare: typeof row.p2 === "number" ? row.p2 : 0.5 };
    }
    case "linear": {
      const floor = need("p1");
      const target = need("p2");
      return floor === undefined || target === undefined ? undefined : { type, floor, target };
    }
    case "lower_is_better": {
      const best = need("p1");
      const worst = need("p2");
      return best === undefined || worst === undefined ? undefined : { type, best, worst };
    }
  }
  return undefined;
}

export function applyAnnex(
  source: FrameworkDef,
  rows: AnnexRow[],
): { def: FrameworkDef; issues: AnnexIssue[] } {
  const def: FrameworkDef = structuredClone(source);
  const issues: AnnexIssue[] = [];
  const top = defaultOf(def.provenance, "provisional");
  for (const row of rows) {
    const code = String(row.code ?? "").trim();
    const editionCode = String(row.edition ?? "").trim();
    const indicator = def.indicators.find((i) => i.code === code);
    if (!indicator) {
      issues.push({
        row: row.row,
        column: header("code"),
        message: code ? `Không có chỉ số “${code}”` : "Thiếu mã chỉ số",
      });
      continue;
    }
    const edition = def.editions.find((e) => e.code === editionCode);
    const entry = edition?.indicators.find((i) => i.code === code);
    if (!edition || !entry) {
      issues.push({
        row: row.row,
        column: header("edition"),
        message: `Không có phiên bản “${editionCode}” chứa chỉ số ${code}`,
      });
      continue;
    }
    const changed: string[] = [];
    const text = (value: string | number | undefined) =>
      value === undefined ? undefined : String(value).trim();
    if (text(row.name) !== undefined && text(row.name) !== indicator.name.vi) {
      indicator.name = { ...indicator.name, vi: text(row.name)! };
      changed.push("name");
    }
    if (text(row.unit) !== undefined && text(row.unit) !== indicator.unit) {
      indicator.unit = text(row.unit)!;
      changed.push("unit");
    }
    if (text(row.formula) !== undefined && text(row.formula) !== indicator.formula) {
      indicator.formula = text(row.formula);
      changed.push("formula");
    }
    if (changed.length) indicator.provenance = withFieldsAt(indicator.provenance, top, changed, "official");
    const entryChanged: string[] = [];
    if (row.points !== undefined) {
      if (typeof row.points !== "number" || row.points < 0) {
        issues.push({
          row: row.row,
          column: header("points"),
          message: `Điểm phải là số không âm, không phải “${row.points}”`,
        });
      } else if (row.points !== entry.points) {
        entry.points = row.points;
        entryChanged.push("points");
      }
    }
    // A band table does not fit two parameters: the sheet names it, the application edits it.
    const bandsNamed = ["theo khoảng", "bands"].includes(
      String(row.scoring ?? "")
        .trim()
        .toLowerCase(),
    );
    if (bandsNamed && entry.scoring.type !== "bands") {
      issues.push({
        row: row.row,
        column: header("scoring"),
        message: "Bảng điểm theo khoảng chỉ sửa được trong ứng dụng",
      });
    }
    const scoring = bandsNamed ? undefined : scoringOf(row, issues);
    if (scoring && JSON.stringify(scoring) !== JSON.stringify(entry.scoring)) {
      entry.scoring = scoring;
      entryChanged.push("scoring");
    }
    if (entryChanged.length) {
      entry.provenance = withFieldsAt(
        entry.provenance,
        defaultOf(edition.provenance, top),
        entryChanged,
        "official",
      );
    }
  }
  return { def, issues };
}
