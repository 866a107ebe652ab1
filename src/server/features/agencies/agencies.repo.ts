import { and, asc, count, eq, isNotNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { agencies, orgUnits, users } from "../../db/schema.js";

export type AgencyRow = typeof agencies.$inferSelect;
export type NewAgencyRow = typeof agencies.$inferInsert;

export interface AgencyWithUnit {
  agency: AgencyRow;
  orgUnit: { id: string; name: string; level: string };
  userCount: number;
}

function selectAgencies(db: DbOrTx) {
  const userCounts = db
    .select({ agencyId: users.agencyId, n: count().as("n") })
    .from(users)
    .groupBy(users.agencyId)
    .as("user_counts");
  return db
    .select({
      agency: agencies,
      orgUnit: { id: orgUnits.id, name: orgUnits.name, level: orgUnits.level },
      userCount: userCounts.n,
    })
    .from(agencies)
    .innerJoin(orgUnits, eq(orgUnits.id, agencies.orgUnitId))
    .leftJoin(userCounts, eq(userCounts.agencyId, agencies.id));
}

function toAgencyWithUnit(row: {
  agency: AgencyRow;
  orgUnit: AgencyWithUnit["orgUnit"];
  userCount: number | null;
}): AgencyWithUnit {
  return { agency: row.agency, orgUnit: row.orgUnit, userCount: Number(row.userCount ?? 0) };
}

export async function listAgencies(db: DbOrTx, onlyAgencyId: string | null): Promise<AgencyWithUnit[]> {
  const query = selectAgencies(db);
  const rows = onlyAgencyId
    ? await query.where(eq(agencies.id, onlyAgencyId)).orderBy(asc(agencies.name))
    : await query.orderBy(asc(agencies.name));
  return rows.map(toAgencyWithUnit);
}

export async function findAgencyWithUnit(db: DbOrTx, id: string): Promise<AgencyWithUnit | undefined> {
  const rows = await selectAgencies(db).where(eq(agencies.id, id)).limit(1);
  return rows[0] ? toAgencyWithUnit(rows[0]) : undefined;
}

export async function findAgency(db: DbOrTx, id: string): Promise<AgencyRow | undefined> {
  const rows = await db.select().from(agencies).where(eq(agencies.id, id)).limit(1);
  return rows[0];
}

export async function findAgencyByCode(db: DbOrTx, code: string): Promise<AgencyRow | undefined> {
  const rows = await db.select().from(agencies).where(eq(agencies.code, code)).limit(1);
  return rows[0];
}

export async function insertAgency(db: DbOrTx, row: NewAgencyRow): Promise<void> {
  await db.insert(agencies).values(row);
}

/** Updates only if nobody changed the row since `seenUpdatedAt`; returns whether it did. */
export async function updateAgency(
  db: DbOrTx,
  id: string,
  seenUpdatedAt: Date,
  changes: Partial<NewAgencyRow>,
): Promise<boolean> {
  const rows = await db
    .update(agencies)
    .set(changes)
    .where(and(eq(agencies.id, id), eq(agencies.updatedAt, seenUpdatedAt)))
    .returning({ id: agencies.id });
  return rows.length === 1;
}

/** The agencies in service, by code: where a sheet names an agency, it names one of these. */
export async function activeAgenciesByCode(db: DbOrTx) {
  const rows = await db
    .select({ id: agencies.id, code: agencies.code, name: agencies.name })
    .from(agencies)
    .where(eq(agencies.active, true));
  return new Map(rows.map((a) => [a.code, a]));
}

/** Every agency merged into another, with the one it went into. */
export async function mergedAgencies(db: DbOrTx) {
  return db
    .select({ id: agencies.id, successorAgencyId: agencies.successorAgencyId })
    .from(agencies)
    .where(isNotNull(agencies.successorAgencyId));
}

/** Changes of agencies' successors one at a time: two at once could each pass and make a loop. */
export async function lockLineage(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended('agencies:lineage', 0))`);
}
