// Letters agencies sent their figures by, kept with the submission they ground.
import { and, asc, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { agencyLetters, users } from "../../db/schema.js";

export type LetterRow = typeof agencyLetters.$inferSelect;

export async function insertLetter(db: DbOrTx, row: typeof agencyLetters.$inferInsert): Promise<void> {
  await db.insert(agencyLetters).values(row);
}

export async function findLetter(db: DbOrTx, id: string): Promise<LetterRow | undefined> {
  const [row] = await db.select().from(agencyLetters).where(eq(agencyLetters.id, id));
  return row;
}

/** Oldest first, with who recorded each. */
export async function listLetters(db: DbOrTx, cycleId: string, agencyId: string) {
  return db
    .select({ letter: agencyLetters, uploaderName: users.fullName })
    .from(agencyLetters)
    .leftJoin(users, eq(users.id, agencyLetters.uploadedBy))
    .where(and(eq(agencyLetters.cycleId, cycleId), eq(agencyLetters.agencyId, agencyId)))
    .orderBy(asc(agencyLetters.uploadedAt));
}

export async function latestLetter(db: DbOrTx, cycleId: string, agencyId: string) {
  const [row] = await db
    .select()
    .from(agencyLetters)
    .where(and(eq(agencyLetters.cycleId, cycleId), eq(agencyLetters.agencyId, agencyId)))
    .orderBy(desc(agencyLetters.uploadedAt))
    .limit(1);
  return row;
}
