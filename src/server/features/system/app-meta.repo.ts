import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { appMeta } from "../../db/schema.js";

export async function hasMeta(db: DbOrTx, key: string): Promise<boolean> {
  return (await db.select({ key: appMeta.key }).from(appMeta).where(eq(appMeta.key, key))).length > 0;
}

export async function setMeta(db: DbOrTx, key: string, value: unknown): Promise<void> {
  await db.insert(appMeta).values({ key, value }).onConflictDoUpdate({ target: appMeta.key, set: { value } });
}

export async function getMeta<T>(db: DbOrTx, key: string): Promise<T | undefined> {
  const [row] = await db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, key));
  return row?.value as T | undefined;
}
