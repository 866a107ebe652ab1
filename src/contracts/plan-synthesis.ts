// Contracts of a period's synthesis for the chairman (issue "improvement plans", item 7): the
// words the coordinator edits before the department's report is generated (the figures, the
// agencies and their reports always come from the period), and the chairman's conclusions on
// it, whose chosen directives become new tasks of the plan.
import { z } from "zod";
import { actionSchema } from "./auth.js";
import { issuerFields } from "./documents.js";

const paragraph = z.string().trim().max(8000);

export const synthesisFieldsSchema = z.object({
  ...issuerFields,
  /** What the report answers and how it was compiled, before section I. */
  introduction: paragraph,
  /** The department's overall assessment, closing section I; empty prints nothing. */
  assessment: paragraph.default(""),
  /** Section VI: what the department proposes to the chairman; empty leaves the section out. */
  proposals: paragraph,
  /** Propose criticism of the agencies that did not report or reported late (seed 000). */
  proposeCriticism: z.boolean().default(true),
});
export type SynthesisFields = z.infer<typeof synthesisFieldsSchema>;

export const synthesisSaveSchema = z.object({
  fields: z
    .record(z.string().max(64), z.unknown())
    .refine((fields) => Object.keys(fields).length <= 40, "Văn bản có tối đa 40 trường"),
  /** The version the editor started from; null when it started from the defaults. */
  rowVersion: z.number().int().nullable(),
});

const agencyRef = z.object({ id: z.uuid(), name: z.string() });

/** A directive read from the conclusion's text, with the agencies it names, for the coordinator to choose. */
export const directiveSchema = z.object({
  text: z.string(),
  lead: agencyRef.nullable(),
  supporting: z.array(agencyRef),
  /** The deadline its words give ("trước ngày 30/9/2024", "trong quý III/2024"), proposed for the task. */
  deadline: z.iso.date().nullable(),
  /** Its words say "thường xuyên" and give no deadline. */
  recurring: z.boolean(),
  /** The task of the plan it already became ("5.a"), so that it is not given twice by mistake. */
  given: z.object({ taskId: z.uuid(), place: z.string() }).nullable(),
});
export type Directive = z.infer<typeof directiveSchema>;

export const conclusionSchema = z.object({
  /** "45/TB-UBND"; empty while the notice has no number yet. */
  numberSymbol: z.string(),
  issuedOn: z.string(),
  /** Who concluded: "Chủ tịch UBND tỉnh" unless said otherwise. */
  author: z.string(),
  text: z.string(),
  rowVersion: z.number().int(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
  /** The section of the plan its directives became, once some did, with its tasks as they are. */
  section: z
    .object({
      id: z.uuid(),
      number: z.string(),
      title: z.string(),
      tasks: z.array(
        z.object({ id: z.uuid(), letter: z.string(), body: z.string(), lead: z.array(z.string()) }),
      ),
    })
    .nullable(),
  directives: z.array(directiveSchema),
});
export type Conclusion = z.infer<typeof conclusionSchema>;

export const synthesisDraftSchema = z.object({
  period: z.object({
    id: z.uuid(),
    label: z.string(),
    agencyDue: z.string(),
    departmentDue: z.string(),
    closedAt: z.string().nullable(),
  }),
  fields: synthesisFieldsSchema,
  /** False while the wording is the generated default. */
  saved: z.boolean(),
  rowVersion: z.number().int().nullable(),
  updatedAt: z.string().nullable(),
  /** How the period's reports stand, as the report will say it. */
  summary: z.object({
    agencies: z.number().int(),
    submitted: z.number().int(),
    accepted: z.number().int(),
    late: z.number().int(),
    missing: z.number().int(),
  }),
  conclusion: conclusionSchema.nullable(),
  /** The agencies a directive may be given to, in Vietnamese order. */
  agencies: z.array(agencyRef),
  allowedActions: z.array(actionSchema),
});
export type SynthesisDraft = z.infer<typeof synthesisDraftSchema>;

export const conclusionInputSchema = z.object({
  numberSymbol: z.string().trim().max(60).default(""),
  issuedOn: z.iso.date({ message: "Chọn ngày của văn bản kết luận" }).nullable(),
  author: z.string().trim().max(200).default("Chủ tịch UBND tỉnh"),
  text: z.string().trim().max(20_000),
  /** 0 records the first conclusion of the period. */
  expectedRowVersion: z.number().int(),
});
export type ConclusionInput = z.infer<typeof conclusionInputSchema>;

export const conclusionTaskSchema = z.object({
  body: z.string().trim().max(4000),
  leadAgencyIds: z.array(z.uuid()).max(60),
  supportingAgencyIds: z.array(z.uuid()).max(200).default([]),
  deadline: z.iso.date().nullable().optional(),
  recurring: z.boolean().default(false),
});

export const conclusionTasksSchema = z.object({
  /** The plan's row version: the tasks are added to the plan as it was read. */
  expectedRowVersion: z.number().int(),
  tasks: z.array(conclusionTaskSchema).max(50),
});
export type ConclusionTasks = z.infer<typeof conclusionTasksSchema>;
