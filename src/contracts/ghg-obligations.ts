// Contracts of the greenhouse-gas obligations: the rules as the province keeps them (editable,
// with what shipped), a facility's calendar with how each obligation was met, the facilities late
// or missing by the department that follows them, and the two-yearly review of the list.
import { z } from "zod";
import {
  facilityScopes,
  ghgSourceSchema,
  obligationKinds,
  obligationRuleSchema,
  ruleParts,
  ruleStatuses,
} from "../domain/ghg/obligation-rules.js";

const text = z.object({ vi: z.string(), en: z.string().optional() });
const year = z.number().int().min(2000).max(2100);

export const ghgRuleViewSchema = z.object({
  rule: obligationRuleSchema,
  shipped: obligationRuleSchema,
  sources: z.array(ghgSourceSchema),
  /** The rule differs from the shipped one (the department edited it). */
  edited: z.boolean(),
  editedByName: z.string().nullable(),
  editedAt: z.string().nullable(),
  /** The shipped rule changed after the department's edit: the day it did. */
  shippedChangedAt: z.string().nullable(),
  rowVersion: z.number().int(),
});
export type GhgRuleView = z.infer<typeof ghgRuleViewSchema>;
export const ghgRulesSchema = z.object({ items: z.array(ghgRuleViewSchema) });

export const ghgRuleCodeParamsSchema = z.object({ code: z.string().max(60) });

/** What the coordinator may change of a rule: its dates, scope, status and note. */
export const ghgRuleUpdateSchema = z.object({
  rowVersion: z.number().int().min(1),
  due: z.object({ day: z.number().int().min(1).max(31), month: z.number().int().min(1).max(12) }),
  fromYear: year,
  untilYear: year.nullable(),
  recurrence: z.object({ every: z.union([z.literal(1), z.literal(2)]), fromYear: year.nullable() }),
  facilities: z.enum(facilityScopes),
  status: z.enum(ruleStatuses),
  unconfirmed: z.array(z.enum(ruleParts)).max(ruleParts.length),
  note: z.string().trim().max(2000).nullable(),
});
export type GhgRuleUpdate = z.infer<typeof ghgRuleUpdateSchema>;
export const ghgRowVersionSchema = z.object({ rowVersion: z.number().int().min(1) });

export const fulfilments = ["on_time", "late", "missing", "not_due"] as const;
export const ghgObligationItemSchema = z.object({
  ruleCode: z.string(),
  kind: z.enum(obligationKinds),
  year: z.number().int(),
  dueDate: z.string(),
  coversYears: z.array(z.number().int()),
  owed: text,
  recipient: text,
  basis: z.object({ vi: z.string(), en: z.string().optional(), sources: z.array(ghgSourceSchema) }),
  status: z.enum(ruleStatuses),
  unconfirmed: z.array(z.string()),
  note: z.string().optional(),
  fulfilment: z.enum(fulfilments),
  receivedOn: z.string().nullable(),
  reportStatus: z.string().nullable(),
});
export type GhgObligationItem = z.infer<typeof ghgObligationItemSchema>;

export const ghgCalendarSchema = z.object({
  facilityId: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  today: z.string(),
  years: z.array(
    z.object({
      year: z.number().int(),
      owed: z.array(ghgObligationItemSchema),
      notOwed: z.array(
        z.object({
          ruleCode: z.string(),
          year: z.number().int(),
          dueDate: z.string(),
          reason: z.string(),
          message: z.string(),
        }),
      ),
    }),
  ),
});
export type GhgCalendar = z.infer<typeof ghgCalendarSchema>;
export const ghgCalendarQuerySchema = z.object({
  from: z.coerce.number().int().min(2000).max(2100).optional(),
  to: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const ghgOverdueQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
const overdueItem = z.object({
  ruleCode: z.string(),
  owed: z.string(),
  dueDate: z.string(),
  fulfilment: z.enum(["late", "missing"]),
  receivedOn: z.string().nullable(),
  provisional: z.boolean(),
});
export const ghgOverdueSchema = z.object({
  year: z.number().int(),
  today: z.string(),
  agencies: z.array(
    z.object({
      agencyId: z.string().nullable(),
      agencyName: z.string().nullable(),
      facilityCount: z.number().int(),
      missing: z.number().int(),
      late: z.number().int(),
      facilities: z.array(z.object({ id: z.string(), name: z.string(), items: z.array(overdueItem) })),
    }),
  ),
});
export type GhgOverdue = z.infer<typeof ghgOverdueSchema>;

export const ghgReviewStatuses = ["planned", "in_progress", "done"] as const;
export const ghgReviewSchema = z.object({
  id: z.string(),
  listId: z.string().nullable(),
  listCode: z.string().nullable(),
  title: z.string(),
  dueOn: z.string(),
  agencies: z.array(z.object({ id: z.string(), name: z.string() })),
  status: z.enum(ghgReviewStatuses),
  note: z.string().nullable(),
  overdue: z.boolean(),
  rowVersion: z.number().int(),
});
export type GhgReview = z.infer<typeof ghgReviewSchema>;
export const ghgReviewsSchema = z.object({ items: z.array(ghgReviewSchema) });
export const ghgReviewInputSchema = z.object({
  listId: z.uuid().nullable().optional(),
  title: z.string().trim().min(3).max(300),
  dueOn: z.iso.date(),
  agencyIds: z.array(z.uuid()).max(100).default([]),
  status: z.enum(ghgReviewStatuses).default("planned"),
  note: z.string().trim().max(2000).nullable().optional(),
});
export type GhgReviewInput = z.input<typeof ghgReviewInputSchema>;
export const ghgReviewUpdateSchema = z.object({
  rowVersion: z.number().int().min(1),
  listId: z.uuid().nullable().optional(),
  title: z.string().trim().min(3).max(300).optional(),
  dueOn: z.iso.date().optional(),
  agencyIds: z.array(z.uuid()).max(100).optional(),
  status: z.enum(ghgReviewStatuses).optional(),
  note: z.string().trim().max(2000).nullable().optional(),
});
export type GhgReviewUpdate = z.input<typeof ghgReviewUpdateSchema>;
