// Reported values of a cycle, their versions, explanations and comments.
import { and, asc, desc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import {
  agencies,
  computations,
  cycles,
  dataValues,
  dataValueVersions,
  explanations,
  reviewComments,
} from "../../db/schema.js";

export type DataValueRow = typeof dataValues.$inferSelect;

export async function listValues(db: DbOrTx, cycleId: string) {
  return db
    .select({ value: dataValues, agencyName: agencies.name, agencyShortName: agencies.shortName })
    .from(dataValues)
    .innerJoin(agencies, eq(agencies.id, dataValues.agencyId))
    .where(eq(dataValues.cycleId, cycleId));
}

export async function listAgencyValues(db: DbOrTx, cycleId: string, agencyId: string, forUpdate = false) {
  const query = db
    .select()
    .from(dataValues)
    .where(and(eq(dataValues.cycleId, cycleId), eq(dataValues.agencyId, agencyId)));
  return forUpdate ? query.for("update") : query;
}

export async function listExplanations(db: DbOrTx, cycleId: string, agencyId?: string) {
  return db
    .select()
    .from(explanations)
    .where(
      agencyId
        ? and(eq(explanations.cycleId, cycleId), eq(explanations.agencyId, agencyId))
        : eq(explanations.cycleId, cycleId),
    );
}

export async function listComments(db: DbOrTx, cycleId: string, agencyId: string) {
  return db
    .select()
    .from(reviewComments)
    .where(and(eq(reviewComments.cycleId, cycleId), eq(reviewComments.agencyId, agencyId)))
    .orderBy(asc(reviewComments.createdAt));
}

export async function listVersions(db: DbOrTx, valueId: string) {
  return db
    .select()
    .from(dataValueVersions)
    .where(eq(dataValueVersions.valueId, valueId))
    .orderBy(desc(dataValueVersions.version));
}

/** The most recent earlier cycle of the same province and framework, the comparison base. */
export async function findPreviousCycle(
  db: DbOrTx,
  cycle: { orgUnitId: string; frameworkCode: string; year: number },
) {
  const [row] = await db
    .select()
    .from(cycles)
    .where(
      and(
        eq(cycles.orgUnitId, cycle.orgUnitId),
        eq(cycles.frameworkCode, cycle.frameworkCode),
        eq(cycles.year, cycle.year - 1),
      ),
    )
    .limit(1);
  return row;
}

/** A stored computation of the province for that year, when last year was computed outside a cycle. */
export async function findStoredComputation(db: DbOrTx, orgUnitId: string, year: number) {
  const [row] = await db
    .select({ result: computations.result })
    .from(computations)
    .where(
      and(
        eq(computations.orgUnitId, orgUnitId),
        eq(computations.year, year),
        isNull(computations.supersededBy),
      ),
    )
    .orderBy(desc(computations.createdAt))
    .limit(1);
  return row;
}
