// Where a cycle stands, as the report and the brief state it: what the result is (complete, or
// group I awaiting the survey), the total and its band when complete, last year's total to
// compare with, and the place among the provinces that published scores (the Ministry's tables,
// imported with their source), nationally and in the region. Like is compared with like: a
// complete total with published totals, group I alone with published group I scores, and only
// years scored by the same method (QĐ 2782 and QĐ 383 are not one scale).
import type { CycleStatus } from "../../../contracts/cycles.js";
import { isCycleLocked } from "../../../domain/cycle/workflow.js";
import { bandForDocuments } from "../../../domain/framework/bands.js";
import { editionForYear } from "../../../domain/framework/compile.js";
import { eraOfYear, matchProvince, provincesOf, regions } from "../../../domain/org/provinces.js";
import type { PublishedScore, RankEstimate } from "../../../domain/results/ranking.js";
import { estimateRank, estimateRankWithin } from "../../../domain/results/ranking.js";
import { type ResultStatus, resultHeadline } from "../../../domain/results/result-status.js";
import type { Db } from "../../db/client.js";
import { findStoredForCycle } from "../computations/computations.repo.js";
import { loadCycleState } from "../cycles/cycle-state.js";
import type { CycleRow } from "../cycles/cycles.repo.js";
import { cycleFramework } from "../cycles/cycles.service.js";
import * as values from "../cycles/values.repo.js";
import { listPublishedFigures, type PublishedFigures } from "../published/published.repo.js";
import { latestYearOf, provinceCountFor, scoresOf } from "../published/published.service.js";

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
  /** The province's registry code in the published tables, left out of its own ranking. */
  province: string | undefined;
}

export type RankOfYear = RankEstimate & { year: number };

export interface Standing {
  points: number;
  maxPoints: number;
  /** Only for a complete result. */
  band: string | null;
  complete: boolean;
  status: ResultStatus;
  /** "73,33/100 điểm, xếp loại Tốt" or "Nhóm I: 51,06/70 điểm; nhóm II chờ kết quả khảo sát". */
  headline: string;
  lastYear: LastYearTotal | null;
  rank: RankOfYear | null;
  /** What was compared: the complete total, or group I alone with published group I scores. */
  rankBasis: "total" | "groupI" | null;
  /** The place rests on provisional scoring rules: not an official rank. */
  rankProvisional: boolean;
  region: (RankOfYear & { name: string }) | null;
  published: PublishedBase | null;
}

/** The total of a cycle as the engine or the dashboard gives it. */
export interface CycleTotal {
  points: number;
  maxPoints: number;
  band: string | null;
  status: ResultStatus;
  /** Only PEPI has published totals of other provinces to compare with. */
  pepi: boolean;
}

/**
 * The published scores a cycle ranks against: the latest year not after its own, totals for a
 * complete result, group I scores for group I alone.
 */
async function publishedBase(
  db: Db,
  cycle: CycleRow,
  provinceName: string,
  basis: "total" | "groupI",
  /** Years scored by the cycle's own method: a total under another decision is not one scale. */
  sameMethod: (year: number) => boolean,
  /** Every published PEPI row, when the caller has read them already. */
  rows?: PublishedFigures[],
): Promise<PublishedBase | null> {
  const part = basis === "groupI" ? "I" : undefined;
  const all = (rows ?? (await listPublishedFigures(db, "pepi"))).filter((r) => sameMethod(r.year));
  const year = latestYearOf(all, cycle.year, part);
  if (year === null) return null;
  const scores = scoresOf(all, year, part);
  const province = matchProvince(provinceName, eraOfYear(year))?.code;
  return { year, scores, provinceCount: provinceCountFor(year), province };
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
  sameMethod: (year: number) => boolean,
  published?: PublishedFigures[],
): Promise<LastYearTotal | null> {
  const year = cycle.year - 1;
  // Our previous cycle is under the same framework; another source only when its year was scored
  // by the same method (QĐ 2782 and QĐ 383 totals are not one scale).
  const previous = await values.findPreviousCycle(db, cycle);
  if (previous) {
    // An approved year is read from the result stored at its approval, not computed again.
    const stored = isCycleLocked(previous.status as CycleStatus)
      ? await findStoredForCycle(db, previous.id)
      : undefined;
    const result = stored
      ? { complete: stored.complete, total: stored.total }
      : await loadCycleState(db, previous).then(({ result: r }) => ({
          complete: r.complete,
          total: r.totalHundredths / 100,
        }));
    if (result.complete) return { year, points: result.total, source: "cycle" };
  }
  if (!sameMethod(year)) return null;
  if (pepi) {
    const code = matchProvince(provinceName, eraOfYear(year))?.code;
    const rows = published ?? (await listPublishedFigures(db, "pepi"));
    const mine = scoresOf(rows, year).find((p) => p.province === code && p.total !== null);
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
  /** Every published PEPI row, when the caller has read them already. */
  publishedRows?: PublishedFigures[],
): Promise<Standing> {
  const { framework } = await cycleFramework(db, cycle.frameworkCode, cycle.editionCode);
  const bands = framework.editions.get(cycle.editionCode)?.def.bands ?? [];
  // What the report, the brief and the leader's page say: never a band name no text confirms.
  total = { ...total, band: total.band && bandForDocuments(bands, total.band) };
  const { status } = total;
  const sameMethod = (year: number) => editionForYear(framework, year) !== undefined;
  const groupI = status.groups.find((g) => g.code === "I");
  const basis = !total.pepi ? null : status.complete ? "total" : groupI?.state === "in" ? "groupI" : null;
  const score = basis === "groupI" ? (groupI?.points ?? 0) : total.points;
  const maxScore = basis === "groupI" ? (groupI?.maxPoints ?? 70) : 100;
  const published = basis
    ? await publishedBase(db, cycle, provinceName, basis, sameMethod, publishedRows)
    : null;
  const estimate = published
    ? estimateRank(published.scores, score, published.provinceCount, published.province, maxScore)
    : null;
  return {
    points: total.points,
    maxPoints: total.maxPoints,
    band: status.complete ? total.band : null,
    complete: status.complete,
    status,
    headline: resultHeadline(status, total),
    lastYear: status.complete
      ? await lastYearTotal(db, cycle, provinceName, total.pepi, sameMethod, publishedRows)
      : null,
    rank: estimate && published ? { ...estimate, year: published.year } : null,
    rankBasis: estimate ? basis : null,
    rankProvisional: status.provisional,
    region: published ? regionRank(published, score, maxScore) : null,
    published,
  };
}

/** The place within the province's socio-economic region ("thứ 4 vùng Đông Nam Bộ"). */
function regionRank(published: PublishedBase, score: number, maxScore: number): Standing["region"] {
  const era = eraOfYear(published.year);
  const own = provincesOf(era).find((p) => p.code === published.province);
  if (!own) return null;
  const members = provincesOf(era)
    .filter((p) => p.region === own.region)
    .map((p) => p.code);
  const estimate = estimateRankWithin(
    published.scores,
    members,
    score,
    published.provinceCount,
    own.code,
    maxScore,
  );
  return estimate ? { ...estimate, year: published.year, name: regions[own.region] } : null;
}
