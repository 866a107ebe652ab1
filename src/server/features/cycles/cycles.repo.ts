// Queries of cycles, their assignments and submissions.
import { and, asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { agencies, cycleAssignments, cycles, frameworks, orgUnits, submissions } from "../../db/schema.js";

export type CycleRow = typeof cycles.$inferSelect;

/** Active agencies of a province: its own and those of its districts and communes. */
export async function provinceAgencies(db: DbOrTx, provinceId: string) {
  const units = await db.select({ id: orgUnits.id, parentId: orgUnits.parentId }).from(orgUnits);
  const inside = new Set([provinceId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const unit of units) {
      if (unit.parentId && inside.has(unit.parentId) && !inside.has(unit.id)) {
        inside.add(unit.id);
        grew = true;
      }
    }
  }
  return db
    .select({ id: agencies.id, name: agencies.name, shortName: agencies.shortName, kind: agencies.kind })
    .from(agencies)
    .where(and(eq(agencies.active, true), inArray(agencies.orgUnitId, [...inside])))
    .orderBy(asc(agencies.name));
}

const summarySelection = {
  cycle: cycles,
  frameworkName: frameworks.name,
  orgUnitName: orgUnits.name,
  agencyCount: sql<number>`(select count(*)::int from ${submissions} s where s.cycle_id = ${cycles.id})`,
  acceptedCount: sql<number>`(select count(*)::int from ${submissions} s where s.cycle_id = ${cycles.id} and s.status = 'accepted')`,
};

function summaries(db: DbOrTx) {
  return db
    .select(summarySelection)
    .from(cycles)
    .innerJoin(frameworks, eq(frameworks.code, cycles.frameworkCode))
    .innerJoin(orgUnits, eq(orgUnits.id, cycles.orgUnitId));
}

export type CycleSummaryRow = Awaited<ReturnType<typeof findCycleSummary>>;

export async function findCycleSummary(db: DbOrTx, id: string) {
  const [row] = await summaries(db).where(eq(cycles.id, id));
  return row;
}

/** Cycles, newest year first; for an agency, only those it takes part in. */
export async function listCycleSummaries(db: DbOrTx, filter: { agencyId?: string | null; year?: number }) {
  const conditions: SQL[] = [];
  if (filter.agencyId)
    conditions.push(
      sql`exists (select 1 from ${submissions} s where s.cycle_id = ${cycles.id} and s.agency_id = ${filter.agencyId})`,
    );
  if (filter.year) conditions.push(eq(cycles.year, filter.year));
  return summaries(db)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(cycles.year), asc(orgUnits.name));
}

export async function findCycleFor(db: DbOrTx, frameworkCode: string, orgUnitId: string, year: number) {
  const [row] = await db
    .select()
    .from(cycles)
    .where(
      and(eq(cycles.frameworkCode, frameworkCode), eq(cycles.orgUnitId, orgUnitId), eq(cycles.year, year)),
    );
  return row;
}

export async function listAssignments(db: DbOrTx, cycleId: string, agencyId?: string) {
  return db
    .select({
      id: cycleAssignments.id,
      agencyId: cycleAssignments.agencyId,
      agencyName: agencies.name,
      agencyShortName: agencies.shortName,
      elementCode: cycleAssignments.elementCode,
      note: cycleAssignments.note,
    })
    .from(cycleAssignments)
    .innerJoin(agencies, eq(agencies.id, cycleAssignments.agencyId))
    .where(
      agencyId
        ? and(eq(cycleAssignments.cycleId, cycleId), eq(cycleAssignments.agencyId, agencyId))
        : eq(cycleAssignments.cycleId, cycleId),
    )
    .orderBy(asc(cycleAssignments.elementCode), asc(agencies.name));
}

/** Element codes one agency reports in a cycle (no joins: the save path asks on every save). */
export async function assignedElements(db: DbOrTx, cycleId: string, agencyId: string): Promise<string[]> {
  const rows = await db
    .select({ elementCode: cycleAssignments.elementCode })
    .from(cycleAssignments)
    .where(and(eq(cycleAssignments.cycleId, cycleId), eq(cycleAssignments.agencyId, agencyId)));
  return rows.map((r) => r.elementCode);
}

export async function listSubmissions(db: DbOrTx, cycleId: string) {
  return db
    .select({
      submission: submissions,
      agencyName: agencies.name,
      agencyShortName: agencies.shortName,
      hasHeadSignOff: agencies.hasHeadSignOff,
    })
    .from(submissions)
    .innerJoin(agencies, eq(agencies.id, submissions.agencyId))
    .where(eq(submissions.cycleId, cycleId))
    .orderBy(asc(agencies.name));
}
