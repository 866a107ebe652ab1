// Queries of the e-mail outbox: the admin's list, and the worker's claim and marks. While a
// row is `sending`, next_attempt_at holds when it was claimed (how "uncertain" is told).
import { and, asc, count, desc, eq, inArray, lte, type SQL, sql } from "drizzle-orm";
import type { OutboxFilter } from "../../../contracts/notifications.js";
import type { DbOrTx } from "../../db/client.js";
import { outboxMessages, users } from "../../db/schema.js";

export type OutboxRow = typeof outboxMessages.$inferSelect;

/** A claim older than this was lost with its worker: the message may or may not have gone out. */
export const uncertainAfterMs = 15 * 60 * 1000;

const uncertainCondition = (now: Date) =>
  and(
    eq(outboxMessages.status, "sending"),
    lte(outboxMessages.nextAttemptAt, new Date(now.getTime() - uncertainAfterMs)),
  );

export async function listOutbox(
  db: DbOrTx,
  filter: { status?: OutboxFilter; limit: number; offset: number },
  now: Date,
) {
  let where: SQL | undefined;
  if (filter.status === "uncertain") where = uncertainCondition(now);
  else if (filter.status) where = eq(outboxMessages.status, filter.status);
  const [items, totals] = await Promise.all([
    db
      .select({ message: outboxMessages, fullName: users.fullName, username: users.username })
      .from(outboxMessages)
      .leftJoin(users, eq(users.id, outboxMessages.userId))
      .where(where)
      .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: count() }).from(outboxMessages).where(where),
  ]);
  return { items, total: Number(totals[0]?.n ?? 0) };
}

/**
 * Takes up to `limit` due messages for this worker: in one transaction they become `sending`
 * with one more attempt. SKIP LOCKED lets two workers (or instances) each take different rows.
 */
export async function claimDue(db: DbOrTx, now: Date, limit: number): Promise<OutboxRow[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: outboxMessages.id })
      .from(outboxMessages)
      .where(and(eq(outboxMessages.status, "pending"), lte(outboxMessages.nextAttemptAt, now)))
      .orderBy(asc(outboxMessages.nextAttemptAt), asc(outboxMessages.id))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(outboxMessages)
      .set({ status: "sending", attempts: sql`${outboxMessages.attempts} + 1`, nextAttemptAt: now })
      .where(
        and(
          inArray(
            outboxMessages.id,
            due.map((r) => r.id),
          ),
          eq(outboxMessages.status, "pending"),
        ),
      )
      .returning();
  });
}

/** Records the outcome of a send this worker claimed (only while the row is still its claim). */
export async function markOutcome(
  db: DbOrTx,
  id: string,
  outcome: Pick<OutboxRow, "status" | "lastError"> & Partial<Pick<OutboxRow, "sentAt" | "nextAttemptAt">>,
): Promise<void> {
  await db
    .update(outboxMessages)
    .set(outcome)
    .where(and(eq(outboxMessages.id, id), eq(outboxMessages.status, "sending")));
}

export async function loadForUpdate(db: DbOrTx, id: string) {
  const [row] = await db
    .select({
      message: outboxMessages,
      email: users.email,
      fullName: users.fullName,
      username: users.username,
    })
    .from(outboxMessages)
    .leftJoin(users, eq(users.id, outboxMessages.userId))
    .where(eq(outboxMessages.id, id))
    .for("update", { of: outboxMessages });
  return row ?? null;
}

/** Puts a message back in the queue for a fresh series of attempts. */
export async function requeue(db: DbOrTx, id: string, toAddress: string, now: Date) {
  const [row] = await db
    .update(outboxMessages)
    .set({ status: "pending", attempts: 0, nextAttemptAt: now, lastError: null, toAddress })
    .where(eq(outboxMessages.id, id))
    .returning();
  return row!;
}
