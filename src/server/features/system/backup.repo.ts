// Table-level reads and writes for backup and restore. The order matters: a table comes after
// the tables it refers to, so inserting in this order and deleting in reverse never breaks a key.
import { getTableColumns, getTableName, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/client.js";
import {
  agencies,
  agencyLetters,
  appMeta,
  auditEvents,
  computations,
  cycleAssignments,
  cycles,
  dataValues,
  dataValueVersions,
  documentDrafts,
  evidence,
  explanations,
  formerProvinceFigures,
  frameworks,
  frameworkVersions,
  ghgFacilities,
  ghgFacilityEvents,
  ghgFacilityListings,
  ghgListImports,
  ghgLists,
  ghgObligationRules,
  ghgReportDocuments,
  ghgReportEvents,
  ghgReports,
  ghgReportVersions,
  ghgReviews,
  ghgWorkReports,
  indicatorExplanations,
  issuedReports,
  loginThrottle,
  notifications,
  orgUnits,
  outboxMessages,
  pgiTargets,
  planConclusions,
  planDocuments,
  planReportAmendments,
  planReportFigures,
  planReportFiles,
  planReportItems,
  planReportPeriods,
  planReports,
  planSections,
  planSyntheses,
  plans,
  planTargets,
  planTaskAgencies,
  planTasks,
  publishedResults,
  reviewComments,
  sessions,
  submissions,
  users,
} from "../../db/schema.js";

/** Tables a backup carries, in dependency order. */
export const backedUpTables: PgTable[] = [
  orgUnits,
  agencies,
  // A facility's own account refers to its facility; facilities refer to agencies and communes.
  ghgLists,
  ghgFacilities,
  users,
  frameworks,
  frameworkVersions,
  publishedResults,
  pgiTargets,
  formerProvinceFigures,
  plans,
  planDocuments,
  planTargets,
  planSections,
  planTasks,
  planTaskAgencies,
  planReportPeriods,
  planReports,
  planReportItems,
  planReportFigures,
  planReportFiles,
  planReportAmendments,
  planSyntheses,
  planConclusions,
  // The rest of the greenhouse-gas register: listings refer to lists, reports to facilities.
  ghgFacilityListings,
  ghgFacilityEvents,
  ghgListImports,
  ghgReviews,
  ghgObligationRules,
  ghgReports,
  ghgReportVersions,
  ghgReportDocuments,
  ghgReportEvents,
  ghgWorkReports,
  cycles,
  // An approved year's result refers to its cycle.
  computations,
  cycleAssignments,
  submissions,
  dataValues,
  dataValueVersions,
  explanations,
  indicatorExplanations,
  reviewComments,
  evidence,
  agencyLetters,
  issuedReports,
  documentDrafts,
  notifications,
  outboxMessages,
  auditEvents,
  appMeta,
];
/** Tables that are only emptied on restore: sessions and login counters do not survive it. */
export const transientTables: PgTable[] = [sessions, loginThrottle];

export const tableName = (table: PgTable) => getTableName(table);

/** Rows read per statement: each stays short, well inside the statement timeout, however big the table. */
const pageRows = 5000;

/**
 * Every row of a table, a page at a time in the order of their physical place (ctid), which is
 * total and stable within the caller's snapshot (a repeatable-read transaction).
 */
export async function readAll(db: DbOrTx, table: PgTable): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  let after = "(0,0)";
  for (;;) {
    const page = (await db
      .select({ ...getTableColumns(table), _place: sql<string>`ctid::text` })
      .from(table as never)
      .where(sql`${table}.ctid > ${after}::tid`)
      // Qualified: the bare name would sort by the text column selected above, "(100,1)" before "(61,2)".
      .orderBy(sql`${table}.ctid`)
      .limit(pageRows)) as (Record<string, unknown> & { _place: string })[];
    for (const { _place, ...row } of page) rows.push(row);
    if (page.length < pageRows) return rows;
    after = page.at(-1)!._place;
  }
}

/** Turns a row read back from JSON into values Drizzle accepts (dates become Date again). */
export function reviveRow(table: PgTable, row: Record<string, unknown>): Record<string, unknown> {
  const columns = getTableColumns(table);
  const revived: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(columns)) {
    const value = row[key];
    revived[key] = column.columnType === "PgTimestamp" && typeof value === "string" ? new Date(value) : value;
  }
  return revived;
}

export async function deleteAll(db: DbOrTx, table: PgTable): Promise<void> {
  await db.delete(table);
}

export async function insertRows(db: DbOrTx, table: PgTable, rows: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db.insert(table).values(rows.slice(i, i + 500) as never);
  }
}

/**
 * Sets every sequence that numbers a column (serial or identity) past the highest restored
 * value; rows inserted with their ids leave the sequences behind, and the next insert would
 * collide with a restored row.
 */
export async function resetSequences(db: DbOrTx): Promise<void> {
  await db.execute(sql`
    do $$
    declare r record;
    begin
      for r in
        select c.relname as tbl, a.attname as col,
               pg_get_serial_sequence(format('%I', c.relname), a.attname) as seq
        from pg_attribute a
        join pg_class c on c.oid = a.attrelid
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema() and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
      loop
        if r.seq is not null then
          execute format('select setval(%L, coalesce((select max(%I) from %I), 0) + 1, false)', r.seq, r.col, r.tbl);
        end if;
      end loop;
    end $$`);
}

/** Whether anyone has been set up yet: a database that holds no user is still empty. */
export async function hasAnyUser(db: DbOrTx): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).limit(1);
  return rows.length > 0;
}
