// The only queries of the greenhouse-gas register: lists, facilities with their listings and
// events, and the list imports waiting for the department's decision.
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/client.js";
import {
  agencies,
  ghgFacilities,
  ghgFacilityEvents,
  ghgFacilityListings,
  ghgListImports,
  ghgLists,
  ghgReports,
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

export interface FacilityFilter {
  sector?: string;
  ministry?: string;
  agencyId?: string;
  listId?: string;
  status?: "active" | "closed" | "delisted";
}

// The register page is read often, by many at once: its query is built once per database and
// prepared (planning its joins cost more than running them), each filter a parameter
// that is null when unused.
const registerQueries = new WeakMap<object, ReturnType<typeof prepareRegisterQuery>>();

function prepareRegisterQuery(db: DbOrTx) {
  const param = (name: keyof FacilityFilter) => sql.placeholder(name);
  // Each facility's lists, in the order they took effect, in one pass over the listings.
  const listCodes = db
    .select({
      facilityId: ghgFacilityListings.facilityId,
      codes: sql`json_agg(${ghgLists.code} order by ${ghgLists.effectiveFrom}, ${ghgLists.code})`.as("codes"),
    })
    .from(ghgFacilityListings)
    .innerJoin(ghgLists, eq(ghgLists.id, ghgFacilityListings.listId))
    .groupBy(ghgFacilityListings.facilityId)
    .as("list_codes");
  // Each facility's report received last (by the day it arrived), in one pass over the reports;
  // its JSON is built for those only, not for every report.
  const r = ghgReports;
  const latest = db
    .selectDistinctOn([r.facilityId], {
      facilityId: r.facilityId,
      id: r.id,
      kind: r.kind,
      year: r.year,
      periodFrom: r.periodFrom,
      periodTo: r.periodTo,
      status: r.status,
    })
    .from(r)
    .orderBy(r.facilityId, desc(r.receivedOn), desc(r.year), desc(r.createdAt))
    .as("latest_report");
  const delistedBy = alias(ghgLists, "delisted_by");
  const f = ghgFacilities;
  // Each facility as the contract's `GhgFacilityListItem`, its fields named as the contract names them.
  const summary = db
    .select({
      id: f.id,
      name: f.name,
      taxCode: sql`${f.taxCode}`.as("taxCode"),
      address: f.address,
      sector: f.sector,
      subSector: sql`${f.subSector}`.as("subSector"),
      ministry: f.ministry,
      agencyId: sql`${f.agencyId}`.as("agencyId"),
      agencyName: sql`${agencies.name}`.as("agencyName"),
      status: f.status,
      quotaStatus: sql`${f.quotaStatus}`.as("quotaStatus"),
      quotaSector: sql`${f.quotaSector}`.as("quotaSector"),
      rowVersion: sql`${f.rowVersion}`.as("rowVersion"),
      delistedBy: sql`${delistedBy.code}`.as("delistedBy"),
      lists: sql`coalesce(${listCodes.codes}, '[]'::json)`.as("lists"),
      latestReport: sql`case when ${latest.id} is null then null else json_build_object(
        'id', ${latest.id}, 'kind', ${latest.kind}, 'year', ${latest.year}, 'periodFrom', ${latest.periodFrom},
        'periodTo', ${latest.periodTo}, 'status', ${latest.status}) end`.as("latestReport"),
    })
    .from(f)
    .leftJoin(agencies, eq(agencies.id, f.agencyId))
    .leftJoin(delistedBy, eq(delistedBy.id, f.delistedByListId))
    .leftJoin(listCodes, eq(listCodes.facilityId, f.id))
    .leftJoin(latest, eq(latest.facilityId, f.id))
    .where(
      sql`(${param("sector")}::text is null or ${f.sector} = ${param("sector")})
        and (${param("ministry")}::text is null or ${f.ministry} = ${param("ministry")})
        and (${param("agencyId")}::uuid is null or ${f.agencyId} = ${param("agencyId")})
        and (${param("status")}::text is null
             or (${param("status")} = 'delisted' and ${f.delistedByListId} is not null)
             or (${f.status} = ${param("status")} and ${f.delistedByListId} is null))
        and (${param("listId")}::uuid is null or ${f.id} in (
              select ${ghgFacilityListings.facilityId} from ${ghgFacilityListings}
              where ${ghgFacilityListings.listId} = ${param("listId")}))`,
    )
    .as("summary");
  // The whole list is written as JSON text by the database, in Vietnamese order of names (the ICU
  // collation, as the pages sort): sent as it comes, it is never parsed, sorted or written again
  // by the server.
  return db
    .select({
      json: sql<string>`coalesce(json_agg(row_to_json(summary)
        order by ${summary.name} collate "vi-x-icu", ${summary.id}), '[]')::text`,
    })
    .from(summary)
    .prepare("ghg_register");
}

/** The register's facilities as the page lists them, as a JSON array's text. */
export async function listFacilitiesJson(db: DbOrTx, filter: FacilityFilter): Promise<string> {
  let query = registerQueries.get(db);
  if (!query) {
    query = prepareRegisterQuery(db);
    registerQueries.set(db, query);
  }
  const [row] = await query.execute({
    sector: filter.sector || null,
    ministry: filter.ministry || null,
    agencyId: filter.agencyId || null,
    status: filter.status || null,
    listId: filter.listId || null,
  });
  return row?.json ?? "[]";
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
