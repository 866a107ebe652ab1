// Queries behind the first start for a real province: the lock that keeps its steps one at a
// time, the communes under the province, and the agencies it creates in bulk.
import { randomUUID } from "node:crypto";
import { and, count, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { agencies, orgUnits } from "../../db/schema.js";

/** One setup step at a time: two at once would both pass the checks, then collide on the codes. */
export async function lockSetup(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended('setup:province', 0))`);
}

/** The province's communes: org units under it. */
export async function communeUnits(db: DbOrTx, provinceId: string) {
  return db
    .select({ id: orgUnits.id, code: orgUnits.code, name: orgUnits.name })
    .from(orgUnits)
    .where(and(eq(orgUnits.parentId, provinceId), eq(orgUnits.level, "commune")));
}

/** Units whose code starts with `prefix` (the former districts or communes of the province). */
export async function unitsWithCodePrefix(db: DbOrTx, prefix: string) {
  return db
    .select({ id: orgUnits.id, code: orgUnits.code, name: orgUnits.name })
    .from(orgUnits)
    .where(sql`starts_with(${orgUnits.code}, ${prefix})`);
}

/** How many agencies belong to these units. */
export async function countAgenciesIn(db: DbOrTx, unitIds: string[]): Promise<number> {
  if (unitIds.length === 0) return 0;
  const [row] = await db.select({ n: count() }).from(agencies).where(inArray(agencies.orgUnitId, unitIds));
  return row?.n ?? 0;
}

/** Which of these agency codes are taken already. */
export async function takenAgencyCodes(db: DbOrTx, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.select({ code: agencies.code }).from(agencies).where(inArray(agencies.code, codes));
  return new Set(rows.map((r) => r.code));
}

export interface NewSetupAgency {
  code: string;
  name: string;
  shortName: string;
  kind: string;
  hasHeadSignOff: boolean;
  orgUnitId: string;
}

/** Active agencies, each in its unit, written in one statement. */
export async function insertAgencies(db: DbOrTx, rows: NewSetupAgency[], now: Date): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(agencies).values(
    rows.map((a) => ({
      id: randomUUID(),
      ...a,
      active: true,
      isDemo: false,
      createdAt: now,
      updatedAt: now,
    })),
  );
}
