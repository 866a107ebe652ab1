import { and, asc, eq, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { publishedResults } from "../../db/schema.js";

export type PublishedRow = typeof publishedResults.$inferSelect;

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
