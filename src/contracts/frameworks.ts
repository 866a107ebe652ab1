// Contracts of the framework (index method) API: browse with provenance, import and edit
// (each creates a version), compute a province-year, stored computations, published results.
import { z } from "zod";
import { actionSchema } from "./auth.js";

export const provenanceSchema = z.enum(["official", "attested", "provisional"]);
export type ProvenanceLevel = z.infer<typeof provenanceSchema>;
const text = z.object({ vi: z.string().max(500), en: z.string().max(500).optional() });
/** Field name → provenance, resolved (every field of the object is listed). */
const fieldProvenance = z.record(z.string(), provenanceSchema);

export const scoringRuleSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("linear"), floor: z.number(), target: z.number() }),
  z.object({ type: z.literal("lower_is_better"), best: z.number(), worst: z.number() }),
  z.object({
    type: z.literal("bands"),
    bands: z
      .array(z.object({ from: z.number(), to: z.number(), share: z.number().min(0).max(1) }))
      .min(1)
      .max(50),
  }),
  z.object({ type: z.literal("pass_fail"), threshold: z.number() }),
  z.object({
    type: z.literal("improvement"),
    fullAt: z.number().positive(),
    unchangedShare: z.number().min(0).max(1),
  }),
  z.object({ type: z.literal("external") }),
]);
export type ScoringRuleView = z.infer<typeof scoringRuleSchema>;

export const frameworkSummarySchema = z.object({
  code: z.string(),
  name: text,
  kind: z.enum(["pepi", "pgi", "custom"]),
  computed: z.boolean(),
  currentVersion: z.number().int(),
  updatedAt: z.string(),
  editions: z.array(
    z.object({
      code: z.string(),
      name: text.nullable(),
      yearsFrom: z.number(),
      yearsTo: z.number().nullable(),
    }),
  ),
  indicatorCount: z.number().int(),
  provisionalFieldCount: z.number().int(),
  allowedActions: z.array(actionSchema),
});
export const frameworkListSchema = z.object({ items: z.array(frameworkSummarySchema) });

export const sourceViewSchema = z.object({ id: z.string(), title: z.string(), url: z.string().nullable() });

export const dataElementViewSchema = z.object({
  code: z.string(),
  name: text,
  kind: z.enum(["number", "list"]),
  unit: z.string().nullable(),
  integer: z.boolean(),
  shared: z.boolean(),
  agencies: z.array(z.string()),
  formula: z.string().nullable(),
  fields: z.array(z.object({ code: z.string(), name: text, type: z.string(), unit: z.string().nullable() })),
  provenance: fieldProvenance,
  sources: z.array(z.string()),
});

export const indicatorViewSchema = z.object({
  code: z.string(),
  name: text,
  unit: z.string(),
  unitLabel: z.string().nullable(),
  direction: z.enum(["higher_is_better", "lower_is_better"]),
  formula: z.string().nullable(),
  group: z.string(),
  criteriaGroup: z.string().nullable(),
  agencies: z.array(z.string()),
  evidence: z.array(z.string()),
  legalBasis: z.string().nullable(),
  note: z.string().nullable(),
  /** What it scores when the coordinator marks it not applicable; null: it cannot be marked. */
  notApplicable: z
    .object({ rule: z.enum(["full_points", "redistribute", "exclude", "zero"]), when: text })
    .nullable(),
  provenance: fieldProvenance,
  sources: z.array(z.string()),
});
export type IndicatorView = z.infer<typeof indicatorViewSchema>;

export const editionViewSchema = z.object({
  code: z.string(),
  name: text.nullable(),
  yearsFrom: z.number(),
  yearsTo: z.number().nullable(),
  totalPoints: z.number(),
  groups: z.array(
    z.object({
      code: z.string(),
      name: text,
      points: z.number(),
      criteriaGroups: z.array(z.object({ code: z.string(), name: text })),
      provenance: fieldProvenance,
    }),
  ),
  indicators: z.array(
    z.object({
      code: z.string(),
      /** As stated in the file; null when the indicator takes an equal share of its group. */
      points: z.number().nullable(),
      /** In force after equal shares and the not-assessed rule; 0 when not assessed. */
      maxPoints: z.number(),
      assessed: z.boolean(),
      scoring: scoringRuleSchema,
      provenance: fieldProvenance,
    }),
  ),
  notAssessed: z
    .object({
      codes: z.array(z.string()),
      rule: z.string(),
      note: z.string().nullable(),
      provenance: fieldProvenance,
    })
    .nullable(),
  bands: z.array(z.object({ min: z.number(), label: text, provenance: fieldProvenance })),
  provenance: fieldProvenance,
});
export type EditionView = z.infer<typeof editionViewSchema>;

export const frameworkVersionSummarySchema = z.object({
  version: z.number().int(),
  sourceName: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});

export const frameworkDetailSchema = z.object({
  code: z.string(),
  name: text,
  kind: z.enum(["pepi", "pgi", "custom"]),
  computed: z.boolean(),
  issuer: z.string().nullable(),
  legalBasis: z.string().nullable(),
  version: z.number().int(),
  isCurrent: z.boolean(),
  sources: z.array(sourceViewSchema),
  dataElements: z.array(dataElementViewSchema),
  indicators: z.array(indicatorViewSchema),
  editions: z.array(editionViewSchema),
  versions: z.array(frameworkVersionSummarySchema),
  allowedActions: z.array(actionSchema),
});
export type FrameworkDetail = z.infer<typeof frameworkDetailSchema>;

export const importFrameworkRequestSchema = z.object({
  fileName: z.string().trim().min(1).max(200),
  /** The file's text (YAML or JSON). */
  content: z.string().min(1).max(4_000_000),
  note: z.string().trim().max(1000).optional(),
});
export const importAnnexRequestSchema = z.object({
  fileName: z.string().trim().min(1).max(200),
  /** The .xlsx file, base64-encoded. */
  contentBase64: z.string().min(1).max(30_000_000),
  note: z.string().trim().max(1000).optional(),
});
export const frameworkVersionCreatedSchema = z.object({ code: z.string(), version: z.number().int() });

export const updateIndicatorRequestSchema = z.object({
  /** Why the change is made (kept with the new version), e.g. "Theo phụ lục CV 674/BTNMT-MT". */
  note: z.string().trim().min(3).max(1000),
  /** Provenance of the values entered: official when copied from the official text. */
  provenance: provenanceSchema,
  name: text.optional(),
  unit: z.string().trim().min(1).max(60).optional(),
  unitLabel: z.string().trim().max(100).nullable().optional(),
  direction: z.enum(["higher_is_better", "lower_is_better"]).optional(),
  formula: z.string().max(4000).nullable().optional(),
  agencies: z.array(z.string().trim().min(1).max(200)).max(30).optional(),
  evidence: z.array(z.string().trim().min(1).max(500)).max(30).optional(),
  /** Points and scoring belong to one edition. */
  edition: z.string().max(40).optional(),
  points: z.number().min(0).max(1000).nullable().optional(),
  scoring: scoringRuleSchema.optional(),
});

const listItem = z
  .record(z.string().max(64), z.union([z.number(), z.boolean(), z.string().max(1000), z.null()]))
  .refine((row) => Object.keys(row).length <= 50, "Mỗi dòng danh sách có tối đa 50 trường");
export const formulaInputsSchema = z.record(
  z.string().max(100),
  z.union([z.number(), z.boolean(), z.array(listItem).max(20_000), z.null()]),
);

export const computeRequestSchema = z.object({
  edition: z.string().max(40).optional(),
  /** Assessment year: chooses the edition when none is given, and the published year for the rank. */
  year: z.number().int().min(2000).max(2100).optional(),
  inputs: formulaInputsSchema,
  lastYear: z.record(z.string().max(100), z.number().nullable()).optional(),
  /** Province whose published rank is left out when estimating (its name in the published tables). */
  province: z.string().max(200).optional(),
});

export const inputIssueSchema = z.object({
  element: z.string(),
  item: z.number().int().optional(),
  field: z.string().optional(),
  message: z.string(),
});

/**
 * A place among the provinces: the most likely place, the best and worst the published data
 * allow, and what it rests on (other provinces with a published score above, level, below).
 * Stored results of earlier versions lack the counts.
 */
export const rankEstimateSchema = z.object({
  rank: z.number().int(),
  best: z.number().int(),
  worst: z.number().int(),
  exact: z.boolean(),
  basedOn: z.number().int(),
  above: z.number().int().optional(),
  level: z.number().int().optional(),
  below: z.number().int().optional(),
  inconsistent: z.boolean().optional(),
  provinceCount: z.number().int(),
  year: z.number().int(),
});

/** What a result is (see domain/results/result-status.ts): groups in or missing, provisional rules. */
export const resultStatusSchema = z.object({
  complete: z.boolean(),
  groups: z.array(
    z.object({
      code: z.string(),
      points: z.number(),
      maxPoints: z.number(),
      state: z.enum(["in", "partial", "missing"]),
      pending: z.array(z.string()),
      external: z.boolean(),
    }),
  ),
  notComputable: z.array(z.object({ code: z.string(), reason: z.string().nullable() })),
  provisional: z.boolean(),
  scoredPoints: z.number(),
  scoredMaxPoints: z.number(),
});

export const indicatorResultSchema = z.object({
  code: z.string(),
  name: text,
  unit: z.string(),
  unitLabel: z.string().nullable(),
  group: z.string(),
  status: z.enum(["computed", "not_computable", "not_assessed", "not_applicable"]),
  value: z.number().nullable(),
  reason: z.string().nullable(),
  lastYearValue: z.number().nullable(),
  change: z.number().nullable(),
  points: z.number(),
  maxPoints: z.number(),
  formula: z.string().nullable(),
  inputs: z.array(z.object({ code: z.string(), name: z.string(), value: z.unknown() })),
  provisional: z.boolean(),
  /** Scored by another body (the citizens' survey); absent in results stored by earlier versions. */
  external: z.boolean().optional(),
  /** The agencies that report what it is computed from. */
  agencies: z.array(z.string()).optional(),
});

export const editionResultSchema = z.object({
  frameworkCode: z.string(),
  version: z.number().int(),
  editionCode: z.string(),
  indicators: z.array(indicatorResultSchema),
  groups: z.array(
    z.object({
      code: z.string(),
      name: text,
      points: z.number(),
      maxPoints: z.number(),
      /** Points of indicators not applicable spread over the rest of the group; absent in older results. */
      redistributed: z.boolean().optional(),
    }),
  ),
  total: z.number(),
  maxTotal: z.number(),
  band: text.nullable(),
  complete: z.boolean(),
  /** Absent in results stored by earlier versions. */
  status: resultStatusSchema.optional(),
  inputIssues: z.array(inputIssueSchema),
  rank: rankEstimateSchema.nullable(),
});
export type EditionResultView = z.infer<typeof editionResultSchema>;

export const createComputationRequestSchema = computeRequestSchema.extend({
  framework: z.string().max(50),
  orgUnitId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
});

export const computationSchema = z.object({
  id: z.uuid(),
  frameworkCode: z.string(),
  /** The framework's name, as people know it (the code is for links). */
  frameworkName: z.string(),
  version: z.number().int(),
  isCurrentVersion: z.boolean(),
  orgUnit: z.object({ id: z.uuid(), name: z.string() }),
  year: z.number().int(),
  supersededBy: z.uuid().nullable(),
  /** The approved cycle the result was stored from; null for one computed by hand. */
  cycleId: z.uuid().nullable(),
  /** When its cycle was reopened: no longer the approved result. */
  withdrawnAt: z.string().nullable(),
  createdAt: z.string(),
  result: editionResultSchema,
});
export type ComputationView = z.infer<typeof computationSchema>;

export const computationListQuerySchema = z.object({
  framework: z.string().max(50).optional(),
  orgUnitId: z.uuid().optional(),
  year: z.coerce.number().int().optional(),
  includeSuperseded: z.enum(["true", "false"]).optional(),
});
export const computationSummarySchema = computationSchema.omit({ result: true }).extend({
  total: z.number(),
  band: text.nullable(),
  complete: z.boolean(),
  /** Absent for results stored by earlier versions. */
  status: resultStatusSchema.optional(),
});
export const computationListSchema = z.object({ items: z.array(computationSummarySchema) });
export const recomputeResultSchema = z.object({ recomputed: z.number().int(), version: z.number().int() });

const whatIfRowSchema = z.object({
  code: z.string(),
  name: text,
  points: z.number(),
  maxPoints: z.number(),
  gain: z.number(),
  newTotal: z.number(),
  agencies: z.array(z.string()),
  rank: rankEstimateSchema.nullable(),
  rankGain: z.number().nullable(),
});
export const whatIfSchema = z.object({
  total: z.number(),
  rank: rankEstimateSchema.nullable(),
  rows: z.array(whatIfRowSchema),
  external: z.array(whatIfRowSchema),
});

export const publishedKindSchema = z.enum(["pepi", "pgi"]);
export const importPublishedRequestSchema = z.object({
  kind: publishedKindSchema,
  /** .csv, or .xlsx (its first sheet, the same header row) sent as base64. */
  fileName: z.string().trim().min(1).max(200),
  content: z.string().min(1).max(8_000_000),
  /** "base64": `content` is the file's bytes (required for .xlsx); otherwise the CSV's text. */
  encoding: z.enum(["text", "base64"]).optional(),
  /** Rows of one year and province that complete each other (a total, a group II score) become one. */
  combine: z.boolean().optional(),
  /** Rows that differ from the stored ones replace them; otherwise the import is refused. */
  replace: z.boolean().optional(),
});
/** Rows new to the database, stored rows completed or replaced by the file, rows the file repeats. */
export const importPublishedResultSchema = z.object({
  imported: z.number().int(),
  completed: z.number().int(),
  replaced: z.number().int(),
  unchanged: z.number().int(),
  /** Imported as published but flagged (a PGI total that is not its sub-indices' sum): row, column, why. */
  warnings: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
});
export const publishedResultSchema = z.object({
  kind: publishedKindSchema,
  year: z.number().int(),
  province: z.string(),
  total: z.number().nullable(),
  rank: z.number().int().nullable(),
  band: z.string().nullable(),
  parts: z.record(z.string(), z.number().nullable()),
  partRanks: z.record(z.string(), z.number().nullable()),
  /** PGI: the components VCCI publishes under a sub-index, `{ PGI3: { "Mua sắm công xanh": 5.1 } }`. */
  components: z.record(z.string(), z.record(z.string(), z.number())),
  decision: z.string().nullable(),
  sourceUrl: z.string(),
  notes: z.string().nullable(),
});
export const publishedQuerySchema = z.object({
  kind: publishedKindSchema.optional(),
  year: z.coerce.number().int().optional(),
});
export const publishedListSchema = z.object({ items: z.array(publishedResultSchema) });
