// The only queries of a facility's greenhouse-gas reports: the reports, their versions,
// documents and history (status changes, comments, versions, documents), with people's names.
import { and, asc, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import {
  ghgFacilities,
  ghgReportDocuments,
  ghgReportEvents,
  ghgReports,
  ghgReportVersions,
  users,
} from "../../db/schema.js";

export type ReportRow = typeof ghgReports.$inferSelect;
export type VersionRow = typeof ghgReportVersions.$inferSelect;
export type DocumentRow = typeof ghgReportDocuments.$inferSelect;
export type FacilityRow = typeof ghgFacilities.$inferSelect;

export async function findFacility(db: DbOrTx, id: string): Promise<FacilityRow | undefined> {
  return (await db.select().from(ghgFacilities).where(eq(ghgFacilities.id, id)))[0];
}

export async function findReport(db: DbOrTx, id: string, lock?: "update"): Promise<ReportRow | undefined> {
  const query = db.select().from(ghgReports).where(eq(ghgReports.id, id));
  return (await (lock ? query.for("update") : query))[0];
}

export async function findByObligation(
  db: DbOrTx,
  facilityId: string,
  ruleCode: string,
  year: number,
): Promise<ReportRow | undefined> {
  return (
    await db
      .select()
      .from(ghgReports)
      .where(
        and(
          eq(ghgReports.facilityId, facilityId),
          eq(ghgReports.ruleCode, ruleCode),
          eq(ghgReports.year, year),
        ),
      )
  )[0];
}

/** A facility's reports, latest year first, each with its current version's result and flags. */
export const reportsOfFacility = (db: DbOrTx, facilityId: string) =>
  db
    .select({ report: ghgReports, result: ghgReportVersions.result, flags: ghgReportVersions.flags })
    .from(ghgReports)
    .innerJoin(
      ghgReportVersions,
      and(
        eq(ghgReportVersions.reportId, ghgReports.id),
        eq(ghgReportVersions.number, ghgReports.currentVersion),
      ),
    )
    .where(eq(ghgReports.facilityId, facilityId))
    .orderBy(desc(ghgReports.year), asc(ghgReports.ruleCode));

export const insertReport = (db: DbOrTx, row: typeof ghgReports.$inferInsert) =>
  db.insert(ghgReports).values(row);

/** Writes a change if the report is still at `rowVersion`; false when someone changed it meanwhile. */
export async function updateReport(
  db: DbOrTx,
  id: string,
  rowVersion: number,
  change: Partial<typeof ghgReports.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(ghgReports)
    .set({ ...change, rowVersion: rowVersion + 1, updatedAt: new Date() })
    .where(and(eq(ghgReports.id, id), eq(ghgReports.rowVersion, rowVersion)))
    .returning({ id: ghgReports.id });
  return rows.length > 0;
}

export const versionsOf = (db: DbOrTx, reportId: string) =>
  db
    .select({ version: ghgReportVersions, recordedBy: users.fullName })
    .from(ghgReportVersions)
    .leftJoin(users, eq(users.id, ghgReportVersions.recordedBy))
    .where(eq(ghgReportVersions.reportId, reportId))
    .orderBy(asc(ghgReportVersions.number));

export async function findVersion(
  db: DbOrTx,
  reportId: string,
  number: number,
): Promise<VersionRow | undefined> {
  return (
    await db
      .select()
      .from(ghgReportVersions)
      .where(and(eq(ghgReportVersions.reportId, reportId), eq(ghgReportVersions.number, number)))
  )[0];
}

export const insertVersion = (db: DbOrTx, row: typeof ghgReportVersions.$inferInsert) =>
  db.insert(ghgReportVersions).values(row);

export const documentsOf = (db: DbOrTx, reportId: string) =>
  db
    .select({ document: ghgReportDocuments, uploadedBy: users.fullName })
    .from(ghgReportDocuments)
    .leftJoin(users, eq(users.id, ghgReportDocuments.uploadedBy))
    .where(eq(ghgReportDocuments.reportId, reportId))
    .orderBy(asc(ghgReportDocuments.uploadedAt));

export async function findDocument(
  db: DbOrTx,
  reportId: string,
  id: string,
): Promise<DocumentRow | undefined> {
  return (
    await db
      .select()
      .from(ghgReportDocuments)
      .where(and(eq(ghgReportDocuments.reportId, reportId), eq(ghgReportDocuments.id, id)))
  )[0];
}

export const insertDocument = (db: DbOrTx, row: typeof ghgReportDocuments.$inferInsert) =>
  db.insert(ghgReportDocuments).values(row);

export const eventsOf = (db: DbOrTx, reportId: string) =>
  db
    .select({ event: ghgReportEvents, actor: users.fullName })
    .from(ghgReportEvents)
    .leftJoin(users, eq(users.id, ghgReportEvents.actorId))
    .where(eq(ghgReportEvents.reportId, reportId))
    .orderBy(asc(ghgReportEvents.at), asc(ghgReportEvents.id));

export const insertEvent = (db: DbOrTx, row: typeof ghgReportEvents.$inferInsert) =>
  db.insert(ghgReportEvents).values(row);
