// A period's synthesis for the chairman: the wording the coordinator saved, and the chairman's
// conclusions recorded on it.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { planConclusions, planSections, planSyntheses, users } from "../../db/schema.js";

export type SynthesisRow = typeof planSyntheses.$inferSelect;
export type ConclusionRow = typeof planConclusions.$inferSelect;

export async function findSynthesis(db: DbOrTx, periodId: string, lock?: "update") {
  const query = db.select().from(planSyntheses).where(eq(planSyntheses.periodId, periodId));
  const [row] = lock ? await query.for(lock) : await query;
  return row;
}

/** The first save; false when another first save came in between. */
export async function insertSynthesis(
  db: DbOrTx,
  row: { periodId: string; fields: unknown; updatedBy: string | null },
): Promise<boolean> {
  const inserted = await db
    .insert(planSyntheses)
    .values(row)
    .onConflictDoNothing()
    .returning({ periodId: planSyntheses.periodId });
  return inserted.length > 0;
}

export async function updateSynthesis(
  db: DbOrTx,
  periodId: string,
  change: { fields: unknown; rowVersion: number; updatedBy: string | null },
) {
  await db
    .update(planSyntheses)
    .set({ ...change, updatedAt: new Date() })
    .where(eq(planSyntheses.periodId, periodId));
}

export async function deleteSynthesis(db: DbOrTx, periodId: string) {
  await db.delete(planSyntheses).where(eq(planSyntheses.periodId, periodId));
}

export async function findConclusion(db: DbOrTx, periodId: string, lock?: "update") {
  const query = db
    .select({ conclusion: planConclusions, recorderName: users.fullName })
    .from(planConclusions)
    .leftJoin(users, eq(users.id, planConclusions.recordedBy))
    .where(eq(planConclusions.periodId, periodId));
  const [row] = lock ? await query.for(lock, { of: planConclusions }) : await query;
  return row;
}

export async function insertConclusion(
  db: DbOrTx,
  row: typeof planConclusions.$inferInsert,
): Promise<boolean> {
  const inserted = await db
    .insert(planConclusions)
    .values(row)
    .onConflictDoNothing()
    .returning({ periodId: planConclusions.periodId });
  return inserted.length > 0;
}

export async function updateConclusion(
  db: DbOrTx,
  periodId: string,
  change: Partial<typeof planConclusions.$inferInsert>,
) {
  await db.update(planConclusions).set(change).where(eq(planConclusions.periodId, periodId));
}

/** The section a conclusion's directives became, retitled when the conclusion is corrected. */
export async function retitleSection(db: DbOrTx, sectionId: string, title: string) {
  await db.update(planSections).set({ title }).where(eq(planSections.id, sectionId));
}
