// Contracts of the green index (PGI) page: a province's results of every year with its ranks
// (published by VCCI, or computed here from the published scores and marked so), its region,
// the former provinces of a merged province side by side, the targets and their distance, and
// for each sub-index all provinces' scores, the best, and what the province does about it.
import { z } from "zod";
import { pgiParts } from "./plan-content.js";

export { pgiParts };
export const pgiTargetParts = ["total", ...pgiParts] as const;
export type PgiTargetPart = (typeof pgiTargetParts)[number];

/** A place in a ranking: VCCI's, or computed here from the published scores (then maybe a range). */
export const pgiRankSchema = z.object({
  value: z.number().int(),
  basis: z.enum(["published", "computed"]),
  /** A computed place lies between `best` and `worst`; `exact` when the data leaves one place. */
  best: z.number().int(),
  worst: z.number().int(),
  exact: z.boolean(),
  /** Out of how many provinces (63 or 34 nationally, the region's count within a region). */
  of: z.number().int(),
});
export type PgiRank = z.infer<typeof pgiRankSchema>;

export const pgiFigureSchema = z.object({ score: z.number().nullable(), rank: pgiRankSchema.nullable() });
export type PgiFigure = z.infer<typeof pgiFigureSchema>;

/** A province the page shows results for: the province itself, or one it was merged from. */
export const pgiUnitSchema = z.object({
  code: z.string(),
  name: z.string(),
  era: z.enum(["63", "34"]),
  /** One of the 63 provinces a merged province was made of on 01/7/2025. */
  former: z.boolean(),
});

export const pgiYearRowSchema = z.object({
  year: z.number().int(),
  unitCode: z.string(),
  total: pgiFigureSchema,
  parts: z.array(z.object({ part: z.enum(pgiParts), figure: pgiFigureSchema })),
  /**
   * The published total minus the sum of the published sub-indices when they differ by more than
   * rounding: the published total is kept, never recomputed.
   */
  sumGap: z.number().nullable(),
  /** The place among the provinces of its region by published total, computed here. */
  region: z.object({ name: z.string(), rank: pgiRankSchema }).nullable(),
  /** Components under a sub-index, where VCCI publishes them. */
  components: z.array(z.object({ part: z.enum(pgiParts), name: z.string(), score: z.number() })),
  sourceUrl: z.string(),
  notes: z.string().nullable(),
});
export type PgiYearRow = z.infer<typeof pgiYearRowSchema>;

/** What VCCI published of a year's edition: whether it ranked every province. */
export const pgiEditionSchema = z.object({
  year: z.number().int(),
  /** How many provinces VCCI ranked publicly; null when it ranked all of them. */
  rankedCount: z.number().int().nullable(),
  note: z.string().nullable(),
  source: z.string().nullable(),
});

const provinceScoreSchema = z.object({
  code: z.string(),
  name: z.string(),
  score: z.number(),
  /** VCCI's rank, when published. */
  rank: z.number().int().nullable(),
  /** The province shown (or one it was merged from). */
  own: z.boolean(),
});

export const pgiTaskSchema = z.object({
  planId: z.uuid(),
  planTitle: z.string(),
  planStatus: z.string(),
  /** "II.1.a": section number and letter. */
  place: z.string(),
  body: z.string(),
  leadAgencies: z.array(z.string()),
  deadline: z.string().nullable(),
  recurring: z.boolean(),
});

export const pgiSubIndexSchema = z.object({
  part: z.enum(pgiParts),
  name: z.string(),
  /** The latest year with this sub-index's scores; null when none was published. */
  year: z.number().int().nullable(),
  /** Every province with a score that year, best first. */
  provinces: z.array(provinceScoreSchema),
  tasks: z.array(pgiTaskSchema),
  /** Agencies that lead the tasks, with how many. */
  agencies: z.array(z.object({ name: z.string(), tasks: z.number().int() })),
  /** PEPI indicators that measure related facts: a proposal of PEPI Hub, not VCCI's. */
  indicators: z.array(z.object({ ref: z.string(), code: z.string(), name: z.string() })),
});

export const pgiTargetSchema = z.object({
  source: z.enum(["plan", "page"]),
  planId: z.uuid().nullable(),
  planTitle: z.string().nullable(),
  part: z.enum(pgiTargetParts),
  measure: z.enum(["score", "rank"]),
  year: z.number().int(),
  value: z.number(),
  /** The latest published figure of the province to compare with. */
  current: z
    .object({ year: z.number().int(), value: z.number(), basis: z.enum(["published", "computed"]) })
    .nullable(),
  /** Score still to gain (positive) or places still to climb (positive); ≤ 0 when reached. */
  gap: z.number().nullable(),
  /**
   * For a rank: the score that would have given that place among the other provinces' scores of
   * the latest year (`likely`), and the score that would have made it certain (`sure`).
   */
  scoreNeeded: z
    .object({
      year: z.number().int(),
      /**
       * The place looked for among that year's `provinceCount`: the target itself, or, for a
       * target among the 34 read on a year of the 63, the place with the same share above it.
       */
      rank: z.number().int(),
      likely: z.number(),
      sure: z.number().nullable(),
      basedOn: z.number().int(),
      provinceCount: z.number().int(),
    })
    .nullable(),
  /** Why the current figure or the score needed is missing, as people read it. */
  note: z.string().nullable(),
});
export type PgiTarget = z.infer<typeof pgiTargetSchema>;

export const pgiPageTargetSchema = z.object({
  year: z.number().int().min(2022).max(2100),
  part: z.enum(pgiTargetParts),
  score: z.number().min(0).max(40).nullable(),
  rank: z.number().int().min(1).max(63).nullable(),
  note: z.string().trim().max(500).nullable(),
});
export type PgiPageTarget = z.infer<typeof pgiPageTargetSchema>;

export const pgiTargetsUpdateSchema = z.object({
  targets: z.array(pgiPageTargetSchema).max(60),
});

export const pgiOverviewSchema = z.object({
  province: z.object({ code: z.string(), name: z.string(), era: z.enum(["63", "34"]) }),
  /** The province the department works for (the page may show another). */
  ownCode: z.string().nullable(),
  units: z.array(pgiUnitSchema),
  /** A province of the 34 made of several: when and from which. */
  merger: z.object({ date: z.string(), formers: z.array(z.string()) }).nullable(),
  years: z.array(z.number().int()),
  latestYear: z.number().int().nullable(),
  editions: z.array(pgiEditionSchema),
  rows: z.array(pgiYearRowSchema),
  /** All provinces' totals of the latest year with totals, best first. */
  totals: z.object({ year: z.number().int().nullable(), provinces: z.array(provinceScoreSchema) }),
  subIndices: z.array(pgiSubIndexSchema),
  targets: z.array(pgiTargetSchema),
  /** The targets set on this page, as they are edited. */
  pageTargets: z.array(pgiPageTargetSchema),
  canEditTargets: z.boolean(),
});
export type PgiOverview = z.infer<typeof pgiOverviewSchema>;

export const pgiQuerySchema = z.object({
  /** A registry code; the department's own province when absent. */
  province: z.string().max(80).optional(),
});

/** Provinces the page can be opened for. */
export const pgiProvincesSchema = z.object({
  items: z.array(z.object({ code: z.string(), name: z.string(), era: z.enum(["63", "34"]) })),
});
