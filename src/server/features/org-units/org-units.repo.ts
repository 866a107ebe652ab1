import { and, asc, eq, gte, isNull, lte, or, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { orgUnits } from "../../db/schema.js";

export type OrgUnitRow = typeof orgUnits.$inferSelect;
export type NewOrgUnitRow = typeof orgUnits.$inferInsert;

export async function findOrgUnit(db: DbOrTx, id: string): Promise<OrgUnitRow | undefined> {
  const rows = await db.select().from(orgUnits).where(eq(orgUnits.id, id)).limit(1);
  return rows[0];
}

export async function findOrgUnitByCode(db: DbOrTx, code: string): Promise<OrgUnitRow | undefined> {
  const rows = await db.select().from(orgUnits).where(eq(orgUnits.code, code)).limit(1);
  return rows[0];
}

export async function listOrgUnits(
  db: DbOrTx,
  filter: { level?: string; parentId?: string; onDate?: string },
): Promise<OrgUnitRow[]> {
  const conditions: SQL[] = [];
  if (filter.level) conditions.push(eq(orgUnits.level, filter.level));
  if (filter.parentId) conditions.push(eq(orgUnits.parentId, filter.parentId));
  if (filter.onDate) {
    conditions.push(or(isNull(orgUnits.validFrom), lte(orgUnits.validFrom, filter.onDate)) as SQL);
    conditions.push(or(isNull(orgUnits.validTo), gte(orgUnits.validTo, filter.onDate)) as SQL);
  }
  return db
    .select()
    .from(orgUnits)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(orgUnits.level), asc(orgUnits.name));
}

export async function insertOrgUnits(db: DbOrTx, rows: NewOrgUnitRow[]): Promise<void> {
  if (rows.length) await db.insert(orgUnits).values(rows);
}

export async function setSuccessor(db: DbOrTx, id: string, successorId: string): Promise<void> {
  await db.update(orgUnits).set({ successorId }).where(eq(orgUnits.id, id));
}

export async function countOrgUnits(db: DbOrTx, level: string): Promise<number> {
  const rows = await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.level, level));
  return rows.length;
}
