// Published results of other bodies, imported from CSV with their sources. A file with any
// problem imports nothing; a good file replaces the rows of the same kind, year and province.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import {
  type CsvLayout,
  parsePublishedCsv,
  pepiLayout,
  pgiLayout,
} from "../../../domain/results/published-csv.js";
import type { PublishedScore } from "../../../domain/results/ranking.js";
import type { Db } from "../../db/client.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { AppError } from "../../platform/errors.js";
import { shippedFrameworksDir } from "../frameworks/frameworks.service.js";
import * as repo from "./published.repo.js";

const layouts: Record<"pepi" | "pgi", CsvLayout> = { pepi: pepiLayout, pgi: pgiLayout };

export async function importPublished(
  db: Db,
  input: { kind: "pepi" | "pgi"; fileName: string; content: string },
  ctx: AuditContext,
): Promise<{ imported: number; replaced: number }> {
  const { rows, issues } = parsePublishedCsv(input.content, layouts[input.kind]);
  if (issues.length > 0) {
    throw new AppError(
      "CSV_INVALID",
      { file: input.fileName, count: issues.length },
      issues.slice(0, 200).map((i) => ({ field: i.column, row: i.row, message: i.message })),
    );
  }
  const now = new Date();
  return db.transaction(async (tx) => {
    let replaced = 0;
    for (const row of rows) {
      const wasThere = await repo.upsertPublished(tx, {
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
      if (wasThere) replaced++;
    }
    await recordAudit(tx, ctx, {
      type: "published.imported",
      entityId: input.kind,
      summary: `Nhập ${rows.length} dòng kết quả ${input.kind.toUpperCase()} công bố từ “${input.fileName}”`,
      after: { imported: rows.length, replaced },
    });
    return { imported: rows.length, replaced };
  });
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
    province: r.province,
    total: r.totalScore === null ? null : Number(r.totalScore),
    rank: r.rank,
  }));
}

/** The most recent year with published scores, not after `year`. */
export async function latestPublishedYear(
  db: Db,
  kind: "pepi" | "pgi",
  year: number,
): Promise<number | null> {
  const rows = await repo.listPublished(db, { kind });
  const years = rows.filter((r) => r.totalScore !== null && r.year <= year).map((r) => r.year);
  return years.length ? Math.max(...years) : null;
}
