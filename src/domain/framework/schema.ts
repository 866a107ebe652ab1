// The shape of a framework file (frameworks/*.yaml): an index method as data. Every object may
// state the provenance of its fields; what it does not state inherits from its parent. Objects
// are strict: an unknown key is a typo, or a YAML comma that split a value, and is refused.
import { z } from "zod";
import "../../contracts/zod-locale.js";

export const provenanceLevels = ["official", "attested", "provisional"] as const;
export const provenanceSchema = z.enum(provenanceLevels);
export type Provenance = z.infer<typeof provenanceSchema>;

/** Default provenance of an object, overridable per field: `{ default: attested, points: provisional }`. */
export const provenanceMapSchema = z.union([
  provenanceSchema,
  z.object({ default: provenanceSchema.optional() }).catchall(provenanceSchema),
]);
export type ProvenanceMap = z.infer<typeof provenanceMapSchema>;

const text = z.strictObject({ vi: z.string().min(1), en: z.string().min(1).optional() });
export type LocalText = z.infer<typeof text>;

const code = z.string().regex(/^[A-Za-z0-9_.-]+$/, "chỉ gồm chữ không dấu, số và - _ .");
const elementCode = z.string().regex(/^[a-z_][a-z0-9_]*$/, "chữ thường không dấu, số và _, bắt đầu bằng chữ");

export const sourceSchema = z.strictObject({
  id: code,
  title: z.string().min(1),
  url: z.string().optional(),
  note: z.string().optional(),
});

const listFieldSchema = z.strictObject({
  code: elementCode,
  name: text,
  type: z.enum(["boolean", "number", "text"]),
  unit: z.string().optional(),
});

export const dataElementSchema = z.strictObject({
  code: elementCode,
  name: text,
  description: z.string().optional(),
  kind: z.enum(["number", "list"]).default("number"),
  unit: z.string().optional(),
  /** Counts must be whole and not negative. */
  integer: z.boolean().default(false),
  min: z.number().optional(),
  max: z.number().optional(),
  /** A figure entered once (by the statistics office) and used by every indicator that needs it. */
  shared: z.boolean().default(false),
  /** Agency kinds or names expected to report it. */
  agencies: z.array(z.string()).default([]),
  fields: z.array(listFieldSchema).optional(),
  /** A derived element is computed from others by this formula instead of being reported. */
  formula: z.string().optional(),
  provenance: provenanceMapSchema.optional(),
  sources: z.array(z.string()).optional(),
});
export type DataElementDef = z.infer<typeof dataElementSchema>;

const scoringSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("linear"), floor: z.number(), target: z.number() }),
  z.strictObject({ type: z.literal("lower_is_better"), best: z.number(), worst: z.number() }),
  z.strictObject({
    type: z.literal("bands"),
    /** Each band gives a share (0..1) of the indicator's points to values in [from, to). */
    bands: z
      .array(z.strictObject({ from: z.number(), to: z.number(), share: z.number().min(0).max(1) }))
      .min(1),
  }),
  z.strictObject({ type: z.literal("pass_fail"), threshold: z.number() }),
  z.strictObject({
    type: z.literal("improvement"),
    /** Full points when the value improved on last year by at least this much (in the indicator's unit). */
    fullAt: z.number().positive(),
    /** Share of points for keeping last year's value. */
    unchangedShare: z.number().min(0).max(1).default(0.5),
  }),
  z.strictObject({ type: z.literal("external") }),
]);
export type ScoringRule = z.infer<typeof scoringSchema>;

/**
 * What an indicator scores when it does not apply to a province (no industrial zone, no hotline
 * report), once the coordinator marks it so with a reason: full points, its points spread over
 * the rest of its group, left out with the maximum reduced, or nothing.
 */
export const notApplicableRules = ["full_points", "redistribute", "exclude", "zero"] as const;
export type NotApplicableRule = (typeof notApplicableRules)[number];
const notApplicableSchema = z.strictObject({
  rule: z.enum(notApplicableRules),
  /** When it does not apply, in the framework's words: "Tỉnh không có khu công nghiệp". */
  when: text,
});

export const indicatorSchema = z.strictObject({
  code,
  name: text,
  unit: z.string(),
  /** How the unit is written for people, when it differs from the unit code (e.g. "xe/10.000 dân đô thị"). */
  unitLabel: z.string().optional(),
  direction: z.enum(["higher_is_better", "lower_is_better"]).default("higher_is_better"),
  /** Empty for an indicator whose value comes from outside (e.g. the satisfaction survey). */
  formula: z.string().optional(),
  group: code,
  criteriaGroup: code.optional(),
  agencies: z.array(z.string()).default([]),
  evidence: z.array(z.string()).default([]),
  legalBasis: z.string().optional(),
  note: z.string().optional(),
  /** Absent: the indicator cannot be marked not applicable. */
  notApplicable: notApplicableSchema.optional(),
  provenance: provenanceMapSchema.optional(),
  sources: z.array(z.string()).optional(),
});
export type IndicatorDef = z.infer<typeof indicatorSchema>;

export const editionIndicatorSchema = z.strictObject({
  code,
  /** Left out: an equal share of what the group's stated indicators leave of its points. */
  points: z.number().min(0).optional(),
  scoring: scoringSchema,
  provenance: provenanceMapSchema.optional(),
});
export type EditionIndicator = z.infer<typeof editionIndicatorSchema>;

export const bandSchema = z.strictObject({
  min: z.number(),
  label: text,
  provenance: provenanceMapSchema.optional(),
});

export const editionSchema = z.strictObject({
  code,
  name: text.optional(),
  years: z.strictObject({ from: z.number().int(), to: z.number().int().optional() }),
  totalPoints: z.number().positive(),
  groups: z
    .array(
      z.strictObject({
        code,
        name: text,
        points: z.number().min(0),
        criteriaGroups: z.array(z.strictObject({ code, name: text })).default([]),
        provenance: provenanceMapSchema.optional(),
      }),
    )
    .min(1),
  indicators: z.array(editionIndicatorSchema).min(1),
  /** Indicators defined but not assessed in this edition, and what happens to their points. */
  notAssessed: z
    .object({
      codes: z.array(code).min(1),
      rule: z.enum(["drop", "redistribute_proportional", "redistribute_within_group"]),
      provenance: provenanceMapSchema.optional(),
      note: z.string().optional(),
    })
    .optional(),
  /** Rating bands, highest first: a total gets the first band whose min it reaches. */
  bands: z.array(bandSchema).default([]),
  provenance: provenanceMapSchema.optional(),
  sources: z.array(z.string()).optional(),
});
export type EditionDef = z.infer<typeof editionSchema>;

export const frameworkSchema = z.strictObject({
  schema: z.literal("pepi-hub/framework@1"),
  code,
  name: text,
  kind: z.enum(["pepi", "pgi", "custom"]),
  issuer: z.string().optional(),
  legalBasis: z.string().optional(),
  /** Published values are imported, never computed (PGI). */
  computed: z.boolean().default(true),
  provenance: provenanceMapSchema.default("provisional"),
  sources: z.array(sourceSchema).default([]),
  dataElements: z.array(dataElementSchema).default([]),
  indicators: z.array(indicatorSchema).min(1),
  editions: z.array(editionSchema).min(1),
});
export type FrameworkDef = z.infer<typeof frameworkSchema>;
