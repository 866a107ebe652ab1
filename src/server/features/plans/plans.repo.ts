// Improvement plans: read all (a province has tens of them, not thousands), one, and written.
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { plans } from "../../db/schema.js";

export type PlanRow = typeof plans.$inferSelect;

export async function listPlans(db: DbOrTx): Promise<PlanRow[]> {
  return db.select().from(plans).orderBy(asc(plans.periodFrom), asc(plans.title));
}

export async function findPlan(db: DbOrTx, id: string, lock?: "update"): Promise<PlanRow | undefined> {
  const query = db.select().from(plans).where(eq(plans.id, id));
  const [row] = lock ? await query.for(lock) : await query;
  return row;
}

export async function insertPlan(db: DbOrTx, row: typeof plans.$inferInsert): Promise<void> {
  await db.insert(plans).values(row);
}

/** Writes a change if the plan is still at `rowVersion`; false when someone changed it meanwhile. */
export async function updatePlan(
  db: DbOrTx,
  id: string,
  rowVersion: number,
  change: Partial<typeof plans.$inferInsert>,
): Promise<boolean> {
  const updated = await db
    .update(plans)
    .set({ ...change, rowVersion: rowVersion + 1, updatedAt: new Date() })
    .where(and(eq(plans.id, id), eq(plans.rowVersion, rowVersion)))
    .returning({ id: plans.id });
  return updated.length > 0;
}
