// Where a cycle stands, as the report and the brief state it: the total and its band, last
// year's total to compare with, and the rank estimated from the totals other provinces have
// published (the Ministry's tables, imported with their source).
import type { PublishedScore, RankEstimate } from "../../../domain/results/ranking.js";
import { estimateRank } from "../../../domain/results/ranking.js";
import type { Db } from "../../db/client.js";
import { loadCycleState } from "../cycles/cycle-state.js";
import type { CycleRow } from "../cycles/cycles.repo.js";
import * as values from "../cycles/values.repo.js";
import { latestPublishedYear, provinceCountFor, publishedScores } from "../published/published.service.js";
import { placeName } from "./draft-defaults.js";

export interface LastYearTotal {
  year: number;
  points: number;
  /** Our own cycle of that year, the Ministry's published table, or a stored computation. */
  source: "cycle" | "published" | "computation";
}

export interface PublishedBase {
  year: number;
  scores: PublishedScore[];
  provinceCount: number;
  /** The province as the published tables name it ("Lào Cai"), left out of its own ranking. */
  province: string;
}

export interface Standing {
  points: number;
  maxPoints: number;
  band: string | null;
  complete: boolean;
  lastYear: LastYearTotal | null;
  rank: (RankEstimate & { year: number }) | null;
  published: PublishedBase | null;
}

/** The total of a cycle as the engine or the dashboard gives it. */
export interface CycleTotal {
  points: number;
  maxPoints: number;
  band: string | null;
  complete: boolean;
  /** Only PEPI has published totals of other provinces to compare with. */
  pepi: boolean;
}

/** The published totals a cycle ranks against: the latest year not after its own. */
async function publishedBase(db: Db, cycle: CycleRow, provinceName: string): Promise<PublishedBase | null> {
  const year = await latestPublishedYear(db, "pepi", cycle.year);
  if (year === null) return null;
  const scores = await publishedScores(db, "pepi", year);
  return { year, scores, provinceCount: provinceCountFor(year), province: placeName(provinceName) };
}

/**
 * Last year's total: our previous cycle when it could be scored in full (same method, same
 * rules), else what the Ministry published for the province, else a stored computation.
 */
async function lastYearTotal(
  db: Db,
  cycle: CycleRow,
  provinceName: string,
  pepi: boolean,
): Promise<LastYearTotal | null> {
  const year = cycle.year - 1;
  const previous = await values.findPreviousCycle(db, cycle);
  if (previous) {
    const { result } = await loadCycleState(db, previous);
    if (result.complete) return { year, points: result.totalHundredths / 100, source: "cycle" };
  }
  if (pepi) {
    const mine = (await publishedScores(db, "pepi", year)).find(
      (p) => p.province === placeName(provinceName) && p.total !== null,
    );
    if (mine) return { year, points: mine.total as number, source: "published" };
  }
  const stored = await values.findStoredComputation(db, cycle.orgUnitId, year);
  const total = (stored?.result as { total?: unknown } | undefined)?.total;
  return typeof total === "number" ? { year, points: total, source: "computation" } : null;
}

export async function cycleStanding(
  db: Db,
  cycle: CycleRow,
  provinceName: string,
  total: CycleTotal,
): Promise<Standing> {
  const published = total.pepi ? await publishedBase(db, cycle, provinceName) : null;
  const estimate = published
    ? estimateRank(published.scores, total.points, published.provinceCount, published.province)
    : null;
  return {
    points: total.points,
    maxPoints: total.maxPoints,
    band: total.band,
    complete: total.complete,
    lastYear: await lastYearTotal(db, cycle, provinceName, total.pepi),
    rank: estimate && published ? { ...estimate, year: published.year } : null,
    published,
  };
}
