// Contracts of the Excel forms (biểu mẫu) an agency downloads, fills and sends back, and of the
// coordinator's export of a cycle's data.
import { z } from "zod";
import { errorDetailSchema } from "./errors.js";
import { pgiUnitSchema, pgiYearRowSchema } from "./pgi.js";

export const formUploadQuerySchema = z.object({
  /** Save the values without problems and skip the others, instead of refusing the whole file. */
  keepValid: z
    .enum(["true", "false", "1", "0"])
    .optional()
    .transform((v) => v === "true" || v === "1"),
});

export const formUploadResultSchema = z.object({
  /** Values saved because they differ from what was stored. */
  changed: z.number().int(),
  /** Values in the file that were already stored (or left as downloaded). */
  unchanged: z.number().int(),
  /** Values left out because of a problem (only with keepValid). */
  skipped: z.number().int(),
  /** The problems of the skipped values, placed by sheet, row and column (the first 200). */
  problems: z.array(errorDetailSchema),
  problemCount: z.number().int(),
  /** Cells holding a formula, read by the value Excel computed for it. */
  fromFormulas: z.number().int(),
});
export type FormUploadResult = z.infer<typeof formUploadResultSchema>;

export const exportFormats = ["xlsx", "csv", "json"] as const;
export const exportQuerySchema = z.object({ format: z.enum(exportFormats).default("xlsx") });
export type ExportFormat = (typeof exportFormats)[number];

const listCell = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** A cycle's data as exported (the JSON export is exactly this). */
export const cycleExportSchema = z.object({
  cycle: z.object({
    id: z.uuid(),
    year: z.number().int(),
    kind: z.string(),
    status: z.string(),
    province: z.string(),
    frameworkCode: z.string(),
    frameworkName: z.string(),
    editionCode: z.string(),
    frameworkVersion: z.number().int(),
    exportedAt: z.string(),
  }),
  /** One line per assignment (agency × figure), with its value when there is one. */
  values: z.array(
    z.object({
      year: z.number().int(),
      agency: z.string(),
      element: z.string(),
      elementName: z.string(),
      unit: z.string(),
      kind: z.enum(["number", "list"]),
      value: z.number().nullable(),
      /** For a list: how many items this agency gave. */
      itemCount: z.number().int().nullable(),
      reviewStatus: z.enum(["pending", "accepted", "questioned"]).nullable(),
      version: z.number().int().nullable(),
      updatedAt: z.string().nullable(),
      updatedBy: z.string().nullable(),
    }),
  ),
  lists: z.array(
    z.object({
      element: z.string(),
      name: z.string(),
      fields: z.array(
        z.object({ code: z.string(), name: z.string(), type: z.enum(["boolean", "number", "text"]) }),
      ),
      items: z.array(z.object({ agency: z.string(), values: z.record(z.string(), listCell) })),
    }),
  ),
  indicators: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      status: z.enum(["computed", "not_computable", "not_assessed", "not_applicable"]),
      value: z.number().nullable(),
      unit: z.string(),
      points: z.number(),
      maxPoints: z.number(),
      lastYear: z.number().nullable(),
      changePct: z.number().nullable(),
    }),
  ),
  total: z.object({
    points: z.number(),
    maxPoints: z.number(),
    band: z.string().nullable(),
    complete: z.boolean(),
  }),
  /**
   * The province's green index (PGI) up to the cycle's year, as its PGI page shows it (a merged
   * province's former provinces too, ranks published or computed); null when there is none.
   */
  pgi: z
    .object({ province: z.string(), units: z.array(pgiUnitSchema), rows: z.array(pgiYearRowSchema) })
    .nullable(),
});
export type CycleExport = z.infer<typeof cycleExportSchema>;
