// Where the province stands, as its leader's and coordinator's home shows it: this year's result,
// the trend over every known year, the indicators losing most points, the agencies late or
// returned, the green index, the region, and a tile-grid map of all provinces.
import { z } from "zod";
import { rankEstimateSchema, resultStatusSchema } from "./frameworks.js";

/** The Ministry's published figures of the province for a year; the rank is among `provinceCount`. */
const publishedOfYearSchema = z.object({
  total: z.number().nullable(),
  rank: z.number().int().nullable(),
  band: z.string().nullable(),
  provinceCount: z.number().int(),
});

const lastYearSchema = z.object({
  year: z.number().int(),
  points: z.number(),
  source: z.enum(["cycle", "published", "computation"]),
});

export const standingCurrentSchema = z.object({
  cycleId: z.uuid(),
  year: z.number().int(),
  cycleStatus: z.string(),
  /** Approved by the leader (or sent on): the result no longer moves. */
  approved: z.boolean(),
  frameworkName: z.string(),
  /** What the Ministry published for the province's year, once it has: the official result. */
  official: publishedOfYearSchema.nullable(),
  headline: z.string(),
  points: z.number(),
  maxPoints: z.number(),
  /** Only for a complete result. */
  band: z.string().nullable(),
  complete: z.boolean(),
  status: resultStatusSchema,
  lastYear: lastYearSchema.nullable(),
  /** "tăng 5,3 điểm so với năm 2022 (…)"; null when the result is not complete. */
  changeText: z.string().nullable(),
  rank: rankEstimateSchema.nullable(),
  /** The rank in words, with its basis and whether the rules are provisional. */
  rankText: z.string(),
  regionText: z.string().nullable(),
  /** Indicators the province's agencies can act on, most points lost first. */
  losers: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      points: z.number(),
      maxPoints: z.number(),
      lost: z.number(),
      agencies: z.array(z.string()),
    }),
  ),
  agencies: z.object({
    total: z.number().int(),
    submitted: z.number().int(),
    /** Past the deadline and not submitted, or submitted late and not yet accepted. */
    late: z.array(
      z.object({ name: z.string(), daysOverdue: z.number().int().nullable(), submitted: z.boolean() }),
    ),
    returned: z.array(z.object({ name: z.string(), reason: z.string().nullable() })),
  }),
});

export const trendYearSchema = z.object({
  year: z.number().int(),
  /** The decision whose method scored the year ("QĐ 2782/QĐ-BTNMT"); years under different ones are not one scale. */
  method: z.string().nullable(),
  /** PEPI Hub's own result of the year. */
  own: z
    .object({
      points: z.number(),
      maxPoints: z.number(),
      complete: z.boolean(),
      provisional: z.boolean(),
      /** The result of an approved cycle, not a live or hand-computed one. */
      approved: z.boolean(),
      source: z.enum(["cycle", "computation"]),
    })
    .nullable(),
  /** The Ministry's published figures for the province. */
  published: publishedOfYearSchema.nullable(),
});
export type TrendYear = z.infer<typeof trendYearSchema>;

const pgiFigure = z.object({ score: z.number().nullable(), rank: z.number().int().nullable() });

export const standingSchema = z.object({
  province: z.object({
    name: z.string(),
    /** Registry code of the province in the current era; null for a province not in the registry. */
    code: z.string().nullable(),
    region: z.string().nullable(),
  }),
  current: standingCurrentSchema.nullable(),
  trend: z.array(trendYearSchema),
  pgi: z
    .object({
      year: z.number().int(),
      previousYear: z.number().int().nullable(),
      total: pgiFigure,
      previousTotal: pgiFigure.nullable(),
      subs: z.array(z.object({ part: z.string(), now: pgiFigure, previous: pgiFigure.nullable() })),
    })
    .nullable(),
  region: z
    .object({
      name: z.string(),
      year: z.number().int(),
      /** Published totals of the region's provinces, best first. */
      rows: z.array(
        z.object({
          code: z.string(),
          name: z.string(),
          total: z.number().nullable(),
          rank: z.number().int().nullable(),
          own: z.boolean(),
        }),
      ),
    })
    .nullable(),
  /** Years with published data, for the map. */
  mapYears: z.object({ pepi: z.array(z.number().int()), pgi: z.array(z.number().int()) }),
});
export type Standing = z.infer<typeof standingSchema>;

/** Without a year: the latest year with published figures of that index. */
export const mapQuerySchema = z.object({
  kind: z.enum(["pepi", "pgi"]).default("pepi"),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const standingMapSchema = z.object({
  kind: z.enum(["pepi", "pgi"]),
  year: z.number().int(),
  era: z.enum(["63", "34"]),
  columns: z.number().int(),
  rows: z.number().int(),
  /** The province's own tile in this era, highlighted. */
  own: z.string().nullable(),
  tiles: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      column: z.number().int(),
      row: z.number().int(),
      score: z.number().nullable(),
      rank: z.number().int().nullable(),
      band: z.string().nullable(),
    }),
  ),
});
export type StandingMap = z.infer<typeof standingMapSchema>;
