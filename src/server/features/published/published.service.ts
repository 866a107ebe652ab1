// Published results of other bodies, imported from CSV or an Excel workbook (its first sheet) with
// their sources. A file with any problem imports nothing; a PGI total that is not its
// sub-indices' sum is imported as published and comes back as a warning with its row. Against
// the rows already stored for a year and province, a file row that says the same changes
// nothing, one that only adds (a group II score to a total) completes the stored row, and one
// that says something else is refused with its row and columns unless the import is asked to
// replace: then the file's values win and the stored ones fill its gaps. Every completion and
// replacement keeps the stored row in the audit trail.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { eraOfYear, matchProvince } from "../../../domain/org/provinces.js";
import {
  type CsvLayout,
  combinePublished,
  type PublishedComponents,
  type PublishedFigures,
  type PublishedRow,
  parsePublishedCsv,
  parsePublishedTable,
  pepiLayout,
  pgiLayout,
  type RowIssue,
  totalSumWarning,
} from "../../../domain/results/published-csv.js";
import type { PublishedScore } from "../../../domain/results/ranking.js";
import { formatNumberVi } from "../../../domain/text/format-vi.js";
import type { Db } from "../../db/client.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { AppError, type ErrorDetail } from "../../platform/errors.js";
import { heavyWork } from "../../platform/heavy-work.js";
import { readSheetRows } from "../../reports/sheet-rows.js";
import { shippedFrameworksDir } from "../frameworks/frameworks.service.js";
import * as repo from "./published.repo.js";

const layouts: Record<"pepi" | "pgi", CsvLayout> = { pepi: pepiLayout, pgi: pgiLayout };

export async function importPublished(
  db: Db,
  input: {
    kind: "pepi" | "pgi";
    fileName: string;
    /** The file's text, or with `encoding: "base64"` its bytes (an .xlsx, or a CSV in UTF-8). */
    content: string;
    encoding?: "text" | "base64";
    /** Rows of one year and province that complete each other become one. */
    combine?: boolean;
    /** Rows that differ from the stored ones replace them. */
    replace?: boolean;
  },
  ctx: AuditContext,
): Promise<{
  imported: number;
  completed: number;
  replaced: number;
  unchanged: number;
  warnings: RowIssue[];
}> {
  const layout = layouts[input.kind];
  const options = { combine: input.combine };
  const { rows, issues, warnings, totalColumn } =
    input.encoding === "base64"
      ? parsePublishedTable(
          // A workbook is measured before it is opened, and opened one at a time (heavy work).
          await heavyWork.run(() => readSheetRows(input.fileName, Buffer.from(input.content, "base64"))),
          layout,
          options,
        )
      : parsePublishedCsv(input.content, layout, options);
  if (issues.length > 0) {
    throw new AppError(
      "CSV_INVALID",
      { file: input.fileName, count: issues.length },
      issues.slice(0, 200).map((i) => ({ field: i.column, row: i.row, message: i.message })),
    );
  }
  const now = new Date();
  return db.transaction(async (tx) => {
    const stored = new Map(
      (await repo.listPublished(tx, { kind: input.kind })).map((r) => [`${r.year}|${provinceCodeOf(r)}`, r]),
    );
    const fresh: PublishedRow[] = [];
    const updates: { stored: repo.PublishedRow; figures: PublishedFigures & Partial<PublishedRow> }[] = [];
    const conflicts: ErrorDetail[] = [];
    let unchanged = 0;
    let replaced = 0;
    for (const row of rows) {
      const old = stored.get(`${row.year}|${row.provinceCode}`);
      if (!old) {
        fresh.push(row);
        continue;
      }
      const kept = storedFigures(old);
      const completed = combinePublished(kept, row, layout);
      let figures: PublishedFigures | undefined;
      if (completed.conflicts.length === 0) {
        if (sameFigures(completed.merged, kept)) unchanged++;
        else updates.push({ stored: old, figures: completed.merged });
        figures = completed.merged;
      } else if (input.replace) {
        replaced++;
        figures = combinePublished(row, kept, layout).merged;
        updates.push({ stored: old, figures });
      } else
        conflicts.push({
          field: completed.conflicts[0]!,
          row: row.line,
          message: `${row.province} năm ${row.year} đã có kết quả khác ở cột ${completed.conflicts.join(", ")} (đang lưu: tổng điểm ${kept.total === null ? "trống" : formatNumberVi(kept.total)}, hạng ${kept.rank ?? "trống"}); chọn thay thế nếu tệp này đúng hơn`,
        });
      // A row completed by the stored one (a total added to stored sub-indices) is checked whole.
      const message = figures && totalSumWarning(figures, layout);
      if (message && !warnings.some((w) => w.row === row.line))
        warnings.push({ row: row.line, column: totalColumn, message });
    }
    if (conflicts.length > 0)
      throw new AppError(
        "PUBLISHED_CONFLICT",
        { file: input.fileName, count: conflicts.length },
        conflicts.slice(0, 200),
      );
    for (const row of fresh)
      await repo.insertPublished(tx, {
        id: randomUUID(),
        kind: input.kind,
        year: row.year,
        province: row.province,
        ...storedValues(row),
        importedAt: now,
        importedBy: ctx.actorUserId,
      });
    for (const u of updates)
      await repo.updatePublished(tx, u.stored.id, {
        ...storedValues(u.figures),
        importedAt: now,
        importedBy: ctx.actorUserId,
      });
    warnings.sort((a, b) => a.row - b.row);
    const result = {
      imported: fresh.length,
      completed: updates.length - replaced,
      replaced,
      unchanged,
      warnings,
    };
    await recordAudit(tx, ctx, {
      type: "published.imported",
      entityId: input.kind,
      summary: `Nhập kết quả ${input.kind.toUpperCase()} công bố từ “${input.fileName}”: ${fresh.length} dòng mới, ${result.completed} dòng bổ sung, ${replaced} dòng thay thế, ${unchanged} dòng không đổi${warnings.length ? `, ${warnings.length} dòng có tổng điểm khác tổng chỉ số thành phần (giữ nguyên số công bố)` : ""}`,
      before: updates.length ? { rows: updates.map((u) => u.stored) } : null,
      after: result,
    });
    return result;
  });
}

/** A stored row's figures and sources, in the form the file's rows are read in (and the API shows). */
export function storedFigures(
  r: repo.PublishedRow,
): PublishedFigures & Pick<PublishedRow, "decision" | "sourceUrl" | "notes"> {
  return {
    total: r.totalScore === null ? null : Number(r.totalScore),
    rank: r.rank,
    band: r.band,
    parts: r.parts as Record<string, number | null>,
    partRanks: r.partRanks as Record<string, number | null>,
    components: (r.components ?? {}) as PublishedComponents,
    decision: r.decision,
    sourceUrl: r.sourceUrl,
    notes: r.notes,
  };
}

/** The known values of a keyed figure, in one order (jsonb does not keep the order they were written in). */
const known = (values: Record<string, unknown>): string =>
  JSON.stringify(
    Object.entries(values)
      .filter(
        ([, v]) => v !== null && v !== undefined && (typeof v !== "object" || Object.keys(v).length > 0),
      )
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, v !== null && typeof v === "object" ? known(v as Record<string, unknown>) : v]),
  );

const sameFigures = (a: PublishedFigures, b: PublishedFigures) =>
  a.total === b.total &&
  a.rank === b.rank &&
  a.band === b.band &&
  known(a.parts) === known(b.parts) &&
  known(a.partRanks) === known(b.partRanks) &&
  known(a.components ?? {}) === known(b.components ?? {});

/** The columns a row's figures and sources are stored in. */
function storedValues(row: PublishedFigures & Partial<PublishedRow>) {
  return {
    totalScore: row.total === null ? null : String(row.total),
    rank: row.rank,
    band: row.band,
    parts: row.parts,
    partRanks: row.partRanks,
    components: row.components ?? {},
    decision: row.decision ?? null,
    sourceUrl: row.sourceUrl ?? "",
    notes: row.notes ?? null,
  };
}

const codeByName = new Map<string, string>();

/** The registry code of a stored row, whatever spelling an older import kept. */
export function provinceCodeOf(row: { year: number; province: string }): string {
  // Pure and asked for every row of every table read: remembered by era and name.
  const era = eraOfYear(row.year);
  const key = `${era}|${row.province}`;
  let code = codeByName.get(key);
  if (code === undefined) {
    code = matchProvince(row.province, era)?.code ?? `?${row.province}`;
    if (codeByName.size < 10_000) codeByName.set(key, code);
  }
  return code;
}

/** On a new installation: the published results shipped with PEPI Hub. */
export async function loadShippedPublished(db: Db, ctx: AuditContext): Promise<void> {
  if ((await repo.countPublished(db)) > 0) return;
  for (const kind of ["pepi", "pgi"] as const) {
    const fileName = `${kind}_results.csv`;
    const content = fs.readFileSync(path.join(shippedFrameworksDir, "published", fileName), "utf8");
    await importPublished(db, { kind, fileName, content }, ctx);
  }
}

/** Provinces ranked in a PEPI year: 63 before the 2025 merger, 34 after. */
export function provinceCountFor(year: number): number {
  return year <= 2024 ? 63 : 34;
}

export async function publishedScores(db: Db, kind: "pepi" | "pgi", year: number): Promise<PublishedScore[]> {
  return scoresOf(await repo.listPublished(db, { kind, year }), year);
}

/** The most recent year with published scores (totals, or one part's), not after `year`. */
export async function latestPublishedYear(
  db: Db,
  kind: "pepi" | "pgi",
  year: number,
  part?: string,
): Promise<number | null> {
  return latestYearOf(await repo.listPublished(db, { kind }), year, part);
}

/** The scores of a year among rows already read: totals, or one part's with its rank. */
export function scoresOf(rows: repo.PublishedFigures[], year: number, part?: string): PublishedScore[] {
  return rows
    .filter((r) => r.year === year)
    .map((r) =>
      part
        ? {
            province: provinceCodeOf(r),
            total: (r.parts as Record<string, number | null>)[part] ?? null,
            rank: (r.partRanks as Record<string, number | null>)[part] ?? null,
          }
        : {
            province: provinceCodeOf(r),
            total: r.totalScore === null ? null : Number(r.totalScore),
            rank: r.rank,
          },
    );
}

/** The most recent year not after `year` with scores (totals, or one part's) among rows already read. */
export function latestYearOf(rows: repo.PublishedFigures[], year: number, part?: string): number | null {
  const known = (r: repo.PublishedFigures) =>
    part ? (r.parts as Record<string, number | null>)[part] != null : r.totalScore !== null;
  const years = rows.filter((r) => known(r) && r.year <= year).map((r) => r.year);
  return years.length ? Math.max(...years) : null;
}
