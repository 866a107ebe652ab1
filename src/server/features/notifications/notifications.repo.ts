// Queries of in-app notifications and of who receives them.
import { and, count, desc, eq, gte, inArray, isNull, or, type SQL } from "drizzle-orm";
import type { Role } from "../../../domain/auth/roles.js";
import type { DbOrTx } from "../../db/client.js";
import { notifications, outboxMessages, users } from "../../db/schema.js";

export type NotificationRow = typeof notifications.$inferSelect;
export type NewOutboxRow = typeof outboxMessages.$inferInsert;

export interface RecipientFilter {
  userIds?: string[];
  agencyId?: string;
  roles?: Role[];
}

/**
 * Active users named by id, plus those of the agency and/or holding the roles (both given:
 * the agency's users holding those roles).
 */
export async function findRecipients(db: DbOrTx, filter: RecipientFilter) {
  const groups: SQL[] = [];
  if (filter.userIds?.length) groups.push(inArray(users.id, filter.userIds));
  const byAgency = filter.agencyId ? eq(users.agencyId, filter.agencyId) : undefined;
  const byRole = filter.roles?.length ? inArray(users.role, filter.roles) : undefined;
  const group = byAgency && byRole ? and(byAgency, byRole) : (byAgency ?? byRole);
  if (group) groups.push(group);
  if (groups.length === 0) return [];
  return db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(eq(users.active, true), or(...groups)))
    .orderBy(users.id);
}

/** Inserts the e-mails whose dedupe key is new; returns the users they were written for. */
export async function insertOutboxOnce(db: DbOrTx, rows: NewOutboxRow[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await db
    .insert(outboxMessages)
    .values(rows)
    .onConflictDoNothing({ target: outboxMessages.dedupeKey })
    .returning({ userId: outboxMessages.userId });
  return inserted.flatMap((r) => (r.userId ? [r.userId] : []));
}

export async function insertNotifications(db: DbOrTx, rows: (typeof notifications.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(notifications).values(rows);
}

export async function listForUser(db: DbOrTx, userId: string, limit: number) {
  const [items, unread] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, userId))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(limit),
    countUnread(db, userId),
  ]);
  return { items, unread };
}

export async function countUnread(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

/** Marks one of the user's own notifications read; false when it is not theirs or not there. */
export async function markRead(db: DbOrTx, userId: string, id: string, now: Date): Promise<boolean> {
  const [own] = await db
    .select({ readAt: notifications.readAt })
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
  if (!own) return false;
  if (!own.readAt)
    await db
      .update(notifications)
      .set({ readAt: now })
      .where(and(eq(notifications.id, id), isNull(notifications.readAt)));
  return true;
}

export async function markAllRead(db: DbOrTx, userId: string, now: Date): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}

/** Rewrites these people's message of a kind and link written since `since`: unread again, at the top. */
export async function rewriteSince(
  db: DbOrTx,
  which: { userIds: string[]; kind: string; link: string; since: Date },
  to: { title: string; body: string; at: Date },
): Promise<void> {
  if (which.userIds.length === 0) return;
  await db
    .update(notifications)
    .set({ title: to.title, body: to.body, readAt: null, createdAt: to.at })
    .where(
      and(
        inArray(notifications.userId, which.userIds),
        eq(notifications.kind, which.kind),
        eq(notifications.link, which.link),
        gte(notifications.createdAt, which.since),
      ),
    );
}
