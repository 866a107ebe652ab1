// Reported values of a cycle, their versions, explanations and comments.
import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, isNull, type SQLWrapper, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import {
  agencies,
  computations,
  cycles,
  dataValues,
  dataValueVersions,
  explanations,
  reviewComments,
  users,
} from "../../db/schema.js";

export type DataValueRow = typeof dataValues.$inferSelect;

export async function listValues(db: DbOrTx, cycleId: string) {
  return db
    .select({ value: dataValues, agencyName: agencies.name, agencyShortName: agencies.shortName })
    .from(dataValues)
    .innerJoin(agencies, eq(agencies.id, dataValues.agencyId))
    .where(eq(dataValues.cycleId, cycleId));
}

/** What a save compares against: only the columns it reads (the save path asks on every autosave). */
export async function listAgencyValues(db: DbOrTx, cycleId: string, agencyId: string, forUpdate = false) {
  const query = db
    .select({
      id: dataValues.id,
      elementCode: dataValues.elementCode,
      version: dataValues.version,
      valueNumber: dataValues.valueNumber,
      valueList: dataValues.valueList,
    })
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

/** One changed figure of a save: its row id, new version and value, and why it changed. */
export interface ValueChange {
  id: string;
  elementCode: string;
  version: number;
  valueNumber: string | null;
  valueList: unknown;
  reason: string | null;
}

/**
 * Writes the changes, their versions and the save's audit event in one statement with one array
 * parameter per column (binding a parameter per cell, 400 for a form of 40 figures, made building
 * the statement most of a save's time, and each statement is a round trip), except figures
 * recorded as absent ("không có số liệu"), which it returns instead. The statement runs after the
 * submission is locked, so it sees a mark committed while the save waited for the lock, which the
 * locking read's own snapshot could not.
 */
export async function writeValues(
  db: DbOrTx,
  save: { cycleId: string; agencyId: string; editorId: string | null; editorName: string; at: Date },
  changes: ValueChange[],
  /** The save's audit event, written by the same statement (drizzle embeds a query in parentheses). */
  audit: SQLWrapper,
): Promise<{ markedNoData: string[] }> {
  if (changes.length === 0) return { markedNoData: [] };
  const column = <T>(pick: (c: ValueChange) => T) => sql.param(changes.map(pick));
  const lists = column((c) => (c.valueList == null ? null : JSON.stringify(c.valueList)));
  const result = await db.execute(sql`
    with marked as (
      select a.element_code from cycle_assignments a
      where a.cycle_id = ${save.cycleId} and a.agency_id = ${save.agencyId} and a.no_data_reason is not null
    ), change as (
      select * from unnest(${column((c) => c.id)}::uuid[], ${column((c) => c.elementCode)}::text[],
                           ${column((c) => c.version)}::int[], ${column((c) => c.valueNumber)}::numeric[],
                           ${lists}::jsonb[], ${column((c) => c.reason)}::text[])
        as c(id, element_code, version, value_number, value_list, reason)
      where c.element_code not in (select element_code from marked)
    ), value as (
      insert into data_values (id, cycle_id, agency_id, element_code, value_number, value_list, version,
                               review_status, updated_by, updated_at)
      select id, ${save.cycleId}, ${save.agencyId}, element_code, value_number, value_list, version,
             'pending', ${save.editorId}, ${save.at}
      from change
      on conflict (cycle_id, agency_id, element_code) do update set
        value_number = excluded.value_number, value_list = excluded.value_list, version = excluded.version,
        review_status = excluded.review_status, updated_by = excluded.updated_by,
        updated_at = excluded.updated_at
    ), version as (
      insert into data_value_versions (value_id, version, value_number, value_list, changed_by, changed_by_name,
                                       changed_at, reason)
      select id, version, value_number, value_list, ${save.editorId}, ${save.editorName}, ${save.at}, reason
      from change
    ), audit as ${audit}
    select coalesce(array_agg(element_code), '{}') as marked from marked
    where element_code = any(${column((c) => c.elementCode)}::text[])`);
  const [row] = (result as unknown as { rows: { marked: string[] }[] }).rows;
  return { markedNoData: row?.marked ?? [] };
}

/** The agency's figures last changed by someone outside it: the coordinator, from its letter. */
export async function elementsEnteredOnBehalf(db: DbOrTx, cycleId: string, agencyId: string) {
  const rows = await db
    .select({ elementCode: dataValues.elementCode })
    .from(dataValues)
    .innerJoin(users, eq(users.id, dataValues.updatedBy))
    .where(
      and(
        eq(dataValues.cycleId, cycleId),
        eq(dataValues.agencyId, agencyId),
        sql`${users.agencyId} is distinct from ${dataValues.agencyId}`,
      ),
    );
  return rows.map((r) => r.elementCode);
}

export async function findValue(db: DbOrTx, cycleId: string, agencyId: string, element: string) {
  const [row] = await db
    .select()
    .from(dataValues)
    .where(
      and(
        eq(dataValues.cycleId, cycleId),
        eq(dataValues.agencyId, agencyId),
        eq(dataValues.elementCode, element),
      ),
    );
  return row;
}

export async function setReviewStatus(db: DbOrTx, valueId: string, status: string): Promise<void> {
  await db.update(dataValues).set({ reviewStatus: status }).where(eq(dataValues.id, valueId));
}

/** On acceptance every value of the agency is accepted. */
export async function acceptAgencyValues(db: DbOrTx, cycleId: string, agencyId: string): Promise<void> {
  await db
    .update(dataValues)
    .set({ reviewStatus: "accepted" })
    .where(and(eq(dataValues.cycleId, cycleId), eq(dataValues.agencyId, agencyId)));
}

/** Every value of the cycle marked "Cần làm rõ", by agency then element. */
export async function listQuestioned(db: DbOrTx, cycleId: string) {
  return db
    .select({
      agencyId: dataValues.agencyId,
      agencyName: agencies.name,
      elementCode: dataValues.elementCode,
      valueNumber: dataValues.valueNumber,
      valueList: dataValues.valueList,
      updatedAt: dataValues.updatedAt,
    })
    .from(dataValues)
    .innerJoin(agencies, eq(agencies.id, dataValues.agencyId))
    .where(and(eq(dataValues.cycleId, cycleId), eq(dataValues.reviewStatus, "questioned")))
    .orderBy(asc(agencies.name), asc(dataValues.elementCode));
}

/** The latest comment of each thread of the cycle. */
export async function lastComments(db: DbOrTx, cycleId: string) {
  const rows = await db
    .select({
      agencyId: reviewComments.agencyId,
      subject: reviewComments.subject,
      authorName: reviewComments.authorName,
      body: reviewComments.body,
      createdAt: reviewComments.createdAt,
    })
    .from(reviewComments)
    .where(eq(reviewComments.cycleId, cycleId))
    .orderBy(desc(reviewComments.createdAt));
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows)
    if (!latest.has(`${row.agencyId}:${row.subject}`)) latest.set(`${row.agencyId}:${row.subject}`, row);
  return [...latest.values()];
}

export async function questionedElements(db: DbOrTx, cycleId: string, agencyId: string): Promise<string[]> {
  const rows = await db
    .select({ element: dataValues.elementCode })
    .from(dataValues)
    .where(
      and(
        eq(dataValues.cycleId, cycleId),
        eq(dataValues.agencyId, agencyId),
        eq(dataValues.reviewStatus, "questioned"),
      ),
    );
  return rows.map((r) => r.element);
}

export async function findExplanation(db: DbOrTx, cycleId: string, agencyId: string, subject: string) {
  const [row] = await db
    .select()
    .from(explanations)
    .where(
      and(
        eq(explanations.cycleId, cycleId),
        eq(explanations.agencyId, agencyId),
        eq(explanations.subject, subject),
      ),
    );
  return row;
}

/** Sets an explanation's text; an empty text removes it. */
export async function writeExplanation(
  db: DbOrTx,
  key: { cycleId: string; agencyId: string; subject: string },
  body: string,
  by: string | null,
): Promise<void> {
  const where = and(
    eq(explanations.cycleId, key.cycleId),
    eq(explanations.agencyId, key.agencyId),
    eq(explanations.subject, key.subject),
  );
  if (body === "") {
    await db.delete(explanations).where(where);
    return;
  }
  await db
    .insert(explanations)
    .values({ id: randomUUID(), ...key, body, updatedBy: by })
    .onConflictDoUpdate({
      target: [explanations.cycleId, explanations.agencyId, explanations.subject],
      set: { body, updatedBy: by, updatedAt: new Date() },
    });
}

export async function insertComment(db: DbOrTx, row: typeof reviewComments.$inferInsert): Promise<void> {
  await db.insert(reviewComments).values(row);
}
