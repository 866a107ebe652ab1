// The only queries of the department's yearly greenhouse-gas report: its saved words, and the
// lists and reviews its default wording names.
import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import {
  agencies,
  ghgFacilities,
  ghgFacilityEvents,
  ghgFacilityListings,
  ghgLists,
  ghgReviews,
  ghgWorkReports,
} from "../../db/schema.js";

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

/** The register as the Ministry's list needs it: facilities, what each list wrote, life events, names. */
export async function registerForMinistryList(db: DbOrTx) {
  const [facilities, listings, closures, agencyRows, listRows] = await Promise.all([
    db.select().from(ghgFacilities),
    db
      .select({
        facilityId: ghgFacilityListings.facilityId,
        code: ghgLists.code,
        name: ghgFacilityListings.name,
      })
      .from(ghgFacilityListings)
      .innerJoin(ghgLists, eq(ghgLists.id, ghgFacilityListings.listId))
      .orderBy(asc(ghgLists.effectiveFrom), asc(ghgLists.code)),
    db
      .select({
        facilityId: ghgFacilityEvents.facilityId,
        kind: ghgFacilityEvents.kind,
        on: ghgFacilityEvents.occurredOn,
      })
      .from(ghgFacilityEvents)
      .orderBy(asc(ghgFacilityEvents.occurredOn)),
    db.select({ id: agencies.id, name: agencies.name }).from(agencies),
    db.select({ id: ghgLists.id, code: ghgLists.code }).from(ghgLists),
  ]);
  return {
    facilities,
    listings,
    closures,
    agencyNames: new Map(agencyRows.map((a) => [a.id, a.name])),
    lists: new Map(listRows.map((l) => [l.id, l.code])),
  };
}
