// Contracts of the history across the 2025 merger: the former provinces a merged province was
// made of, their published results beside its own, and the comparison base built from their raw
// figures for a year before the merger.
import { z } from "zod";
import { actionSchema } from "./auth.js";

const provinceSchema = z.object({ code: z.string(), name: z.string(), shortName: z.string() });

const mergeWaySchema = z.enum(["sum", "computed", "given", "incomplete", "not_additive", "not_computable"]);

export const mergedLineSchema = z.object({
  code: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  /** The indicator's own wording of its unit ("phương tiện/10.000 dân"), when it has one. */
  unitLabel: z.string().nullable().optional(),
  /** Registry code of a former province → its value (null when it has none). */
  byProvince: z.record(z.string(), z.number().nullable()),
  merged: z.number().nullable(),
  way: mergeWaySchema,
  /** Former provinces without the figure (when `incomplete`). */
  missing: z.array(z.string()).optional(),
  /** Why an indicator cannot be computed. */
  reason: z.string().nullable().optional(),
});

export const publishedSideBySideSchema = z.object({
  year: z.number().int(),
  /** How many provinces the year ranked: 63 before the merger, 34 after. */
  ranked: z.number().int(),
  entries: z.array(
    z.object({
      provinceCode: z.string(),
      name: z.string(),
      totalScore: z.number().nullable(),
      rank: z.number().int().nullable(),
      band: z.string().nullable(),
      /** The source's caveat (a rank inferred from scores, a figure not confirmed), shown with it. */
      notes: z.string().nullable(),
    }),
  ),
});

export const mergerHistorySchema = z.object({
  province: provinceSchema,
  formers: z.array(provinceSchema),
  /** Years before the merger that a base can be built for, newest first. */
  years: z.array(z.object({ year: z.number().int(), figures: z.number().int() })),
  published: z.array(publishedSideBySideSchema),
  baseline: z
    .object({
      year: z.number().int(),
      framework: z.object({ code: z.string(), name: z.string(), edition: z.string() }),
      figures: z.array(mergedLineSchema),
      indicators: z.array(mergedLineSchema),
      /** The merged province's computed total, in points, and whether every indicator computed. */
      total: z.object({ points: z.number(), maxPoints: z.number(), complete: z.boolean() }),
      /** Each province's figures: how many, from which file, when. */
      imports: z.array(
        z.object({
          provinceCode: z.string(),
          figures: z.number().int(),
          fileName: z.string(),
          recordedAt: z.string(),
        }),
      ),
      /** The merged province's history year that the base can be written into. */
      historyCycle: z.object({ id: z.string(), status: z.string() }).nullable(),
    })
    .nullable(),
  allowedActions: z.array(actionSchema),
});
export type MergerHistory = z.infer<typeof mergerHistorySchema>;
export type MergedLine = z.infer<typeof mergedLineSchema>;

export const mergerYearQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2024).optional(),
});

export const applyBaselineRequestSchema = z.object({ year: z.number().int().min(2000).max(2024) });

export const formerFiguresImportResultSchema = z.object({
  figures: z.number().int(),
  provinces: z.array(z.string()),
  /** Figures of the same provinces and year that the import replaced. */
  replaced: z.number().int(),
});

export const applyBaselineResultSchema = z.object({ cycleId: z.string(), indicators: z.number().int() });
