// Contracts of what a plan holds: its targets (what measures each, the baseline, a value per
// year, and the actuals the application knows with how each stands) and its tasks in sections
// with their letters, the agencies that lead and support them, and what they serve. Each list is
// saved whole, against the plan's row version.
import { z } from "zod";
import { taskProgressStatuses } from "./plan-reports.js";
import { planSchema } from "./plans.js";

export const targetMeasures = [
  "pepi_indicator",
  "pepi_total",
  "pepi_rank",
  "pgi_total",
  "pgi_rank",
  "pgi_part_score",
  "pgi_part_rank",
  "own",
] as const;
export type TargetMeasure = (typeof targetMeasures)[number];
export const pgiParts = ["PGI1", "PGI2", "PGI3", "PGI4"] as const;
export const targetDirections = ["up", "down"] as const;
export const targetStatuses = ["met", "on_track", "at_risk", "missed", "not_reported"] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const figure = z.number().min(-1e12).max(1e12);

export const targetInputSchema = z.object({
  /** Kept when the target was saved before, so tasks that serve it keep pointing at it. */
  id: z.uuid().optional(),
  measure: z.enum(targetMeasures).nullable(),
  /** "PEPI-383:KQ1" (framework and indicator code) for an indicator, "PGI1" for a sub-index. */
  measureRef: optionalText(80),
  /** For a measure of the plan's own: its name, unit and which way is better. */
  name: optionalText(300),
  unit: optionalText(40),
  direction: z.enum(targetDirections).nullable().optional(),
  baselineValue: figure.nullable().optional(),
  baselineYear: z.number().int().min(2000).max(2100).nullable(),
  baselineSource: optionalText(300),
  yearly: z.array(z.object({ year: z.number().int().min(2000).max(2100), value: figure })).max(10),
});
export type TargetInput = z.infer<typeof targetInputSchema>;

export const targetsUpdateSchema = z.object({
  expectedRowVersion: z.number().int(),
  /** A live figure short of its year's value by more than (100 − this)% is at risk. */
  atRiskBelowPercent: z.number().int().min(50).max(100),
  targets: z.array(targetInputSchema).max(100),
});

export const taskInputSchema = z.object({
  id: z.uuid().optional(),
  letter: z.string().trim().max(2),
  body: text(4000),
  leadAgencyIds: z.array(z.uuid()).max(60),
  supportingAgencyIds: z.array(z.uuid()).max(200).default([]),
  /** yyyy-mm-dd; or `recurring` ("thường xuyên"). */
  deadline: z.iso.date().nullable().optional(),
  recurring: z.boolean().default(false),
  targetIds: z.array(z.uuid()).max(100).default([]),
  /** PEPI indicators ("PEPI-383:KQ1") and PGI sub-indices ("PGI1") the task serves. */
  measures: z.array(z.string().trim().max(80)).max(100).default([]),
});
export type TaskInput = z.infer<typeof taskInputSchema>;

export const sectionInputSchema = z.object({
  id: z.uuid().optional(),
  number: text(10),
  title: text(500),
  tasks: z.array(taskInputSchema).max(100),
});
export type SectionInput = z.infer<typeof sectionInputSchema>;

export const tasksUpdateSchema = z.object({
  expectedRowVersion: z.number().int(),
  sections: z.array(sectionInputSchema).max(40),
});

/**
 * Targets and tasks saved together, whole, in one transaction (a plan read from its text): a
 * task may serve a target of the same request by the id that target was sent with, a new
 * target's id being only a reference the server replaces.
 */
export const planContentUpdateSchema = targetsUpdateSchema.extend({
  sections: tasksUpdateSchema.shape.sections,
});

const agencyRef = z.object({ id: z.uuid(), name: z.string() });
/** Something a task serves, as people read it. */
const servedRef = z.object({ key: z.string(), label: z.string() });

export const targetYearSchema = z.object({
  year: z.number().int(),
  target: z.number().nullable(),
  actual: z.number().nullable(),
  /** Where the actual comes from ("Kết quả Bộ công bố", "Kỳ đánh giá năm 2025 (đang thu thập)"). */
  actualSource: z.string().nullable(),
  /** An approved year, a published result: it will not change. */
  final: z.boolean(),
  status: z.enum(targetStatuses).nullable(),
});

export const targetSchema = z.object({
  id: z.uuid(),
  measure: z.enum(targetMeasures),
  measureRef: z.string().nullable(),
  /** The measure as people read it ("Tỷ lệ chất thải rắn … (%)", "Thứ hạng PGI"). */
  label: z.string(),
  /** An indicator of a framework still in draft (its name marked "(dự kiến)" there, not in `label`). */
  provisional: z.boolean().optional(),
  name: z.string().nullable(),
  unit: z.string(),
  direction: z.enum(targetDirections),
  /** `entered`: typed by the coordinator; otherwise read from what the application knows of that year. */
  baseline: z.object({
    value: z.number().nullable(),
    year: z.number().int(),
    source: z.string().nullable(),
    entered: z.boolean(),
  }),
  years: z.array(targetYearSchema),
});
export type PlanTarget = z.infer<typeof targetSchema>;

export const taskSchema = z.object({
  id: z.uuid(),
  letter: z.string(),
  body: z.string(),
  deadline: z.string().nullable(),
  recurring: z.boolean(),
  lead: z.array(agencyRef),
  supporting: z.array(agencyRef),
  targetIds: z.array(z.uuid()),
  measures: z.array(z.string()),
  serves: z.array(servedRef),
});
export type PlanTask = z.infer<typeof taskSchema>;

export const sectionSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  title: z.string(),
  tasks: z.array(taskSchema),
});
export type PlanSection = z.infer<typeof sectionSchema>;

export const planDocumentSchema = z.object({
  fileName: z.string(),
  sizeBytes: z.number().int(),
  uploadedBy: z.string().nullable(),
  uploadedAt: z.string(),
});

export const planDetailSchema = planSchema.extend({
  atRiskBelowPercent: z.number().int(),
  document: planDocumentSchema.nullable(),
  /** The largest issued document the server takes. */
  documentMaxBytes: z.number().int(),
  targets: z.array(targetSchema),
  sections: z.array(sectionSchema),
});
export type PlanDetail = z.infer<typeof planDetailSchema>;

/** A task of any plan, for the agency that leads or supports it. */
export const agencyTaskSchema = taskSchema.extend({
  plan: z.object({
    id: z.uuid(),
    title: z.string(),
    numberSymbol: z.string().nullable(),
    status: z.string(),
  }),
  section: z.object({ number: z.string(), title: z.string() }),
  role: z.enum(["lead", "support"]),
  /** For a task it leads: how the agency last said it stands, in a report it sent. */
  latest: z.object({ status: z.enum(taskProgressStatuses), period: z.string() }).nullable(),
});
export const agencyTasksSchema = z.object({ items: z.array(agencyTaskSchema) });
export const agencyTasksQuerySchema = z.object({ agencyId: z.uuid() });

/** The text of an issued plan, pasted, to read into a draft. */
export const planTextSchema = z.object({ text: z.string().min(1).max(300_000) });

const draftTask = z.object({ letter: z.string(), body: z.string() });
/** What was read from a plan's text, the agencies matched to the installation's by name. */
export const planDraftSchema = z.object({
  sections: z.array(z.object({ number: z.string(), title: z.string(), tasks: z.array(draftTask) })),
  agencies: z.array(
    z.object({
      /** Its number in part III. */
      number: z.string(),
      name: z.string(),
      /** The agency of PEPI Hub it is (its successor when it was merged into another), or null. */
      agency: agencyRef.nullable(),
      /**
       * Not found by name: the department that took over its work in the 2025 reorganisation,
       * where the installation has it, for the coordinator to confirm. `basis`: the text that
       * confirms the step; null when it is only proposed.
       */
      proposal: z.object({ agency: agencyRef, basis: z.string().nullable() }).nullable(),
      /** What part III gives it to do itself, beyond the tasks of part II it refers to. */
      duties: z.array(draftTask),
      references: z.array(
        z.object({ section: z.string(), letter: z.string(), role: z.enum(["lead", "support"]) }),
      ),
    }),
  ),
  targets: z.array(
    z.object({
      /** For an index's measure, the measure as people read it. */
      name: z.string(),
      unit: z.string(),
      measure: z.enum(["own", "pgi_part_score", "pgi_part_rank", "pgi_rank"]),
      /** "PGI1" for a sub-index's score or rank. */
      measureRef: z.string().nullable(),
      direction: z.enum(targetDirections),
      /** Written in a task of part II, or an objective of part I ("điểm a mục 2"; no letter for its paragraph). */
      part: z.enum(["I", "II"]),
      section: z.string(),
      letter: z.string(),
      /** Where it stood as the text says, with the year when it says it. */
      baseline: z.object({ year: z.number().int().nullable(), value: z.number() }).nullable(),
      yearly: z.array(z.object({ year: z.number().int(), value: z.number() })),
      /** A value aimed at without a year: by the plan's last year, or in every year (`every`). */
      goal: z.object({ value: z.number(), every: z.boolean() }).nullable(),
    }),
  ),
  problems: z.array(z.string()),
});
export type PlanDraftView = z.infer<typeof planDraftSchema>;
