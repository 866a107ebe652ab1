// One explanation per indicator and cycle, whoever wrote it.
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { agencies, indicatorExplanations } from "../../db/schema.js";

/** Every indicator explanation of the cycle, with the name of the agency that wrote it. */
export async function listIndicatorExplanations(db: DbOrTx, cycleId: string) {
  return db
    .select({
      indicatorCode: indicatorExplanations.indicatorCode,
      body: indicatorExplanations.body,
      agencyId: indicatorExplanations.agencyId,
      agencyName: agencies.name,
    })
    .from(indicatorExplanations)
    .leftJoin(agencies, eq(agencies.id, indicatorExplanations.agencyId))
    .where(eq(indicatorExplanations.cycleId, cycleId));
}

export async function findIndicatorExplanation(db: DbOrTx, cycleId: string, indicatorCode: string) {
  const [row] = await db
    .select()
    .from(indicatorExplanations)
    .where(
      and(eq(indicatorExplanations.cycleId, cycleId), eq(indicatorExplanations.indicatorCode, indicatorCode)),
    )
    .for("update");
  return row;
}

/** Sets the text, by an agency or the department (null); an empty text removes it. */
export async function writeIndicatorExplanation(
  db: DbOrTx,
  key: { cycleId: string; indicatorCode: string },
  body: string,
  by: { agencyId: string | null; userId: string | null },
): Promise<void> {
  if (body === "") {
    await db
      .delete(indicatorExplanations)
      .where(
        and(
          eq(indicatorExplanations.cycleId, key.cycleId),
          eq(indicatorExplanations.indicatorCode, key.indicatorCode),
        ),
      );
    return;
  }
  const change = { body, agencyId: by.agencyId, updatedBy: by.userId, updatedAt: new Date() };
  await db
    .insert(indicatorExplanations)
    .values({ id: randomUUID(), ...key, ...change })
    .onConflictDoUpdate({
      target: [indicatorExplanations.cycleId, indicatorExplanations.indicatorCode],
      set: change,
    });
}

/** The first text of an indicator's explanation; false when another was saved meanwhile. */
export async function insertIndicatorExplanationIfAbsent(
  db: DbOrTx,
  key: { cycleId: string; indicatorCode: string },
  body: string,
  by: { agencyId: string | null; userId: string | null },
): Promise<boolean> {
  const inserted = await db
    .insert(indicatorExplanations)
    .values({ id: randomUUID(), ...key, body, agencyId: by.agencyId, updatedBy: by.userId })
    .onConflictDoNothing({ target: [indicatorExplanations.cycleId, indicatorExplanations.indicatorCode] })
    .returning({ id: indicatorExplanations.id });
  return inserted.length > 0;
}
