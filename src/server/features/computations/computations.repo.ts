import { and, desc, eq, isNull, ne, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { computations, frameworkVersions, orgUnits } from "../../db/schema.js";

export type ComputationRow = typeof computations.$inferSelect;

const selection = {
  computation: computations,
  frameworkCode: frameworkVersions.frameworkCode,
  version: frameworkVersions.version,
  orgUnitName: orgUnits.name,
};

function joined(db: DbOrTx) {
  return db
    .select(selection)
    .from(computations)
    .innerJoin(frameworkVersions, eq(frameworkVersions.id, computations.frameworkVersionId))
    .innerJoin(orgUnits, eq(orgUnits.id, computations.orgUnitId));
}

export async function findComputation(db: DbOrTx, id: string) {
  const rows = await joined(db).where(eq(computations.id, id)).limit(1);
  return rows[0];
}

export async function listComputations(
  db: DbOrTx,
  filter: { framework?: string; orgUnitId?: string; year?: number; includeSuperseded?: boolean },
) {
  const conditions: SQL[] = [];
  if (filter.framework) conditions.push(eq(frameworkVersions.frameworkCode, filter.framework));
  if (filter.orgUnitId) conditions.push(eq(computations.orgUnitId, filter.orgUnitId));
  if (filter.year) conditions.push(eq(computations.year, filter.year));
  if (!filter.includeSuperseded) conditions.push(isNull(computations.supersededBy));
  return joined(db)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(computations.year), desc(computations.createdAt));
}

/** Computations still in force that were made under another version than `currentVersionId`. */
export async function listOutdated(db: DbOrTx, frameworkCode: string, currentVersionId: string) {
  return joined(db).where(
    and(
      eq(frameworkVersions.frameworkCode, frameworkCode),
      ne(computations.frameworkVersionId, currentVersionId),
      isNull(computations.supersededBy),
    ),
  );
}

export async function insertComputation(db: DbOrTx, row: typeof computations.$inferInsert): Promise<void> {
  await db.insert(computations).values(row);
}

export async function markSuperseded(db: DbOrTx, id: string, by: string): Promise<void> {
  await db.update(computations).set({ supersededBy: by }).where(eq(computations.id, id));
}

/** The computation in force for a province-year of a framework, if any. */
export async function findCurrentFor(db: DbOrTx, frameworkCode: string, orgUnitId: string, year: number) {
  const rows = await joined(db)
    .where(
      and(
        eq(frameworkVersions.frameworkCode, frameworkCode),
        eq(computations.orgUnitId, orgUnitId),
        eq(computations.year, year),
        isNull(computations.supersededBy),
      ),
    )
    .limit(1);
  return rows[0];
}

/** The result stored when a cycle was approved (the latest, if it was approved more than once). */
export async function findStoredForCycle(db: DbOrTx, cycleId: string) {
  const [row] = await db
    .select({ result: computations.result })
    .from(computations)
    .where(and(eq(computations.cycleId, cycleId), isNull(computations.supersededBy)))
    .limit(1);
  if (!row) return undefined;
  const result = row.result as { total: number; complete: boolean };
  return { total: result.total, complete: result.complete };
}
