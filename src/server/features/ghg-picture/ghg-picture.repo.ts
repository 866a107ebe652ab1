// The only queries of the province's greenhouse-gas picture: the register's facilities with the
// department that follows each, and each report's current figures.
import { and, asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { agencies, ghgFacilities, ghgReports, ghgReportVersions } from "../../db/schema.js";

export const pictureFacilities = (db: DbOrTx) =>
  db
    .select({
      id: ghgFacilities.id,
      name: ghgFacilities.name,
      sector: ghgFacilities.sector,
      ministry: ghgFacilities.ministry,
      status: ghgFacilities.status,
      delistedByListId: ghgFacilities.delistedByListId,
      quotaStatus: ghgFacilities.quotaStatus,
      agencyName: agencies.name,
    })
    .from(ghgFacilities)
    .leftJoin(agencies, eq(agencies.id, ghgFacilities.agencyId))
    .orderBy(asc(ghgFacilities.name));

/** Every report with its current version's computed result (the years it covers, with totals). */
export const currentReportFigures = (db: DbOrTx) =>
  db
    .select({
      facilityId: ghgReports.facilityId,
      year: ghgReports.year,
      status: ghgReports.status,
      determined: ghgReports.determined,
      // Only the years of the computed result: its lines are not needed here and weigh far more.
      years: sql<{ year: number; total: number }[] | null>`${ghgReportVersions.result}->'years'`,
    })
    .from(ghgReports)
    .innerJoin(
      ghgReportVersions,
      and(
        eq(ghgReportVersions.reportId, ghgReports.id),
        eq(ghgReportVersions.number, ghgReports.currentVersion),
      ),
    );
