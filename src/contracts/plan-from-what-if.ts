// Contracts of a draft plan drawn from a result's what-if: what the application proposes for the
// chosen result (each indicator that can gain points with where it stands, the value that scores
// in full and the agencies answerable for it, and the plan's title and years), and what the
// coordinator sends back to create the draft.
import { z } from "zod";

const agencyRef = z.object({ id: z.uuid(), name: z.string() });

/** The result whose what-if it is: a cycle (live or approved) or a stored computation. */
export const whatIfSourceQuerySchema = z.object({
  cycleId: z.uuid().optional(),
  computationId: z.uuid().optional(),
});

export const planProposalIndicatorSchema = z.object({
  code: z.string(),
  /** "PEPI-383:KQ2": what a target names it by. */
  measureRef: z.string(),
  name: z.string(),
  unit: z.string(),
  direction: z.enum(["higher_is_better", "lower_is_better"]),
  group: z.object({ code: z.string(), name: z.string() }),
  /** Where it stands in the result, null when it could not be computed. */
  value: z.number().nullable(),
  points: z.number(),
  maxPoints: z.number(),
  gain: z.number(),
  /** The value that scores in full, null when it cannot be known (an improvement without a value). */
  fullValue: z.number().nullable(),
  lead: z.array(agencyRef),
  supporting: z.array(agencyRef),
  /** Where the lead was found: the cycle's assignments, the framework's named agencies, or nowhere. */
  leadFrom: z.enum(["cycle", "framework", "none"]),
});
export type PlanProposalIndicator = z.infer<typeof planProposalIndicatorSchema>;

export const planProposalSchema = z.object({
  source: z.object({
    cycleId: z.uuid().nullable(),
    computationId: z.uuid().nullable(),
    /** "Kỳ đánh giá năm 2025 của Tỉnh Lạng Sơn (đã gửi Bộ)", in the words of the cycle's state. */
    label: z.string(),
    year: z.number().int(),
  }),
  defaults: z.object({
    title: z.string(),
    issuer: z.string(),
    periodFrom: z.number().int(),
    periodTo: z.number().int(),
  }),
  /** Where effort pays most first, as the what-if ranks them. */
  indicators: z.array(planProposalIndicatorSchema),
  /** The province's active agencies, to choose from. */
  agencies: z.array(agencyRef),
});
export type PlanProposal = z.infer<typeof planProposalSchema>;

const figure = z.number().min(-1e12).max(1e12);

export const planFromWhatIfSchema = whatIfSourceQuerySchema.extend({
  /** Left out: the proposal's defaults. */
  title: z.string().trim().min(1).max(500).optional(),
  issuer: z.string().trim().min(1).max(200).optional(),
  periodFrom: z.number().int().min(2000).max(2100).optional(),
  periodTo: z.number().int().min(2000).max(2100).optional(),
  implementsPlanId: z.uuid().nullable().optional(),
  indicators: z
    .array(
      z.object({
        code: z.string().trim().max(20),
        /** The value aimed at in the plan's last year; left out, the value that scores in full. */
        target: figure.nullable().optional(),
        /** Left out, the agencies proposed; an empty list is refused. */
        leadAgencyIds: z.array(z.uuid()).max(60).optional(),
        supportingAgencyIds: z.array(z.uuid()).max(200).optional(),
      }),
    )
    .max(60),
});
export type PlanFromWhatIf = z.infer<typeof planFromWhatIfSchema>;
