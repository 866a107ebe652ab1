// Published results of other bodies, imported from CSV with their sources. A file with any
// problem imports nothing. A row the database already holds for that year and province is left
// as it is when the file says the same; when it says something else the import is refused with
// the rows, unless it is asked to replace them (each replacement in the audit trail).
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { eraOfYear, matchProvince } from "../../../domain/org/provinces.js";
import {
  type CsvLayout,
  parsePublishedCsv,
  pepiLayout,
  pgiLayout,
} from "../../../domain/results/published-csv.js";
import type { PublishedScore } from "../../../domain/results/ranking.js";
import { formatNumberVi } from "../../../domain/text/format-vi.js";
import type { Db } from "../../db/client.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { AppError } from "../../platform/errors.js";
import { shippedFrameworksDir } from "../frameworks/frameworks.service.js";
import * as repo from "./published.repo.js";

const layouts: Record<"pepi" | "pgi", CsvLayout> = { pepi: pepiLayout, pgi: pgiLayout };

export async function importPublished(
  db: Db,
  input: {
    kind: "pepi" | "pgi";
    fileName: string;
    content: string;
    /** Rows of one year and province that complete each other become one. */
    combine?: boolean;
    /** Rows that differ from the stored ones replace them. */
    replace?: boolean;
  },
  ctx: AuditContext,
): Promise<{ imported: number; replaced: number; unchanged: number }> {
  const { rows, issues } = parsePublishedCsv(input.content, layouts[input.kind], { combine: input.combine });
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
    const changed: { row: number; stored: repo.PublishedRow; incoming: (typeof rows)[number] }[] = [];
    const fresh: typeof rows = [];
    let unchanged = 0;
    for (const [index, row] of rows.entries()) {
      const old = stored.get(`${row.year}|${row.provinceCode}`);
      if (!old) fresh.push(row);
      else if (sameResult(old, row)) unchanged++;
      else changed.push({ row: index, stored: old, incoming: row });
    }
    if (changed.length > 0 && !input.replace)
      throw new AppError(
        "PUBLISHED_CONFLICT",
        { file: input.fileName, count: changed.length },
        changed.slice(0, 200).map((c) => ({
          field: "province",
          message: `${c.incoming.province} năm ${c.incoming.year} đã có kết quả khác (tổng điểm ${c.stored.totalScore === null ? "trống" : formatNumberVi(Number(c.stored.totalScore))}, hạng ${c.stored.rank ?? "trống"}); chọn thay thế nếu tệp này đúng hơn`,
        })),
      );
    for (const c of changed) await repo.deletePublished(tx, c.stored.id);
    for (const row of [...fresh, ...changed.map((c) => c.incoming)]) {
      await repo.insertPublished(tx, {
        id: randomUUID(),
        kind: input.kind,
        year: row.year,
        province: row.province,
        totalScore: row.total === null ? null : String(row.total),
        rank: row.rank,
        band: row.band,
        parts: row.parts,
        partRanks: row.partRanks,
        decision: row.decision,
        sourceUrl: row.sourceUrl,
        notes: row.notes,
        importedAt: now,
        importedBy: ctx.actorUserId,
      });
    }
    const imported = fresh.length + changed.length;
    await recordAudit(tx, ctx, {
      type: "published.imported",
      entityId: input.kind,
      summary: `Nhập ${imported} dòng kết quả ${input.kind.toUpperCase()} công bố từ “${input.fileName}”${changed.length ? `, thay thế ${changed.length} dòng` : ""}`,
      before: changed.length ? { replaced: changed.map((c) => c.stored) } : null,
      after: { imported, replaced: changed.length, unchanged },
    });
    return { imported, replaced: changed.length, unchanged };
  });
}

/** The registry code of a stored row, whatever spelling an older import kept. */
export function provinceCodeOf(row: { year: number; province: string }): string {
  return matchProvince(row.province, eraOfYear(row.year))?.code ?? `?${row.province}`;
}

/** The file adds nothing new and contradicts nothing: every value it gives is the stored one. */
function sameResult(stored: repo.PublishedRow, row: ReturnType<typeof parsePublishedCsv>["rows"][number]) {
  const agrees = (given: unknown, kept: unknown) => given === null || given === undefined || given === kept;
  const parts = stored.parts as Record<string, number | null>;
  const partRanks = stored.partRanks as Record<string, number | null>;
  return (
    agrees(row.total, stored.totalScore === null ? null : Number(stored.totalScore)) &&
    agrees(row.rank, stored.rank) &&
    agrees(row.band, stored.band) &&
    Object.entries(row.parts).every(([part, value]) => agrees(value, parts[part] ?? null)) &&
    Object.entries(row.partRanks).every(([part, value]) => agrees(value, partRanks[part] ?? null))
  );
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
  const rows = await repo.listPublished(db, { kind, year });
  return rows.map((r) => ({
    province: provinceCodeOf(r),
    total: r.totalScore === null ? null : Number(r.totalScore),
    rank: r.rank,
  }));
}

/** One part's published scores of a year (PEPI group I, a PGI sub-index), with the part's rank. */
export async function publishedPartScores(
  db: Db,
  kind: "pepi" | "pgi",
  year: number,
  part: string,
): Promise<PublishedScore[]> {
  const rows = await repo.listPublished(db, { kind, year });
  return rows.map((r) => ({
    province: provinceCodeOf(r),
    total: (r.parts as Record<string, number | null>)[part] ?? null,
    rank: (r.partRanks as Record<string, number | null>)[part] ?? null,
  }));
}

/** The most recent year with published scores (totals, or one part's), not after `year`. */
export async function latestPublishedYear(
  db: Db,
  kind: "pepi" | "pgi",
  year: number,
  part?: string,
): Promise<number | null> {
  const rows = await repo.listPublished(db, { kind });
  const known = (r: repo.PublishedRow) =>
    part ? (r.parts as Record<string, number | null>)[part] != null : r.totalScore !== null;
  const years = rows.filter((r) => known(r) && r.year <= year).map((r) => r.year);
  return years.length ? Math.max(...years) : null;
}
