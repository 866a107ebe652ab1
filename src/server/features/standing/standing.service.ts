// Where the province stands, gathered for its leader's and coordinator's home: the latest cycle's
// result and rank as the documents state them, the trend over every known year (its own results
// and what the Ministry published, each year marked with the decision whose method scored it),
// the indicators losing most points, the agencies late or returned, the green index and the
// region. Nothing here is computed twice: the dashboard, the standing and the rank are the ones
// the report and the brief use.

import type { CycleStatus } from "../../../contracts/cycles.js";
import type { Standing, StandingMap, TrendYear } from "../../../contracts/standing.js";
import type { Actor } from "../../../domain/auth/permissions.js";
import { isCycleLocked, lockedCycleStatuses } from "../../../domain/cycle/workflow.js";
import { type CompiledFramework, editionForYear } from "../../../domain/framework/compile.js";
import {
  eraOfYear,
  matchProvince,
  type Province,
  type ProvinceEra,
  provinceByCode,
  provincesOf,
  regions,
} from "../../../domain/org/provinces.js";
import { tileGrid } from "../../../domain/org/tile-grid.js";
import type { Db } from "../../db/client.js";
import { statusOfResult } from "../computations/result.present.js";
import { loadCycleState } from "../cycles/cycle-state.js";
import * as cyclesRepo from "../cycles/cycles.repo.js";
import { buildDashboard } from "../cycles/dashboard.service.js";
import { cycleStanding } from "../documents/standing.js";
import { changeText, rankText, regionText } from "../documents/standing-text.js";
import * as frameworksRepo from "../frameworks/frameworks.repo.js";
import { compiledVersion } from "../frameworks/frameworks.service.js";
import * as publishedRepo from "../published/published.repo.js";
import { provinceCodeOf, provinceCountFor } from "../published/published.service.js";
import { listComputationTotals } from "./standing.repo.js";

type PublishedRow = publishedRepo.PublishedFigures;
type OwnPoint = NonNullable<TrendYear["own"]>;
type Parts = Record<string, number | null>;

/** "Quyết định số 383/QĐ-BTNMT ngày 10/02/2025" → "QĐ 383/QĐ-BTNMT". */
export function decisionLabel(legalBasis: string | undefined): string | null {
  const match = legalBasis?.match(/(\d+\/QĐ-[\p{Lu}]+)/u);
  return match ? `QĐ ${match[1]}` : null;
}

/** The decision whose method scores a year: the PEPI framework with an edition for it. */
function methodOfYear(pepiFrameworks: CompiledFramework[], year: number): string | null {
  const framework = pepiFrameworks.find((f) => editionForYear(f, year));
  return framework ? decisionLabel(framework.def.legalBasis) : null;
}

/** The province in the registry in an era: itself, or its counterpart across the 2025 merger. */
function provinceInEra(own: Province | undefined, era: ProvinceEra): Province | undefined {
  if (!own || own.era === era) return own;
  // Of the 63, the province it became part of; of the 34, the former province it is named after.
  return own.era === "63" && own.successorCode
    ? provinceByCode(own.successorCode)
    : matchProvince(own.shortName, era);
}

/** The PEPI frameworks in force, compiled (from the cache: only their version ids are read). */
async function pepiFrameworks(db: Db): Promise<CompiledFramework[]> {
  const ids = await frameworksRepo.currentVersionIds(db, "pepi");
  return Promise.all(ids.map((id) => compiledVersion(db, id)));
}

/** Every cycle under a PEPI framework, newest year first. */
export async function pepiCycles(db: Db) {
  return (await cyclesRepo.listCycleSummaries(db, {})).filter((s) => s.frameworkKind === "pepi");
}

type PepiCycle = Awaited<ReturnType<typeof pepiCycles>>[number];

/**
 * The province the department works for: the one of its latest assessment (the demonstration's
 * only when there is no other), in the registry when it is there.
 */
export async function ownProvince(db: Db, cycles: PepiCycle[]) {
  const real = cycles.filter((c) => !c.orgUnitIsDemo);
  const pool = real.length ? real : cycles;
  const latest = pool.find((c) => c.cycle.kind === "assessment") ?? pool[0];
  if (!latest) return { latest, orgUnit: undefined, own: undefined };
  const { orgUnit, own } = await provinceOfUnit(
    db,
    latest.cycle.orgUnitId,
    latest.orgUnitName,
    latest.cycle.year,
  );
  return { latest, orgUnit, own };
}

/** An organisation unit's province in the registry: by its code, else by its name in the year's era. */
async function provinceOfUnit(db: Db, orgUnitId: string, name: string, year: number) {
  const orgUnit = await cyclesRepo.findOrgUnit(db, orgUnitId);
  const own = (orgUnit && provinceByCode(orgUnit.code)) ?? matchProvince(name, eraOfYear(year));
  return { orgUnit, own };
}

/** Every province's published figures of one index (the routes keep them in a read cache). */
export type PublishedReader = (kind: "pepi" | "pgi") => Promise<PublishedRow[]>;

const readPublished =
  (db: Db): PublishedReader =>
  (kind) =>
    publishedRepo.listPublishedFigures(db, kind);

export async function buildStanding(
  db: Db,
  actor: Actor,
  published: PublishedReader = readPublished(db),
  now = new Date(),
): Promise<Standing> {
  const cycles = await pepiCycles(db);
  const { latest, orgUnit, own } = await ownProvince(db, cycles);
  const provinceName = latest?.orgUnitName ?? null;
  const rows = { pepi: await published("pepi"), pgi: await published("pgi") };
  const mine = ownRow(own);
  const yearsOf = (rows: PublishedRow[]) => [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);

  const current =
    latest && latest.cycle.kind === "assessment"
      ? await currentResult(db, latest.cycle.id, provinceName ?? "", actor, now, rows.pepi, mine)
      : null;
  // The trend takes this year's total from the dashboard already read, not a second reading.
  const known = new Map<string, OwnPoint>();
  if (current)
    known.set(current.cycleId, {
      points: current.points,
      maxPoints: current.maxPoints,
      complete: current.complete,
      provisional: current.status.provisional,
      approved: current.approved,
      source: "cycle",
    });
  return {
    province: {
      name: provinceName ?? "",
      code: own?.code ?? null,
      region: own ? regions[own.region] : null,
    },
    current,
    trend: await trend(db, cycles, orgUnit?.id ?? null, rows.pepi, mine, known),
    pgi: pgiAtAGlance(rows.pgi, mine),
    region: regionTable(rows.pepi, own),
    mapYears: { pepi: yearsOf(rows.pepi), pgi: yearsOf(rows.pgi) },
  };
}

async function currentResult(
  db: Db,
  cycleId: string,
  provinceName: string,
  actor: Actor,
  now: Date,
  publishedPepi: PublishedRow[],
  mine: (rows: PublishedRow[], year: number) => PublishedRow | undefined,
): Promise<Standing["current"]> {
  const dashboard = await buildDashboard(db, cycleId, actor, now);
  const cycle = (await cyclesRepo.findCycle(db, cycleId))!;
  const total = dashboard.total;
  const standing = await cycleStanding(
    db,
    cycle,
    provinceName,
    {
      points: total.points,
      maxPoints: total.maxPoints,
      band: total.band?.vi ?? null,
      status: total.status,
      pepi: true,
    },
    publishedPepi,
  );
  const losers = dashboard.indicators
    .filter((i) => i.status === "computed" && !i.external && i.points < i.maxPoints)
    .map((i) => ({
      code: i.code,
      name: i.name.vi,
      points: i.points,
      maxPoints: i.maxPoints,
      lost: Math.round((i.maxPoints - i.points) * 100) / 100,
      agencies: i.agencies,
    }))
    .sort((a, b) => b.lost - a.lost || a.code.localeCompare(b.code))
    .slice(0, 5);
  const agencies = dashboard.agencies;
  // Once the Ministry has published the year, its figures are the result; ours is the self-assessment.
  const official = mine(publishedPepi, cycle.year);
  return {
    cycleId,
    official: official
      ? {
          total: official.totalScore === null ? null : Number(official.totalScore),
          rank: official.rank,
          band: official.band,
          provinceCount: provinceCountFor(cycle.year),
        }
      : null,
    year: cycle.year,
    cycleStatus: cycle.status,
    approved: lockedCycleStatuses.includes(dashboard.cycle.status),
    frameworkName: dashboard.cycle.frameworkName.vi,
    headline: standing.headline,
    points: standing.points,
    maxPoints: standing.maxPoints,
    band: standing.band,
    complete: standing.complete,
    status: standing.status,
    lastYear: standing.lastYear,
    changeText: standing.complete ? changeText(standing.points, standing.lastYear) : null,
    rank: standing.rank,
    rankText: rankText(standing.rank, standing),
    regionText: regionText(standing.region),
    losers,
    agencies: {
      total: dashboard.totals.agencies,
      submitted: dashboard.totals.submitted,
      late: agencies
        .filter((a) => a.timeliness === "overdue" || (a.timeliness === "late" && a.status !== "accepted"))
        .map((a) => ({
          name: a.agency.name,
          daysOverdue: a.daysOverdue,
          submitted: a.timeliness === "late",
        })),
      returned: agencies
        .filter((a) => a.status === "returned")
        .map((a) => ({ name: a.agency.name, reason: a.returnReason })),
    },
  };
}

/** The trend of the province of a cycle, for the brief: the same years and figures as the home page. */
export async function trendOfProvince(
  db: Db,
  cycle: { id: string; orgUnitId: string; year: number },
  provinceName: string,
  /** The cycle's own total, already read. */
  total: OwnPoint,
) {
  const { own } = await provinceOfUnit(db, cycle.orgUnitId, provinceName, cycle.year);
  const published = await publishedRepo.listPublishedFigures(db, "pepi");
  const known = new Map([[cycle.id, total]]);
  return trend(db, await pepiCycles(db), cycle.orgUnitId, published, ownRow(own), known);
}

/** The province's own published row of a year, across the merger. */
export const ownRow = (own: Province | undefined) => {
  // Asked for every published row: the province's code in each era is found once.
  const codes = { "63": provinceInEra(own, "63")?.code, "34": provinceInEra(own, "34")?.code };
  return <R extends PublishedRow>(rows: R[], year: number): R | undefined => {
    const code = codes[eraOfYear(year)];
    return code ? rows.find((r) => r.year === year && provinceCodeOf(r) === code) : undefined;
  };
};

async function trend(
  db: Db,
  cycles: Awaited<ReturnType<typeof pepiCycles>>,
  orgUnitId: string | null,
  published: PublishedRow[],
  mine: (rows: PublishedRow[], year: number) => PublishedRow | undefined,
  /** Cycles whose total the caller has already computed. */
  known: Map<string, OwnPoint> = new Map(),
): Promise<TrendYear[]> {
  const methods = await pepiFrameworks(db);
  const own = new Map<number, OwnPoint>();
  if (orgUnitId) {
    // Stored computations first: a cycle of the same year, when there is one, replaces them. A
    // locked cycle is read from the result stored at its approval, not computed again.
    const stored = await listComputationTotals(db, orgUnitId);
    for (const c of stored) if (!own.has(c.year)) own.set(c.year, c.own);
    const storedOf = new Set(stored.map((c) => c.cycleId));
    for (const { cycle } of cycles.filter((c) => c.cycle.orgUnitId === orgUnitId)) {
      const already = known.get(cycle.id);
      if (already) {
        own.set(cycle.year, already);
        continue;
      }
      if (isCycleLocked(cycle.status as CycleStatus) && storedOf.has(cycle.id)) continue;
      const state = await loadCycleState(db, cycle);
      const status = statusOfResult(state.framework, state.result);
      own.set(cycle.year, {
        points: state.result.totalHundredths / 100,
        maxPoints: state.result.maxHundredths / 100,
        complete: status.complete,
        provisional: status.provisional,
        approved: isCycleLocked(cycle.status as CycleStatus),
        source: "cycle",
      });
    }
  }
  const years = new Set([...own.keys(), ...published.filter((r) => mine([r], r.year)).map((r) => r.year)]);
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => {
      const row = mine(published, year);
      return {
        year,
        method: methodOfYear(methods, year),
        own: own.get(year) ?? null,
        published: row
          ? {
              total: row.totalScore === null ? null : Number(row.totalScore),
              rank: row.rank,
              band: row.band,
              provinceCount: provinceCountFor(year),
            }
          : null,
      };
    });
}

function pgiAtAGlance(
  rows: PublishedRow[],
  mine: (rows: PublishedRow[], year: number) => PublishedRow | undefined,
): Standing["pgi"] {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => b - a);
  const known = years.map((year) => mine(rows, year)).filter((r): r is PublishedRow => r !== undefined);
  const [now, previous] = known;
  if (!now) return null;
  const figure = (row: PublishedRow, part?: string) =>
    part
      ? { score: (row.parts as Parts)[part] ?? null, rank: (row.partRanks as Parts)[part] ?? null }
      : { score: row.totalScore === null ? null : Number(row.totalScore), rank: row.rank };
  return {
    year: now.year,
    previousYear: previous?.year ?? null,
    total: figure(now),
    previousTotal: previous ? figure(previous) : null,
    subs: ["PGI1", "PGI2", "PGI3", "PGI4"].map((part) => ({
      part,
      now: figure(now, part),
      previous: previous ? figure(previous, part) : null,
    })),
  };
}

/** The region's provinces with their published totals of the latest year with totals. */
function regionTable(rows: PublishedRow[], own: Province | undefined): Standing["region"] {
  if (!own) return null;
  const withTotals = rows.filter((r) => r.totalScore !== null);
  const year = Math.max(...withTotals.map((r) => r.year));
  if (!Number.isFinite(year)) return null;
  const mineThen = provinceInEra(own, eraOfYear(year));
  if (!mineThen) return null;
  const members = provincesOf(eraOfYear(year)).filter((p) => p.region === mineThen.region);
  const byCode = new Map(withTotals.filter((r) => r.year === year).map((r) => [provinceCodeOf(r), r]));
  return {
    name: regions[mineThen.region],
    year,
    rows: members
      .map((p) => {
        const row = byCode.get(p.code);
        return {
          code: p.code,
          name: p.shortName,
          total: row ? Number(row.totalScore) : null,
          rank: row?.rank ?? null,
          own: p.code === mineThen.code,
        };
      })
      .sort((a, b) => (b.total ?? -1) - (a.total ?? -1) || a.name.localeCompare(b.name, "vi")),
  };
}

/** Every province of a year's era on the tile grid, with its published score, rank and band. */
export async function buildStandingMap(
  db: Db,
  kind: "pepi" | "pgi",
  asked: number | undefined,
  published: PublishedReader = readPublished(db),
): Promise<StandingMap> {
  const { own: ownNow } = await ownProvince(db, await pepiCycles(db));
  const all = await published(kind);
  const latest = all.length ? Math.max(...all.map((r) => r.year)) : new Date().getFullYear() - 1;
  const year = asked ?? latest;
  const era = eraOfYear(year);
  const rows = all.filter((r) => r.year === year);
  const byCode = new Map(rows.map((r) => [provinceCodeOf(r), r]));
  const grid = tileGrid(era);
  const own = provinceInEra(ownNow, era);
  return {
    kind,
    year,
    era,
    columns: grid.columns,
    rows: grid.rows,
    own: own?.code ?? null,
    tiles: grid.tiles.map((tile) => {
      const row = byCode.get(tile.code);
      return {
        code: tile.code,
        name: tile.shortName,
        column: tile.column,
        row: tile.row,
        score: row?.totalScore == null ? null : Number(row.totalScore),
        rank: row?.rank ?? null,
        band: row?.band ?? null,
      };
    }),
  };
}
