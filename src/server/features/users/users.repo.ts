import { and, asc, count, eq, ilike, inArray, isNotNull, or, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { agencies, ghgFacilities, users } from "../../db/schema.js";

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;
export interface UserWithAgency {
  user: UserRow;
  agencyName: string | null;
  facilityName: string | null;
}

export async function listUsers(
  db: DbOrTx,
  filter: { agencyId?: string | null; role?: string; q?: string },
): Promise<UserWithAgency[]> {
  const conditions: SQL[] = [];
  if (filter.agencyId) conditions.push(eq(users.agencyId, filter.agencyId));
  if (filter.role) conditions.push(eq(users.role, filter.role));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(users.username, pattern), ilike(users.fullName, pattern)) as SQL);
  }
  const rows = await db
    .select({ user: users, agencyName: agencies.name, facilityName: ghgFacilities.name })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .leftJoin(ghgFacilities, eq(ghgFacilities.id, users.facilityId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(users.username));
  return rows;
}

export async function findUserWithAgency(db: DbOrTx, id: string): Promise<UserWithAgency | undefined> {
  const rows = await db
    .select({ user: users, agencyName: agencies.name, facilityName: ghgFacilities.name })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .leftJoin(ghgFacilities, eq(ghgFacilities.id, users.facilityId))
    .where(eq(users.id, id))
    .limit(1);
  return rows[0];
}

export async function findUser(db: DbOrTx, id: string): Promise<UserRow | undefined> {
  const rows = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return rows[0];
}

export async function usernameExists(db: DbOrTx, username: string): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).where(eq(users.username, username)).limit(1);
  return rows.length > 0;
}

export async function countActiveAdmins(db: DbOrTx): Promise<number> {
  const rows = await db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.active, true)));
  return Number(rows[0]?.n ?? 0);
}

export async function insertUser(db: DbOrTx, row: NewUserRow): Promise<void> {
  await db.insert(users).values(row);
}

/** Updates only if nobody changed the row since `seenUpdatedAt`; returns whether it did. */
export async function updateUser(
  db: DbOrTx,
  id: string,
  seenUpdatedAt: Date,
  changes: Partial<NewUserRow>,
): Promise<boolean> {
  const rows = await db
    .update(users)
    .set(changes)
    .where(and(eq(users.id, id), eq(users.updatedAt, seenUpdatedAt)))
    .returning({ id: users.id });
  return rows.length === 1;
}

/** Of these user names, the ones taken (all of them when `among` is left out). */
export async function takenUsernames(db: DbOrTx, among?: string[]): Promise<Set<string>> {
  if (among?.length === 0) return new Set();
  const rows = await db
    .select({ username: users.username })
    .from(users)
    .where(among ? inArray(users.username, among) : undefined);
  return new Set(rows.map((u) => u.username));
}

/** Bulk imports of accounts one at a time, so a sheet sent twice creates its people once. */
export async function lockAccountImport(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended('users:import', 0))`);
}

export async function insertUsers(db: DbOrTx, rows: NewUserRow[]): Promise<void> {
  if (rows.length > 0) await db.insert(users).values(rows);
}

/** The register's facilities that have a tax code, by it: a sheet of accounts names them so. */
export async function facilitiesByTaxCode(db: DbOrTx): Promise<Map<string, { id: string; name: string }>> {
  const rows = await db
    .select({ id: ghgFacilities.id, name: ghgFacilities.name, taxCode: ghgFacilities.taxCode })
    .from(ghgFacilities)
    .where(isNotNull(ghgFacilities.taxCode));
  return new Map(rows.map((r) => [r.taxCode as string, { id: r.id, name: r.name }]));
}
