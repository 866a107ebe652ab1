import { and, desc, eq, inArray, isNull, ne, notExists, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { computations, cycles, frameworkVersions, orgUnits } from "../../db/schema.js";

export type ComputationRow = typeof computations.$inferSelect;

const selection = {
  computation: computations,
  frameworkCode: frameworkVersions.frameworkCode,
  version: frameworkVersions.version,
  orgUnitName: orgUnits.name,
  /** The state of the cycle an approved result was stored from: who may read it depends on it. */
  cycleStatus: cycles.status,
};

function joined(db: DbOrTx) {
  return db
    .select(selection)
    .from(computations)
    .innerJoin(frameworkVersions, eq(frameworkVersions.id, computations.frameworkVersionId))
    .innerJoin(orgUnits, eq(orgUnits.id, computations.orgUnitId))
    .leftJoin(cycles, eq(cycles.id, computations.cycleId));
}

/** In force: neither replaced by a newer result nor withdrawn with the reopening of its cycle. */
const inForce = () => and(isNull(computations.supersededBy), isNull(computations.withdrawnAt));

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
  if (!filter.includeSuperseded) conditions.push(inForce()!);
  return joined(db)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(computations.year), desc(computations.createdAt));
}

/**
 * Computations still in force made under another version than `currentVersionId`. An approved
 * cycle's result is not among them: it stays what was approved, under the version that scored it.
 */
export async function listOutdated(db: DbOrTx, frameworkCode: string, currentVersionId: string) {
  return joined(db).where(
    and(
      eq(frameworkVersions.frameworkCode, frameworkCode),
      ne(computations.frameworkVersionId, currentVersionId),
      inForce(),
      isNull(computations.cycleId),
    ),
  );
}

export async function insertComputation(db: DbOrTx, row: typeof computations.$inferInsert): Promise<void> {
  await db.insert(computations).values(row);
}

export async function markSuperseded(db: DbOrTx, id: string, by: string): Promise<void> {
  await db.update(computations).set({ supersededBy: by }).where(eq(computations.id, id));
}

/**
 * The computation in force for a province-year of a framework, if any; with `byHand`, only one
 * computed by hand (a hand computation never replaces an approved cycle's result).
 */
export async function findCurrentFor(
  db: DbOrTx,
  frameworkCode: string,
  orgUnitId: string,
  year: number,
  options: { byHand?: boolean } = {},
) {
  const rows = await joined(db)
    .where(
      and(
        eq(frameworkVersions.frameworkCode, frameworkCode),
        eq(computations.orgUnitId, orgUnitId),
        eq(computations.year, year),
        inForce(),
        options.byHand ? isNull(computations.cycleId) : undefined,
      ),
    )
    .limit(1);
  return rows[0];
}

/** Marks the results stored from a cycle as withdrawn; returns them (id and total). */
export async function withdrawCycleResults(db: DbOrTx, cycleId: string, at: Date) {
  return db
    .update(computations)
    .set({ withdrawnAt: at })
    .where(and(eq(computations.cycleId, cycleId), inForce()))
    .returning({ id: computations.id, totalHundredths: computations.totalHundredths });
}

/** The result stored when a cycle was last approved, if it is still in force. */
export async function findStoredForCycle(db: DbOrTx, cycleId: string) {
  const [row] = await db
    .select({ result: computations.result })
    .from(computations)
    .where(and(eq(computations.cycleId, cycleId), inForce()))
    .orderBy(desc(computations.createdAt))
    .limit(1);
  if (!row) return undefined;
  const result = row.result as { total: number; complete: boolean };
  return { total: result.total, complete: result.complete };
}

/** Approved or sent cycles with no result in force stored from them. */
export async function lockedCyclesWithoutResult(db: DbOrTx) {
  return db
    .select()
    .from(cycles)
    .where(
      and(
        inArray(cycles.status, ["approved", "sent_to_ministry"]),
        eq(cycles.kind, "assessment"),
        notExists(
          db
            .select({ id: computations.id })
            .from(computations)
            .where(and(eq(computations.cycleId, cycles.id), inForce())),
        ),
      ),
    );
}
