// The province's greenhouse-gas picture from the register, the obligations calendar and the
// reports' current figures (see domain/ghg/picture.ts for what is counted and how).
import type { GhgPictureView } from "../../../contracts/ghg-picture.js";
import { ministryName } from "../../../domain/facility-lists/vocabulary.js";
import {
  buildPicture,
  type PictureFacility,
  type PictureObligation,
  type ReportYearFigure,
  standingFigures,
} from "../../../domain/ghg/picture.js";
import type { DbOrTx } from "../../db/client.js";
import { currentReportFigures, pictureFacilities } from "./ghg-picture.repo.js";

/** Statuses in which the province stands behind the figure. */
const appraisedStatuses = new Set(["accepted", "determined"]);

interface StoredDetermined {
  years?: { year: number; total: number }[];
}

/** Each report's figure for each year it covers: the province's own where it determined one. */
export function reportYearFigures(
  rows: Awaited<ReturnType<typeof currentReportFigures>>,
): ReportYearFigure[] {
  const figures: ReportYearFigure[] = [];
  for (const row of rows) {
    const appraised = appraisedStatuses.has(row.status);
    const determined = row.status === "determined" ? (row.determined as StoredDetermined | null) : null;
    const years = determined?.years ?? row.years ?? [];
    for (const y of years) {
      figures.push({
        facilityId: row.facilityId,
        reportYear: row.year,
        year: y.year,
        total: y.total,
        appraised,
        determined: determined !== null,
      });
    }
  }
  return figures;
}

export type ObligationsReader = (db: DbOrTx, today: string) => Promise<PictureObligation[]>;

export interface GhgPictureData {
  view: GhgPictureView;
  facilities: (PictureFacility & { ministryLabel: string })[];
  /** The one figure standing for each facility and year. */
  figures: ReportYearFigure[];
}

export async function ghgPicture(
  db: DbOrTx,
  today: string,
  obligations: ObligationsReader,
): Promise<GhgPictureData> {
  const [facilityRows, reportRows, owed] = await Promise.all([
    pictureFacilities(db),
    currentReportFigures(db),
    obligations(db, today),
  ]);
  const facilities: PictureFacility[] = facilityRows.map((f) => ({
    id: f.id,
    name: f.name,
    sector: f.sector,
    ministry: f.ministry,
    agencyName: f.agencyName,
    listed: f.status === "active" && f.delistedByListId === null,
    quota: f.quotaStatus === "allocated",
  }));
  const figures = standingFigures(reportYearFigures(reportRows));
  return {
    view: { asOf: today, ...buildPicture(facilities, owed, figures) },
    facilities: facilities.map((f) => ({ ...f, ministryLabel: ministryName(f.ministry) })),
    figures,
  };
}
