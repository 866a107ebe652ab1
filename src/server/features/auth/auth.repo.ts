import { and, eq, gt, inArray, lt, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { agencies, ghgFacilities, loginThrottle, sessions, users } from "../../db/schema.js";

export type UserRow = typeof users.$inferSelect;

export async function findUserByUsername(db: DbOrTx, username: string): Promise<UserRow | undefined> {
  const rows = await db.select().from(users).where(eq(users.username, username)).limit(1);
  return rows[0];
}

export async function findUserById(db: DbOrTx, id: string): Promise<UserRow | undefined> {
  const rows = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return rows[0];
}

/** The user fields a request needs; the password hash is never loaded with a session. */
export interface SessionUser {
  id: string;
  username: string;
  fullName: string;
  role: string;
  agencyId: string | null;
  /** The greenhouse-gas facility of a facility's own account. */
  facilityId: string | null;
  active: boolean;
  mustChangePassword: boolean;
  isDemo: boolean;
}

export interface SessionWithUser {
  tokenHash: string;
  createdAt: Date;
  expiresAt: Date;
  lastSeenAt: Date;
  user: SessionUser;
  agencyName: string | null;
}

// Every API request looks its session up, so the query is built once per database and prepared.
const liveSessionQueries = new WeakMap<object, ReturnType<typeof prepareLiveSessionQuery>>();

function prepareLiveSessionQuery(db: DbOrTx) {
  return db
    .select({
      tokenHash: sessions.tokenHash,
      createdAt: sessions.createdAt,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      user: {
        id: users.id,
        username: users.username,
        fullName: users.fullName,
        role: users.role,
        agencyId: users.agencyId,
        facilityId: users.facilityId,
        active: users.active,
        mustChangePassword: users.mustChangePassword,
        isDemo: users.isDemo,
      },
      agencyName: agencies.name,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(
      and(
        eq(sessions.tokenHash, sql.placeholder("tokenHash")),
        gt(sessions.expiresAt, sql.placeholder("now")),
      ),
    )
    .limit(1)
    .prepare("live_session");
}

export async function findLiveSession(
  db: DbOrTx,
  tokenHash: string,
  now: Date,
): Promise<SessionWithUser | undefined> {
  let query = liveSessionQueries.get(db);
  if (!query) {
    query = prepareLiveSessionQuery(db);
    liveSessionQueries.set(db, query);
  }
  const rows = await query.execute({ tokenHash, now });
  return rows[0];
}

export async function insertSession(
  db: DbOrTx,
  values: {
    tokenHash: string;
    userId: string;
    createdAt: Date;
    expiresAt: Date;
    ip: string | null;
    userAgent: string | null;
  },
): Promise<void> {
  await db.insert(sessions).values(values);
}

export async function touchSession(db: DbOrTx, tokenHash: string, now: Date, expiresAt: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: DbOrTx, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSessionsOfUser(db: DbOrTx, userId: string, exceptTokenHash?: string) {
  const condition = exceptTokenHash
    ? and(eq(sessions.userId, userId), ne(sessions.tokenHash, exceptTokenHash))
    : eq(sessions.userId, userId);
  await db.delete(sessions).where(condition);
}

export async function deleteExpiredSessions(db: DbOrTx, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

export async function recordLogin(db: DbOrTx, userId: string, now: Date): Promise<void> {
  await db.update(users).set({ lastLoginAt: now }).where(eq(users.id, userId));
}

export async function updatePasswordHash(db: DbOrTx, userId: string, passwordHash: string, now: Date) {
  await db
    .update(users)
    .set({ passwordHash, mustChangePassword: false, passwordChangedAt: now, updatedAt: now })
    .where(eq(users.id, userId));
}

export type ThrottleRow = typeof loginThrottle.$inferSelect;

export async function findThrottles(db: DbOrTx, keys: string[]): Promise<ThrottleRow[]> {
  return db.select().from(loginThrottle).where(inArray(loginThrottle.key, keys));
}

export async function saveThrottle(db: DbOrTx, row: ThrottleRow): Promise<void> {
  await db
    .insert(loginThrottle)
    .values(row)
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: { failures: row.failures, firstFailureAt: row.firstFailureAt, lockedUntil: row.lockedUntil },
    });
}

export async function clearThrottle(db: DbOrTx, key: string): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
}

/**
 * Takes the sign-in counters of these keys for the rest of the transaction (in one order, so
 * two sign-ins never wait for each other crosswise) and reads them. A key has a counter row
 * only after a failure, so the lock is an advisory one on the key itself.
 */
export async function lockThrottles(tx: DbOrTx, keys: string[]): Promise<ThrottleRow[]> {
  for (const key of [...keys].sort())
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`login:${key}`}, 0))`);
  return findThrottles(tx, keys);
}

/**
 * The name of a facility account's facility, read when asked rather than kept with the session:
 * facilities change without the notices the session cache listens to.
 */
export async function findFacilityName(db: DbOrTx, facilityId: string): Promise<string | undefined> {
  const rows = await db
    .select({ name: ghgFacilities.name })
    .from(ghgFacilities)
    .where(eq(ghgFacilities.id, facilityId))
    .limit(1);
  return rows[0]?.name;
}
