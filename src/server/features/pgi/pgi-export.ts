// The green index (PGI) in exports and documents, read from the PGI page's overview
// (`buildPgiOverview`) and the stored published rows, never computed a second way: the .xlsx of
// every province's results with the province's overview and the editions' notes, the province
// of a cycle (for the cycle's data export and the leader's brief), and the department's province
// (for the plans' synthesis).
import type { PgiOverview } from "../../../contracts/pgi.js";
import { pgiParts } from "../../../contracts/pgi.js";
import type { Actor } from "../../../domain/auth/permissions.js";
import {
  eraOfYear,
  matchProvince,
  type Province,
  provinceByCode,
  regions,
} from "../../../domain/org/provinces.js";
import { sumGap } from "../../../domain/pgi/pgi-ranks.js";
import { safeFileName } from "../../../domain/text/file-names.js";
import type { Db } from "../../db/client.js";
import { type PgiExportData, type PgiProvinceRows, writePgiExportXlsx } from "../../reports/pgi-workbook.js";
import { findOrgUnit } from "../cycles/cycles.repo.js";
import { listPublished, type PublishedRow } from "../published/published.repo.js";
import { provinceCodeOf } from "../published/published.service.js";
import { buildPgiOverview, ownProvinceNow, type PgiReader, type PgiReaders } from "./pgi.service.js";

type Parts = Record<string, number | null>;

/** Whoever reads the overview for a document or an export: it only decides whether targets are editable. */
const documentReader: Actor = {
  userId: "00000000-0000-0000-0000-000000000000",
  role: "leader",
  agencyId: null,
};

/** Every province's PGI rows, read once for one document. */
export function readPgiOnce(db: Db): PgiReader {
  let rows: Promise<PublishedRow[]> | undefined;
  return () => {
    rows ??= listPublished(db, { kind: "pgi" });
    return rows;
  };
}

/** The .xlsx of every province's PGI results with one province's overview (the department's by default). */
export async function buildPgiExport(
  db: Db,
  actor: Actor,
  asked: string | undefined,
  readers: PgiReaders,
  now = new Date(),
): Promise<{ content: Buffer; fileName: string }> {
  const overview = await buildPgiOverview(db, actor, asked, readers);
  const all = await readers.published();
  const data: PgiExportData = {
    exportedAt: now.toISOString(),
    overview,
    lines: all.map((r) => {
      const province = provinceByCode(provinceCodeOf(r));
      const parts = pgiParts.map((p) => (r.parts as Parts)[p] ?? null);
      const total = r.totalScore === null ? null : Number(r.totalScore);
      return {
        year: r.year,
        name: province?.name ?? r.province,
        era: province?.era ?? eraOfYear(r.year),
        region: province ? regions[province.region] : null,
        parts,
        total,
        rank: r.rank,
        partRanks: pgiParts.map((p) => (r.partRanks as Parts)[p] ?? null),
        sumGap: sumGap(total, parts),
        sourceUrl: r.sourceUrl ?? "",
        notes: r.notes ?? null,
      };
    }),
    components: all.flatMap((r) =>
      Object.entries((r.components ?? {}) as Record<string, Record<string, number>>).flatMap(
        ([part, named]) =>
          Object.entries(named).map(([component, score]) => ({
            year: r.year,
            name: provinceByCode(provinceCodeOf(r))?.name ?? r.province,
            part,
            component,
            score,
          })),
      ),
    ),
  };
  const years = overview.years.length
    ? ` ${overview.years[0]}${overview.years.length > 1 ? `-${overview.years.at(-1)}` : ""}`
    : "";
  return {
    content: await writePgiExportXlsx(data),
    fileName: safeFileName(`Chỉ số Xanh cấp tỉnh (PGI)${years} - ${overview.province.name}.xlsx`),
  };
}

/** A cycle's province in the registry: by its organisation unit's code, else by its name in the year's era. */
export async function provinceOfCycle(
  db: Db,
  cycle: { orgUnitId: string; year: number },
  orgUnitName: string,
): Promise<Province | undefined> {
  const unit = await findOrgUnit(db, cycle.orgUnitId);
  return (unit && provinceByCode(unit.code)) ?? matchProvince(orgUnitName, eraOfYear(cycle.year));
}

/**
 * The PGI overview a cycle's documents show: the province of the 34 when it is the same province
 * before and after the 2025 merger (its results of every year and its targets), else the cycle's
 * own province (a former province is shown as it was). Undefined outside the registry.
 */
export async function pgiOverviewOfCycle(
  db: Db,
  cycle: { orgUnitId: string; year: number },
  orgUnitName: string,
  read: PgiReader = readPgiOnce(db),
): Promise<PgiOverview | undefined> {
  const province = await provinceOfCycle(db, cycle, orgUnitName);
  if (!province) return undefined;
  if (province.era === "63" && province.successorCode) {
    const successor = await buildPgiOverview(db, documentReader, province.successorCode, read);
    if (!successor.merger) return successor;
  }
  return buildPgiOverview(db, documentReader, province.code, read);
}

/** The province's PGI rows up to the cycle's year, for the cycle's data export; null when there are none. */
export async function pgiRowsOfCycle(
  db: Db,
  cycle: { orgUnitId: string; year: number },
  orgUnitName: string,
): Promise<PgiProvinceRows | null> {
  const overview = await pgiOverviewOfCycle(db, cycle, orgUnitName);
  const rows = overview?.rows.filter((r) => r.year <= cycle.year) ?? [];
  if (!overview || rows.length === 0) return null;
  return { province: overview.province.name, units: overview.units, rows };
}

/** The department's province now, as its PGI page shows it (for the plans' documents). */
export async function pgiOverviewOfDepartment(
  db: Db,
  read: PgiReader = readPgiOnce(db),
): Promise<PgiOverview | undefined> {
  if (!(await ownProvinceNow(db))) return undefined;
  return buildPgiOverview(db, documentReader, undefined, read);
}
