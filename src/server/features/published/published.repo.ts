import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { publishedResults } from "../../db/schema.js";

export type PublishedRow = typeof publishedResults.$inferSelect;
/** What comparing and ranking read of a row: no sources or notes. */
export type PublishedFigures = Pick<
  PublishedRow,
  "year" | "province" | "totalScore" | "rank" | "band" | "parts" | "partRanks"
>;
/** The figures with the source's caveat, for a figure shown as a value reached. */
export type PublishedFiguresWithSource = PublishedFigures & Pick<PublishedRow, "sourceUrl" | "notes">;

export async function listPublished(
  db: DbOrTx,
  filter: { kind?: string; year?: number },
): Promise<PublishedRow[]> {
  const conditions: SQL[] = [];
  if (filter.kind) conditions.push(eq(publishedResults.kind, filter.kind));
  if (filter.year) conditions.push(eq(publishedResults.year, filter.year));
  return db
    .select()
    .from(publishedResults)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(publishedResults.year), asc(publishedResults.rank), asc(publishedResults.province));
}

/** The rows of a kind in some years, figures with their source and notes: what a plan's targets read. */
export async function listPublishedWithSource(
  db: DbOrTx,
  kind: string,
  years: readonly number[],
): Promise<PublishedFiguresWithSource[]> {
  return db
    .select({
      year: publishedResults.year,
      province: publishedResults.province,
      totalScore: publishedResults.totalScore,
      rank: publishedResults.rank,
      band: publishedResults.band,
      parts: publishedResults.parts,
      partRanks: publishedResults.partRanks,
      sourceUrl: publishedResults.sourceUrl,
      notes: publishedResults.notes,
    })
    .from(publishedResults)
    .where(and(eq(publishedResults.kind, kind), inArray(publishedResults.year, [...years])));
}

/** Every row of a kind, figures only: what the standing reads on each visit of the home page. */
export async function listPublishedFigures(db: DbOrTx, kind: string): Promise<PublishedFigures[]> {
  return db
    .select({
      year: publishedResults.year,
      province: publishedResults.province,
      totalScore: publishedResults.totalScore,
      rank: publishedResults.rank,
      band: publishedResults.band,
      parts: publishedResults.parts,
      partRanks: publishedResults.partRanks,
    })
    .from(publishedResults)
    .where(eq(publishedResults.kind, kind))
    .orderBy(asc(publishedResults.year), asc(publishedResults.rank), asc(publishedResults.province));
}

export async function countPublished(db: DbOrTx): Promise<number> {
  return (await db.select({ id: publishedResults.id }).from(publishedResults).limit(1)).length;
}

export async function insertPublished(db: DbOrTx, row: typeof publishedResults.$inferInsert): Promise<void> {
  await db.insert(publishedResults).values(row);
}

export async function updatePublished(
  db: DbOrTx,
  id: string,
  values: Partial<typeof publishedResults.$inferInsert>,
): Promise<void> {
  await db.update(publishedResults).set(values).where(eq(publishedResults.id, id));
}
