// The only queries of the greenhouse-gas register: lists, facilities with their listings and
// events, and the list imports waiting for the department's decision.
import { and, asc, desc, eq, inArray, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import {
  agencies,
  ghgFacilities,
  ghgFacilityEvents,
  ghgFacilityListings,
  ghgListImports,
  ghgLists,
  orgUnits,
} from "../../db/schema.js";

export type ListRow = typeof ghgLists.$inferSelect;
export type FacilityRow = typeof ghgFacilities.$inferSelect;
export type ImportRow = typeof ghgListImports.$inferSelect;

export const listLists = (db: DbOrTx) =>
  db.select().from(ghgLists).orderBy(asc(ghgLists.effectiveFrom), asc(ghgLists.code));

export async function findListByCode(db: DbOrTx, code: string): Promise<ListRow | undefined> {
  return (await db.select().from(ghgLists).where(eq(ghgLists.code, code)))[0];
}

export const insertList = (db: DbOrTx, row: typeof ghgLists.$inferInsert) => db.insert(ghgLists).values(row);

/** Every facility of the register (a province holds a few hundred), for comparing a list with it. */
export const allFacilities = (db: DbOrTx) => db.select().from(ghgFacilities);

export async function findFacility(
  db: DbOrTx,
  id: string,
  lock?: "update",
): Promise<FacilityRow | undefined> {
  const query = db.select().from(ghgFacilities).where(eq(ghgFacilities.id, id));
  return (await (lock ? query.for("update") : query))[0];
}

/** A facility as the register page lists it (the contract's summary, its words not yet checked). */
export interface FacilitySummaryRow {
  id: string;
  name: string;
  taxCode: string | null;
  address: string;
  sector: string;
  subSector: string | null;
  ministry: string;
  agencyId: string | null;
  agencyName: string | null;
  status: string;
  quotaStatus: string;
  quotaSector: string | null;
  rowVersion: number;
  delistedBy: string | null;
  lists: string[];
}

export interface FacilityFilter {
  sector?: string;
  ministry?: string;
  agencyId?: string;
  listId?: string;
  status?: "active" | "closed" | "delisted";
}

export async function listFacilities(db: DbOrTx, filter: FacilityFilter) {
  const where: SQL[] = [];
  if (filter.sector) where.push(eq(ghgFacilities.sector, filter.sector));
  if (filter.ministry) where.push(eq(ghgFacilities.ministry, filter.ministry));
  if (filter.agencyId) where.push(eq(ghgFacilities.agencyId, filter.agencyId));
  if (filter.status === "delisted") where.push(isNotNull(ghgFacilities.delistedByListId));
  else if (filter.status)
    where.push(eq(ghgFacilities.status, filter.status), isNull(ghgFacilities.delistedByListId));
  if (filter.listId) {
    const onList = db
      .select({ id: ghgFacilityListings.facilityId })
      .from(ghgFacilityListings)
      .where(eq(ghgFacilityListings.listId, filter.listId));
    where.push(inArray(ghgFacilities.id, onList));
  }
  // The register page is read often, by many at once: each facility's summary is built as JSON by
  // the database (the lists it is on folded in, in the order they took effect) and the page's
  // rows come back as one value, not mapped field by field.
  const rows = db
    .select({
      item: sql`json_build_object(
        'id', ${ghgFacilities.id}, 'name', ${ghgFacilities.name}, 'taxCode', ${ghgFacilities.taxCode},
        'address', ${ghgFacilities.address}, 'sector', ${ghgFacilities.sector},
        'subSector', ${ghgFacilities.subSector}, 'ministry', ${ghgFacilities.ministry},
        'agencyId', ${ghgFacilities.agencyId}, 'agencyName', ${agencies.name},
        'status', ${ghgFacilities.status}, 'quotaStatus', ${ghgFacilities.quotaStatus},
        'quotaSector', ${ghgFacilities.quotaSector}, 'rowVersion', ${ghgFacilities.rowVersion},
        'delistedBy', (select ${ghgLists.code} from ${ghgLists} where ${ghgLists.id} = ${ghgFacilities.delistedByListId}),
        'lists', coalesce((select json_agg(l.code order by l.effective_from, l.code)
                           from ${ghgFacilityListings} fl join ${ghgLists} l on l.id = fl.list_id
                           where fl.facility_id = ${ghgFacilities.id}), '[]'::json))`.as("item"),
    })
    .from(ghgFacilities)
    .leftJoin(agencies, eq(agencies.id, ghgFacilities.agencyId))
    .where(where.length ? and(...where) : undefined)
    .as("summaries");
  const [result] = await db
    .select({ items: sql<FacilitySummaryRow[]>`coalesce(json_agg(${rows.item}), '[]'::json)` })
    .from(rows);
  return result?.items ?? [];
}

/** The lists each facility is on, by code, in the order the lists took effect. */
export async function listCodesByFacility(db: DbOrTx, ids?: string[]) {
  const rows = await db
    .select({ facilityId: ghgFacilityListings.facilityId, code: ghgLists.code })
    .from(ghgFacilityListings)
    .innerJoin(ghgLists, eq(ghgLists.id, ghgFacilityListings.listId))
    .where(ids ? inArray(ghgFacilityListings.facilityId, ids) : undefined)
    .orderBy(asc(ghgLists.effectiveFrom), asc(ghgLists.code));
  const byFacility = new Map<string, string[]>();
  for (const r of rows) byFacility.set(r.facilityId, [...(byFacility.get(r.facilityId) ?? []), r.code]);
  return byFacility;
}

export const listingsOf = (db: DbOrTx, facilityId: string) =>
  db
    .select({ listing: ghgFacilityListings, listCode: ghgLists.code })
    .from(ghgFacilityListings)
    .innerJoin(ghgLists, eq(ghgLists.id, ghgFacilityListings.listId))
    .where(eq(ghgFacilityListings.facilityId, facilityId))
    .orderBy(asc(ghgLists.effectiveFrom));

export const eventsOf = (db: DbOrTx, facilityId: string) =>
  db
    .select({ event: ghgFacilityEvents, listCode: ghgLists.code })
    .from(ghgFacilityEvents)
    .leftJoin(ghgLists, eq(ghgLists.id, ghgFacilityEvents.listId))
    .where(eq(ghgFacilityEvents.facilityId, facilityId))
    .orderBy(desc(ghgFacilityEvents.occurredOn), desc(ghgFacilityEvents.recordedAt));

export const insertFacilities = (db: DbOrTx, rows: (typeof ghgFacilities.$inferInsert)[]) =>
  rows.length ? db.insert(ghgFacilities).values(rows) : Promise.resolve();
export const insertListings = (db: DbOrTx, rows: (typeof ghgFacilityListings.$inferInsert)[]) =>
  rows.length ? db.insert(ghgFacilityListings).values(rows).onConflictDoNothing() : Promise.resolve();
export const insertEvents = (db: DbOrTx, rows: (typeof ghgFacilityEvents.$inferInsert)[]) =>
  rows.length ? db.insert(ghgFacilityEvents).values(rows) : Promise.resolve();

export async function updateFacility(
  db: DbOrTx,
  id: string,
  values: Partial<typeof ghgFacilities.$inferInsert>,
) {
  await db.update(ghgFacilities).set(values).where(eq(ghgFacilities.id, id));
}

export const insertImport = (db: DbOrTx, row: typeof ghgListImports.$inferInsert) =>
  db.insert(ghgListImports).values(row);

export async function findImport(db: DbOrTx, id: string, lock?: "update"): Promise<ImportRow | undefined> {
  const query = db.select().from(ghgListImports).where(eq(ghgListImports.id, id));
  return (await (lock ? query.for("update") : query))[0];
}

export const listImports = (db: DbOrTx) =>
  db.select().from(ghgListImports).orderBy(desc(ghgListImports.createdAt)).limit(20);

export async function decideImport(
  db: DbOrTx,
  id: string,
  status: "confirmed" | "discarded",
  userId: string | null,
) {
  await db
    .update(ghgListImports)
    .set({ status, decidedBy: userId, decidedAt: new Date() })
    .where(eq(ghgListImports.id, id));
}

export async function facilityCountsByList(db: DbOrTx) {
  const rows = await db.select({ listId: ghgFacilityListings.listId }).from(ghgFacilityListings);
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.listId, (counts.get(r.listId) ?? 0) + 1);
  return counts;
}

export async function agencyName(db: DbOrTx, id: string): Promise<string | null> {
  return (
    (await db.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, id)))[0]?.name ?? null
  );
}

export async function facilityByTaxCode(db: DbOrTx, taxCode: string): Promise<FacilityRow | undefined> {
  return (await db.select().from(ghgFacilities).where(eq(ghgFacilities.taxCode, taxCode)))[0];
}

/** The communes under a province's unit (the province the department works for). */
export const communesUnder = (db: DbOrTx, provinceUnitId: string) =>
  db
    .select({ id: orgUnits.id, name: orgUnits.name })
    .from(orgUnits)
    .where(and(eq(orgUnits.parentId, provinceUnitId), eq(orgUnits.level, "commune")));

export async function orgUnitName(db: DbOrTx, id: string): Promise<string | null> {
  return (
    (await db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, id)))[0]?.name ?? null
  );
}
