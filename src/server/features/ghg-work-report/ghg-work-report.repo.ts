// The only queries of the department's yearly greenhouse-gas report: its saved words, and the
// lists and reviews its default wording names.
import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { ghgLists, ghgReviews, ghgWorkReports } from "../../db/schema.js";

export type WorkReportRow = typeof ghgWorkReports.$inferSelect;

export async function findWorkReport(db: DbOrTx, year: number, lock?: "update") {
  const query = db.select().from(ghgWorkReports).where(eq(ghgWorkReports.year, year));
  return (await (lock ? query.for("update") : query))[0];
}

/** False when another save created the row first (the editor then reloads). */
export async function insertWorkReport(db: DbOrTx, row: typeof ghgWorkReports.$inferInsert) {
  const inserted = await db
    .insert(ghgWorkReports)
    .values(row)
    .onConflictDoNothing()
    .returning({ year: ghgWorkReports.year });
  return inserted.length === 1;
}

export const updateWorkReport = (
  db: DbOrTx,
  year: number,
  values: Partial<typeof ghgWorkReports.$inferInsert>,
) =>
  db
    .update(ghgWorkReports)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(ghgWorkReports.year, year));

export const deleteWorkReport = (db: DbOrTx, year: number) =>
  db.delete(ghgWorkReports).where(eq(ghgWorkReports.year, year));

export const listsInOrder = (db: DbOrTx) =>
  db.select().from(ghgLists).orderBy(asc(ghgLists.effectiveFrom), asc(ghgLists.code));

export const reviewsInOrder = (db: DbOrTx) => db.select().from(ghgReviews).orderBy(asc(ghgReviews.dueOn));
