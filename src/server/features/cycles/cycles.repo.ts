// Queries of cycles, their assignments and submissions.
import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/client.js";
import {
  agencies,
  cycleAssignments,
  cycles,
  frameworks,
  issuedReports,
  orgUnits,
  submissions,
  users,
} from "../../db/schema.js";

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
  frameworkKind: frameworks.kind,
  orgUnitName: orgUnits.name,
  orgUnitIsDemo: orgUnits.isDemo,
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
export async function listCycleSummaries(
  db: DbOrTx,
  filter: { agencyId?: string | null; year?: number; statuses?: string[] | null },
) {
  const conditions: SQL[] = [];
  if (filter.statuses) conditions.push(inArray(cycles.status, filter.statuses));
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
      agencyKind: agencies.kind,
      elementCode: cycleAssignments.elementCode,
      note: cycleAssignments.note,
      noDataReason: cycleAssignments.noDataReason,
      noDataAt: cycleAssignments.noDataAt,
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

export async function findAssignment(db: DbOrTx, cycleId: string, agencyId: string, element: string) {
  const [row] = await db
    .select()
    .from(cycleAssignments)
    .where(
      and(
        eq(cycleAssignments.cycleId, cycleId),
        eq(cycleAssignments.agencyId, agencyId),
        eq(cycleAssignments.elementCode, element),
      ),
    )
    .for("update");
  return row;
}

export async function updateAssignment(
  db: DbOrTx,
  id: string,
  change: Partial<typeof cycleAssignments.$inferInsert>,
): Promise<void> {
  await db.update(cycleAssignments).set(change).where(eq(cycleAssignments.id, id));
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

export async function findCycle(db: DbOrTx, id: string, lock?: "update" | "share") {
  const query = db.select().from(cycles).where(eq(cycles.id, id));
  const [row] = lock ? await query.for(lock) : await query;
  return row;
}

/**
 * A save's first read: the cycle, shared-locked, with the id of its framework's current version,
 * in one round trip (a save asks on every autosave; each round trip costs the server a wake-up).
 */
export async function findCycleToSaveIn(db: DbOrTx, id: string) {
  const [row] = await db
    .select({
      cycle: cycles,
      // Written out: drizzle leaves columns unqualified in a one-table select, and here they must be.
      frameworkVersionId: sql<string | null>`(select v.id from frameworks f join framework_versions v
        on v.framework_code = f.code and v.version = f.current_version
        where f.code = "cycles"."framework_code")`,
    })
    .from(cycles)
    .where(eq(cycles.id, id))
    .for("share");
  return row;
}

export async function insertCycle(db: DbOrTx, row: typeof cycles.$inferInsert): Promise<void> {
  await db.insert(cycles).values(row);
}

/** Any change of a cycle row moves its version, so a stale editor is told. */
export async function updateCycleRow(db: DbOrTx, id: string, change: Partial<typeof cycles.$inferInsert>) {
  await db
    .update(cycles)
    .set({ ...change, rowVersion: sql`${cycles.rowVersion} + 1`, updatedAt: new Date() })
    .where(eq(cycles.id, id));
}

export async function findSubmission(db: DbOrTx, cycleId: string, agencyId: string, lock?: "update") {
  const query = db
    .select()
    .from(submissions)
    .where(and(eq(submissions.cycleId, cycleId), eq(submissions.agencyId, agencyId)));
  const [row] = lock ? await query.for(lock) : await query;
  return row;
}

/** The agency's submission, locked for update, with the elements it reports, in one round trip. */
export async function findSubmissionToSave(db: DbOrTx, cycleId: string, agencyId: string) {
  const [row] = await db
    .select({
      submission: submissions,
      elements: sql<string[]>`array(select a.element_code from cycle_assignments a
        where a.cycle_id = "submissions"."cycle_id" and a.agency_id = "submissions"."agency_id")`,
      noData: sql<string[]>`array(select a.element_code from cycle_assignments a
        where a.cycle_id = "submissions"."cycle_id" and a.agency_id = "submissions"."agency_id"
          and a.no_data_reason is not null)`,
    })
    .from(submissions)
    .where(and(eq(submissions.cycleId, cycleId), eq(submissions.agencyId, agencyId)))
    .for("update");
  return row;
}

export async function updateSubmission(
  db: DbOrTx,
  id: string,
  change: Partial<typeof submissions.$inferInsert>,
) {
  await db
    .update(submissions)
    .set({ ...change, rowVersion: sql`${submissions.rowVersion} + 1`, updatedAt: new Date() })
    .where(eq(submissions.id, id));
}

/** Submissions of one agency sent to its head for sign-off and not signed, in years still collecting. */
export async function listAwaitingSignOff(db: DbOrTx, agencyId: string) {
  return db
    .select({
      cycleId: cycles.id,
      year: cycles.year,
      submissionDue: cycles.submissionDue,
      agencyId: submissions.agencyId,
      agencyName: agencies.name,
      requestedAt: submissions.signOffRequestedAt,
      requestedBy: users.fullName,
    })
    .from(submissions)
    .innerJoin(cycles, eq(cycles.id, submissions.cycleId))
    .innerJoin(agencies, eq(agencies.id, submissions.agencyId))
    .leftJoin(users, eq(users.id, submissions.signOffRequestedBy))
    .where(
      and(
        eq(submissions.agencyId, agencyId),
        eq(cycles.status, "open"),
        inArray(submissions.status, ["draft", "returned"]),
        isNotNull(submissions.signOffRequestedAt),
        isNull(submissions.signedOffAt),
      ),
    )
    .orderBy(asc(submissions.signOffRequestedAt));
}

export async function missingAgencyIds(db: DbOrTx, cycleId: string): Promise<string[]> {
  const rows = await db
    .select({ agencyId: submissions.agencyId })
    .from(submissions)
    .where(and(eq(submissions.cycleId, cycleId), isNotNull(submissions.missingReason)));
  return rows.map((r) => r.agencyId);
}

export async function deleteIssuedReport(db: DbOrTx, cycleId: string): Promise<void> {
  await db.delete(issuedReports).where(eq(issuedReports.cycleId, cycleId));
}

/** The leader's approval accepts every agency proposed as missing. */
export async function acceptMissing(db: DbOrTx, cycleId: string, by: string | null, at: Date) {
  await db
    .update(submissions)
    .set({ missingAcceptedBy: by, missingAcceptedAt: at, rowVersion: sql`${submissions.rowVersion} + 1` })
    .where(and(eq(submissions.cycleId, cycleId), isNotNull(submissions.missingReason)));
}

/** Back with the coordinator: whether an agency is missing is decided again when it is sent. */
export async function clearMissing(db: DbOrTx, cycleId: string) {
  await db
    .update(submissions)
    .set({ missingReason: null, missingAcceptedBy: null, missingAcceptedAt: null })
    .where(and(eq(submissions.cycleId, cycleId), isNotNull(submissions.missingReason)));
}

/** Adds assignments (a repeat is ignored) and a draft submission for each agency new to the cycle. */
export async function addAssignments(
  db: DbOrTx,
  cycleId: string,
  rows: { agencyId: string; elementCode: string; note: string | null }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(cycleAssignments)
    .values(rows.map((r) => ({ id: randomUUID(), cycleId, ...r })))
    .onConflictDoNothing();
  const agencyIds = [...new Set(rows.map((r) => r.agencyId))];
  await db
    .insert(submissions)
    .values(agencyIds.map((agencyId) => ({ id: randomUUID(), cycleId, agencyId })))
    .onConflictDoNothing();
}

/** Removes assignments; an agency left with nothing to report leaves the cycle. */
export async function removeAssignments(db: DbOrTx, cycleId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .delete(cycleAssignments)
    .where(and(eq(cycleAssignments.cycleId, cycleId), inArray(cycleAssignments.id, ids)));
  await db
    .delete(submissions)
    .where(
      and(
        eq(submissions.cycleId, cycleId),
        sql`not exists (select 1 from ${cycleAssignments} a where a.cycle_id = ${submissions.cycleId} and a.agency_id = ${submissions.agencyId})`,
      ),
    );
}

export async function findOrgUnit(db: DbOrTx, id: string) {
  const [row] = await db.select().from(orgUnits).where(eq(orgUnits.id, id));
  return row;
}

export async function findAgency(db: DbOrTx, id: string) {
  const [row] = await db.select().from(agencies).where(eq(agencies.id, id));
  return row;
}

/** Agency code → id, for files that name agencies by their code. */
export async function agencyIdsByCode(db: DbOrTx): Promise<Map<string, string>> {
  const rows = await db.select({ id: agencies.id, code: agencies.code }).from(agencies);
  return new Map(rows.map((a) => [a.code, a.id]));
}

/** Drafts and returned submissions of every collecting assessment cycle, with their cycle. */
export async function listUnsubmitted(db: DbOrTx) {
  return db
    .select({
      submission: submissions,
      cycle: cycles,
      province: orgUnits.name,
      agencyName: agencies.name,
      agencyShortName: agencies.shortName,
    })
    .from(submissions)
    .innerJoin(cycles, eq(cycles.id, submissions.cycleId))
    .innerJoin(orgUnits, eq(orgUnits.id, cycles.orgUnitId))
    .innerJoin(agencies, eq(agencies.id, submissions.agencyId))
    .where(
      and(
        eq(cycles.status, "open"),
        eq(cycles.kind, "assessment"),
        inArray(submissions.status, ["draft", "returned"]),
      ),
    );
}

/** The agencies whose figures were sent since `since` and await review, in the order they came. */
export async function submittedSince(db: DbOrTx, cycleId: string, since: Date) {
  return db
    .select({ name: agencies.name })
    .from(submissions)
    .innerJoin(agencies, eq(agencies.id, submissions.agencyId))
    .where(
      and(
        eq(submissions.cycleId, cycleId),
        eq(submissions.status, "submitted"),
        gte(submissions.submittedAt, since),
      ),
    )
    .orderBy(submissions.submittedAt);
}

/**
 * The former districts (before 1 July 2025) each agency's commune covers: those of the former
 * communes that became part of it. Agency id → district names, in Vietnamese order; two former
 * districts of one name (Huyện Châu Thành was in several provinces) are told apart by their code.
 */
export async function formerDistrictsByAgency(db: DbOrTx): Promise<Map<string, string[]>> {
  const formerCommune = alias(orgUnits, "former_commune");
  const district = alias(orgUnits, "former_district");
  const rows = await db
    .select({ agencyId: agencies.id, districtId: district.id, name: district.name, code: district.code })
    .from(agencies)
    .innerJoin(formerCommune, eq(formerCommune.successorId, agencies.orgUnitId))
    .innerJoin(district, and(eq(district.id, formerCommune.parentId), eq(district.level, "district")))
    .groupBy(agencies.id, district.id, district.name, district.code);
  const idsByName = new Map<string, Set<string>>();
  for (const r of rows) idsByName.set(r.name, (idsByName.get(r.name) ?? new Set()).add(r.districtId));
  const label = (r: (typeof rows)[number]) =>
    idsByName.get(r.name)!.size > 1 ? `${r.name} (mã ${r.code.slice(r.code.lastIndexOf("-") + 1)})` : r.name;
  const byAgency = new Map<string, string[]>();
  for (const r of rows) byAgency.set(r.agencyId, [...(byAgency.get(r.agencyId) ?? []), label(r)]);
  const collator = new Intl.Collator("vi");
  for (const names of byAgency.values()) names.sort(collator.compare);
  return byAgency;
}
