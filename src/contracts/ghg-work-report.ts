// Contracts of the department's yearly report to the chairman on greenhouse-gas work (after seed
// 002): the words the coordinator edits before the report is generated. The facilities, their
// obligations, compliance and emissions always come from the register and the reports.
import { z } from "zod";
import { actionSchema } from "./auth.js";
import { issuerFields } from "./documents.js";

const paragraph = z.string().trim().max(8000);

export const ghgWorkReportFieldsSchema = z.object({
  ...issuerFields,
  /** What the report answers, before section 1. */
  introduction: paragraph,
  /**
   * Section 1: what the province asked of the facilities and the sector departments, the list
   * reported to the Ministry — each document with its number and date, one per line. Never
   * guessed: the default only names the lists in force from the register.
   */
  actions: paragraph,
  /** Section 4: what remains to be done, its causes. Empty leaves the section out. */
  remaining: paragraph,
  /** Section 5: what the department proposes to the chairman. Empty leaves the section out. */
  proposals: paragraph,
});
export type GhgWorkReportFields = z.infer<typeof ghgWorkReportFieldsSchema>;

export const ghgWorkReportParamsSchema = z.object({ year: z.coerce.number().int().min(2022).max(2100) });

export const ghgWorkReportSaveSchema = z.object({
  fields: z
    .record(z.string().max(64), z.unknown())
    .refine((fields) => Object.keys(fields).length <= 40, "Văn bản có tối đa 40 trường"),
  /** The version the editor started from; null when it started from the defaults. */
  rowVersion: z.number().int().nullable(),
});

export const ghgWorkReportDraftSchema = z.object({
  year: z.number().int(),
  fields: ghgWorkReportFieldsSchema,
  /** False while the wording is the generated default. */
  saved: z.boolean(),
  rowVersion: z.number().int().nullable(),
  updatedAt: z.string().nullable(),
  allowedActions: z.array(actionSchema),
});
export type GhgWorkReportDraft = z.infer<typeof ghgWorkReportDraftSchema>;
