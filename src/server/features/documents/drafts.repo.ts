// Queries of the editable text of a cycle's documents.
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { DocumentKind } from "../../../contracts/documents.js";
import type { DbOrTx } from "../../db/client.js";
import { documentDrafts } from "../../db/schema.js";

export type DraftRow = typeof documentDrafts.$inferSelect;

export async function findDraft(db: DbOrTx, cycleId: string, kind: DocumentKind, lock?: "update") {
  const query = db
    .select()
    .from(documentDrafts)
    .where(and(eq(documentDrafts.cycleId, cycleId), eq(documentDrafts.kind, kind)));
  const [row] = lock ? await query.for(lock) : await query;
  return row;
}

export async function insertDraft(
  db: DbOrTx,
  row: { cycleId: string; kind: DocumentKind; fields: unknown; updatedBy: string | null },
): Promise<boolean> {
  // Two first saves at once: the second finds the row taken and is told, not given a 500.
  const inserted = await db
    .insert(documentDrafts)
    .values({ id: randomUUID(), ...row })
    .onConflictDoNothing()
    .returning({ id: documentDrafts.id });
  return inserted.length > 0;
}

export async function updateDraft(
  db: DbOrTx,
  id: string,
  change: { fields: unknown; rowVersion: number; updatedBy: string | null },
): Promise<void> {
  await db
    .update(documentDrafts)
    .set({ ...change, updatedAt: new Date() })
    .where(eq(documentDrafts.id, id));
}

export async function deleteDraft(db: DbOrTx, id: string): Promise<void> {
  await db.delete(documentDrafts).where(eq(documentDrafts.id, id));
}
