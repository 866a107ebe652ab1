// Table-level reads and writes for backup and restore. The order matters: a table comes after
// the tables it refers to, so inserting in this order and deleting in reverse never breaks a key.
import { getTableColumns, getTableName, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/client.js";
import {
  agencies,
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
  frameworks,
  frameworkVersions,
  loginThrottle,
  notifications,
  orgUnits,
  outboxMessages,
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
  users,
  frameworks,
  frameworkVersions,
  computations,
  publishedResults,
  cycles,
  cycleAssignments,
  submissions,
  dataValues,
  dataValueVersions,
  explanations,
  reviewComments,
  evidence,
  documentDrafts,
  notifications,
  outboxMessages,
  auditEvents,
  appMeta,
];
/** Tables that are only emptied on restore: sessions and login counters do not survive it. */
export const transientTables: PgTable[] = [sessions, loginThrottle];

export const tableName = (table: PgTable) => getTableName(table);

export async function readAll(db: DbOrTx, table: PgTable): Promise<Record<string, unknown>[]> {
  return (await db.select().from(table as never)) as Record<string, unknown>[];
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
