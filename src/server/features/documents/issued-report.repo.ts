// The signed report of a cycle: one row per cycle, replaced until the year is sent.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { issuedReports, users } from "../../db/schema.js";

export type IssuedReportRow = typeof issuedReports.$inferSelect;

export async function findIssuedReport(db: DbOrTx, cycleId: string): Promise<IssuedReportRow | undefined> {
  const [row] = await db.select().from(issuedReports).where(eq(issuedReports.cycleId, cycleId));
  return row;
}

/** The row with the name of who recorded it. */
export async function findIssuedReportWithUploader(db: DbOrTx, cycleId: string) {
  const [row] = await db
    .select({ report: issuedReports, uploaderName: users.fullName })
    .from(issuedReports)
    .leftJoin(users, eq(users.id, issuedReports.uploadedBy))
    .where(eq(issuedReports.cycleId, cycleId));
  return row;
}

export async function upsertIssuedReport(
  db: DbOrTx,
  row: Omit<typeof issuedReports.$inferInsert, "uploadedAt">,
): Promise<void> {
  const { cycleId, ...change } = row;
  await db
    .insert(issuedReports)
    .values(row)
    .onConflictDoUpdate({ target: issuedReports.cycleId, set: { ...change, uploadedAt: new Date() } });
}
