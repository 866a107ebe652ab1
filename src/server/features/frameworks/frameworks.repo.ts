import { and, asc, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { frameworks, frameworkVersions, users } from "../../db/schema.js";

export type FrameworkRow = typeof frameworks.$inferSelect;
export type FrameworkVersionRow = typeof frameworkVersions.$inferSelect;

/** Frameworks joined with their version in force. */
const inForce = () =>
  and(
    eq(frameworkVersions.frameworkCode, frameworks.code),
    eq(frameworkVersions.version, frameworks.currentVersion),
  );

export async function listFrameworks(db: DbOrTx) {
  return db
    .select({ framework: frameworks, version: frameworkVersions })
    .from(frameworks)
    .innerJoin(frameworkVersions, inForce())
    .orderBy(asc(frameworks.code));
}

/** The ids of the versions in force of one kind's frameworks (no source text: cheap to ask often). */
export async function currentVersionIds(db: DbOrTx, kind: string): Promise<string[]> {
  const rows = await db
    .select({ id: frameworkVersions.id })
    .from(frameworks)
    .innerJoin(frameworkVersions, inForce())
    .where(eq(frameworks.kind, kind))
    .orderBy(asc(frameworks.code));
  return rows.map((r) => r.id);
}

export async function findFramework(db: DbOrTx, code: string): Promise<FrameworkRow | undefined> {
  const rows = await db.select().from(frameworks).where(eq(frameworks.code, code)).limit(1);
  return rows[0];
}

export async function findVersion(
  db: DbOrTx,
  code: string,
  version: number,
): Promise<FrameworkVersionRow | undefined> {
  const rows = await db
    .select()
    .from(frameworkVersions)
    .where(and(eq(frameworkVersions.frameworkCode, code), eq(frameworkVersions.version, version)))
    .limit(1);
  return rows[0];
}

/** Id and number of a framework's version in force, without its (large) source and definition. */
export async function findCurrentVersionHead(db: DbOrTx, code: string) {
  const rows = await db
    .select({ id: frameworkVersions.id, version: frameworkVersions.version })
    .from(frameworks)
    .innerJoin(frameworkVersions, inForce())
    .where(eq(frameworks.code, code))
    .limit(1);
  return rows[0];
}

export async function findVersionById(db: DbOrTx, id: string): Promise<FrameworkVersionRow | undefined> {
  const rows = await db.select().from(frameworkVersions).where(eq(frameworkVersions.id, id)).limit(1);
  return rows[0];
}

export async function listVersions(db: DbOrTx, code: string) {
  return db
    .select({
      version: frameworkVersions.version,
      sourceName: frameworkVersions.sourceName,
      note: frameworkVersions.note,
      createdAt: frameworkVersions.createdAt,
      createdBy: users.username,
    })
    .from(frameworkVersions)
    .leftJoin(users, eq(users.id, frameworkVersions.createdBy))
    .where(eq(frameworkVersions.frameworkCode, code))
    .orderBy(desc(frameworkVersions.version));
}

export async function insertFramework(db: DbOrTx, row: typeof frameworks.$inferInsert): Promise<void> {
  await db.insert(frameworks).values(row);
}

export async function insertVersion(db: DbOrTx, row: typeof frameworkVersions.$inferInsert): Promise<void> {
  await db.insert(frameworkVersions).values(row);
}

/** Moves the framework to `version` only if it is still at `from`: two editors cannot both win. */
export async function advanceVersion(
  db: DbOrTx,
  code: string,
  from: number,
  to: number,
  name: string,
  now: Date,
) {
  const rows = await db
    .update(frameworks)
    .set({ currentVersion: to, name, updatedAt: now })
    .where(and(eq(frameworks.code, code), eq(frameworks.currentVersion, from)))
    .returning({ code: frameworks.code });
  return rows.length === 1;
}
