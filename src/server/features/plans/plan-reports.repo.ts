// A plan's reporting periods and the agencies' progress reports of them: their lines per task,
// their figures for the plan's own measures, their documents and their amendments.
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import {
  agencies,
  planConclusions,
  planReportAmendments,
  planReportFigures,
  planReportFiles,
  planReportItems,
  planReportPeriods,
  planReports,
  planSyntheses,
  users,
} from "../../db/schema.js";

export type PeriodRow = typeof planReportPeriods.$inferSelect;
export type ReportRow = typeof planReports.$inferSelect;
export type ItemRow = typeof planReportItems.$inferSelect;

export async function listPeriods(db: DbOrTx, planIds: string[]): Promise<PeriodRow[]> {
  if (planIds.length === 0) return [];
  return db
    .select()
    .from(planReportPeriods)
    .where(inArray(planReportPeriods.planId, planIds))
    .orderBy(asc(planReportPeriods.agencyDue), asc(planReportPeriods.kind));
}

export async function findPeriod(db: DbOrTx, planId: string, periodId: string, lock?: "update" | "share") {
  const query = db
    .select()
    .from(planReportPeriods)
    .where(and(eq(planReportPeriods.id, periodId), eq(planReportPeriods.planId, planId)));
  const [row] = lock ? await query.for(lock) : await query;
  return row;
}

export async function insertPeriods(db: DbOrTx, rows: (typeof planReportPeriods.$inferInsert)[]) {
  if (rows.length) await db.insert(planReportPeriods).values(rows);
}

export async function updatePeriod(
  db: DbOrTx,
  id: string,
  change: Partial<typeof planReportPeriods.$inferInsert>,
) {
  await db.update(planReportPeriods).set(change).where(eq(planReportPeriods.id, id));
}

export async function deletePeriods(db: DbOrTx, ids: string[]) {
  if (ids.length) await db.delete(planReportPeriods).where(inArray(planReportPeriods.id, ids));
}

/** The reports of some periods, with their agency's name and how many times each was amended. */
export async function listReports(db: DbOrTx, periodIds: string[]) {
  if (periodIds.length === 0) return [];
  return db
    .select({
      report: planReports,
      agencyName: agencies.name,
      amendments: sql<number>`(select count(*)::int from ${planReportAmendments} a where a.report_id = ${planReports.id})`,
    })
    .from(planReports)
    .innerJoin(agencies, eq(agencies.id, planReports.agencyId))
    .where(inArray(planReports.periodId, periodIds));
}

export async function findReport(db: DbOrTx, periodId: string, agencyId: string, lock?: "update") {
  const query = db
    .select()
    .from(planReports)
    .where(and(eq(planReports.periodId, periodId), eq(planReports.agencyId, agencyId)));
  const [row] = lock ? await query.for(lock) : await query;
  return row;
}

export async function insertReport(db: DbOrTx, row: typeof planReports.$inferInsert) {
  await db.insert(planReports).values(row);
}

/** Writes a change if the report is still at `rowVersion`; false when someone changed it meanwhile. */
export async function updateReport(
  db: DbOrTx,
  id: string,
  rowVersion: number,
  change: Partial<typeof planReports.$inferInsert>,
): Promise<boolean> {
  const updated = await db
    .update(planReports)
    .set({ ...change, rowVersion: rowVersion + 1, updatedAt: new Date() })
    .where(and(eq(planReports.id, id), eq(planReports.rowVersion, rowVersion)))
    .returning({ id: planReports.id });
  return updated.length > 0;
}

export async function listItems(db: DbOrTx, reportIds: string[]): Promise<ItemRow[]> {
  if (reportIds.length === 0) return [];
  return db.select().from(planReportItems).where(inArray(planReportItems.reportId, reportIds));
}

export async function replaceItems(db: DbOrTx, reportId: string, rows: ItemRow[]) {
  await db.delete(planReportItems).where(eq(planReportItems.reportId, reportId));
  if (rows.length) await db.insert(planReportItems).values(rows);
}

export async function listFigures(db: DbOrTx, reportIds: string[]) {
  if (reportIds.length === 0) return [];
  return db.select().from(planReportFigures).where(inArray(planReportFigures.reportId, reportIds));
}

export async function replaceFigures(
  db: DbOrTx,
  reportId: string,
  rows: (typeof planReportFigures.$inferInsert)[],
) {
  await db.delete(planReportFigures).where(eq(planReportFigures.reportId, reportId));
  if (rows.length) await db.insert(planReportFigures).values(rows);
}

/** The figures reported for a plan's own measures in accepted reports, with their period. */
export async function acceptedFigures(db: DbOrTx, planId: string) {
  return db
    .select({
      targetId: planReportFigures.targetId,
      value: planReportFigures.value,
      kind: planReportPeriods.kind,
      year: planReportPeriods.year,
      acceptedAt: planReports.acceptedAt,
      agencyName: agencies.name,
    })
    .from(planReportFigures)
    .innerJoin(planReports, eq(planReports.id, planReportFigures.reportId))
    .innerJoin(planReportPeriods, eq(planReportPeriods.id, planReports.periodId))
    .innerJoin(agencies, eq(agencies.id, planReports.agencyId))
    .where(and(eq(planReportPeriods.planId, planId), eq(planReports.status, "accepted")));
}

export async function listFiles(db: DbOrTx, reportId: string) {
  return db
    .select({ file: planReportFiles, uploaderName: users.fullName })
    .from(planReportFiles)
    .leftJoin(users, eq(users.id, planReportFiles.uploadedBy))
    .where(eq(planReportFiles.reportId, reportId))
    .orderBy(asc(planReportFiles.uploadedAt));
}

export async function countFiles(db: DbOrTx, reportId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(planReportFiles)
    .where(eq(planReportFiles.reportId, reportId));
  return row?.n ?? 0;
}

export async function findFile(db: DbOrTx, reportId: string, fileId: string) {
  const [row] = await db
    .select()
    .from(planReportFiles)
    .where(and(eq(planReportFiles.id, fileId), eq(planReportFiles.reportId, reportId)));
  return row;
}

export async function insertFile(db: DbOrTx, row: typeof planReportFiles.$inferInsert) {
  await db.insert(planReportFiles).values(row);
}

export async function deleteFile(db: DbOrTx, id: string) {
  await db.delete(planReportFiles).where(eq(planReportFiles.id, id));
}

export async function listAmendments(db: DbOrTx, reportId: string) {
  return db
    .select({ amendment: planReportAmendments, byName: users.fullName })
    .from(planReportAmendments)
    .leftJoin(users, eq(users.id, planReportAmendments.amendedBy))
    .where(eq(planReportAmendments.reportId, reportId))
    .orderBy(asc(planReportAmendments.amendedAt));
}

export async function insertAmendment(db: DbOrTx, row: typeof planReportAmendments.$inferInsert) {
  await db.insert(planReportAmendments).values(row);
}

/** Of these tasks, those some report speaks of: they cannot leave the plan. */
export async function reportedTaskIds(db: DbOrTx, taskIds: string[]): Promise<Set<string>> {
  if (taskIds.length === 0) return new Set();
  const rows = await db
    .select({ taskId: planReportItems.taskId })
    .from(planReportItems)
    .where(inArray(planReportItems.taskId, taskIds))
    .groupBy(planReportItems.taskId);
  return new Set(rows.map((r) => r.taskId));
}

/**
 * The periods something was written in, with what in words ("2 báo cáo của cơ quan", "kết luận
 * của Chủ tịch"): such a period cannot leave the schedule.
 */
export async function periodsWithContent(db: DbOrTx, periodIds: string[]): Promise<Map<string, string>> {
  if (periodIds.length === 0) return new Map();
  const reports = await db
    .select({ periodId: planReports.periodId, n: count() })
    .from(planReports)
    .where(inArray(planReports.periodId, periodIds))
    .groupBy(planReports.periodId);
  const syntheses = await db
    .select({ periodId: planSyntheses.periodId })
    .from(planSyntheses)
    .where(inArray(planSyntheses.periodId, periodIds));
  const conclusions = await db
    .select({ periodId: planConclusions.periodId })
    .from(planConclusions)
    .where(inArray(planConclusions.periodId, periodIds));
  const what = new Map<string, string[]>();
  const add = (periodId: string, text: string) => what.set(periodId, [...(what.get(periodId) ?? []), text]);
  for (const r of reports) add(r.periodId, `${r.n} cơ quan báo cáo`);
  for (const r of syntheses) add(r.periodId, "nội dung báo cáo tổng hợp đã soạn");
  for (const r of conclusions) add(r.periodId, "kết luận của Chủ tịch UBND tỉnh");
  return new Map([...what].map(([id, texts]) => [id, texts.join(", ")]));
}

/** Open periods of issued plans, for the reminders. */
export async function openPeriodsOfIssuedPlans(db: DbOrTx) {
  return db
    .select({ period: planReportPeriods })
    .from(planReportPeriods)
    .where(
      sql`${planReportPeriods.closedAt} is null and exists (select 1 from plans p where p.id = ${planReportPeriods.planId} and p.status = 'issued')`,
    );
}

/** What an agency sent on its tasks (never a draft), with the period each line is of. */
export async function sentLinesOfAgency(db: DbOrTx, agencyId: string, taskIds: string[]) {
  if (taskIds.length === 0) return [];
  return db
    .select({
      taskId: planReportItems.taskId,
      status: planReportItems.status,
      kind: planReportPeriods.kind,
      year: planReportPeriods.year,
      agencyDue: planReportPeriods.agencyDue,
    })
    .from(planReportItems)
    .innerJoin(planReports, eq(planReports.id, planReportItems.reportId))
    .innerJoin(planReportPeriods, eq(planReportPeriods.id, planReports.periodId))
    .where(
      and(
        eq(planReports.agencyId, agencyId),
        inArray(planReportItems.taskId, taskIds),
        sql`${planReports.status} <> 'draft'`,
        sql`${planReportItems.status} is not null`,
      ),
    );
}
