// The province's picture of its greenhouse-gas facilities, from the register, the obligations
// and the reports: counts by sector, ministry and following department; how many obligations
// due were met on time, late or not at all; emissions by sector and year; the largest emitters.
// Pure. A figure the province has not appraised yet is counted but said to be so.
import { ministryName, sectorName } from "../facility-lists/vocabulary.js";

export interface PictureFacility {
  id: string;
  name: string;
  sector: string;
  ministry: string;
  /** The department that follows it, by name; null when none is set. */
  agencyName: string | null;
  /** Closed or dropped from the lists: counted apart, never as listed. */
  listed: boolean;
  quota: boolean;
}

export type Fulfilment = "on_time" | "late" | "missing" | "not_due";

export interface PictureObligation {
  facilityId: string;
  year: number;
  fulfilment: Fulfilment;
}

/** One report's figure for one year it covers (tCO2e). */
export interface ReportYearFigure {
  facilityId: string;
  /** The year the report fell due in: a later report of the same year is preferred. */
  reportYear: number;
  year: number;
  total: number;
  /** Accepted by the province, verified, or the province's own figure. */
  appraised: boolean;
  /** The province determined this figure itself (it replaces the declared one). */
  determined: boolean;
}

export interface Count {
  key: string;
  label: string;
  count: number;
}

export interface ComplianceYear {
  year: number;
  /** Obligations whose date has passed. */
  due: number;
  onTime: number;
  late: number;
  missing: number;
  /** Obligations still to come in the year. */
  notDue: number;
  /** Share of those due that came on time, in percent; null when none was due. */
  onTimeRate: number | null;
}

export interface EmissionsBySector {
  sector: string;
  label: string;
  /** tCO2e for each year of `years`; null where no facility of the sector has a figure. */
  values: (number | null)[];
}

export interface EmissionsYear {
  year: number;
  total: number;
  facilities: number;
  /** Of those facilities, how many figures the province has appraised. */
  appraised: number;
}

export interface Emitter {
  facilityId: string;
  name: string;
  sector: string;
  year: number;
  total: number;
  appraised: boolean;
  determined: boolean;
}

export interface GhgPicture {
  facilities: { listed: number; unlisted: number; quota: number };
  bySector: Count[];
  byMinistry: Count[];
  byAgency: Count[];
  compliance: ComplianceYear[];
  emissions: { years: number[]; bySector: EmissionsBySector[]; totals: EmissionsYear[] };
  largest: Emitter[];
}

function countBy(
  items: readonly PictureFacility[],
  keyOf: (f: PictureFacility) => [string, string],
): Count[] {
  const counts = new Map<string, Count>();
  for (const item of items) {
    const [key, label] = keyOf(item);
    const count = counts.get(key) ?? { key, label, count: 0 };
    count.count += 1;
    counts.set(key, count);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "vi"));
}

/**
 * The figure that stands for a facility's year among several reports covering it: one the
 * province appraised (its own determined figure first) before one it has not, then the later report.
 */
export function standingFigures(figures: readonly ReportYearFigure[]): ReportYearFigure[] {
  const rank = (f: ReportYearFigure) => (f.determined ? 2 : f.appraised ? 1 : 0);
  const best = new Map<string, ReportYearFigure>();
  for (const figure of figures) {
    const key = `${figure.facilityId}|${figure.year}`;
    const held = best.get(key);
    if (
      !held ||
      rank(figure) > rank(held) ||
      (rank(figure) === rank(held) && figure.reportYear > held.reportYear)
    ) {
      best.set(key, figure);
    }
  }
  return [...best.values()];
}

function compliance(obligations: readonly PictureObligation[]): ComplianceYear[] {
  const years = new Map<number, ComplianceYear>();
  for (const o of obligations) {
    const row = years.get(o.year) ?? {
      year: o.year,
      due: 0,
      onTime: 0,
      late: 0,
      missing: 0,
      notDue: 0,
      onTimeRate: null,
    };
    if (o.fulfilment === "not_due") row.notDue += 1;
    else {
      row.due += 1;
      if (o.fulfilment === "on_time") row.onTime += 1;
      else if (o.fulfilment === "late") row.late += 1;
      else row.missing += 1;
    }
    years.set(o.year, row);
  }
  return [...years.values()]
    .map((row) => ({ ...row, onTimeRate: row.due > 0 ? (100 * row.onTime) / row.due : null }))
    .sort((a, b) => a.year - b.year);
}

export function buildPicture(
  facilities: readonly PictureFacility[],
  obligations: readonly PictureObligation[],
  figures: readonly ReportYearFigure[],
  options: { largest?: number } = {},
): GhgPicture {
  const listed = facilities.filter((f) => f.listed);
  const byId = new Map(facilities.map((f) => [f.id, f]));
  const standing = standingFigures(figures.filter((f) => byId.has(f.facilityId)));
  const years = [...new Set(standing.map((f) => f.year))].sort((a, b) => a - b);

  const sectorKeys = [...new Set(standing.map((f) => byId.get(f.facilityId)!.sector))];
  const bySector = sectorKeys
    .map((sector) => ({
      sector,
      label: sectorName(sector),
      values: years.map((year) => {
        const own = standing.filter((f) => f.year === year && byId.get(f.facilityId)!.sector === sector);
        return own.length > 0 ? own.reduce((sum, f) => sum + f.total, 0) : null;
      }),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, "vi"));
  const totals = years.map((year) => {
    const own = standing.filter((f) => f.year === year);
    return {
      year,
      total: own.reduce((sum, f) => sum + f.total, 0),
      facilities: own.length,
      appraised: own.filter((f) => f.appraised).length,
    };
  });

  const latest = years.at(-1);
  const largest = standing
    .filter((f) => f.year === latest)
    .sort((a, b) => b.total - a.total)
    .slice(0, options.largest ?? 10)
    .map((f) => {
      const facility = byId.get(f.facilityId)!;
      return {
        facilityId: f.facilityId,
        name: facility.name,
        sector: facility.sector,
        year: f.year,
        total: f.total,
        appraised: f.appraised,
        determined: f.determined,
      };
    });

  return {
    facilities: {
      listed: listed.length,
      unlisted: facilities.length - listed.length,
      quota: listed.filter((f) => f.quota).length,
    },
    bySector: countBy(listed, (f) => [f.sector, sectorName(f.sector)]),
    byMinistry: countBy(listed, (f) => [f.ministry, ministryName(f.ministry)]),
    byAgency: countBy(listed, (f) => [f.agencyName ?? "", f.agencyName ?? "Chưa giao cơ quan theo dõi"]),
    // A facility dropped since still answers for what it owed while listed (the calendar says which).
    compliance: compliance(obligations.filter((o) => byId.has(o.facilityId))),
    emissions: { years, bySector, totals },
    largest,
  };
}
