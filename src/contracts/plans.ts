// Contracts of improvement plans as they are issued: number and symbol, date, issuer, title,
// the years they cover, what they are about, their state, and the plan each implements.
import { z } from "zod";
import { actionSchema } from "./auth.js";

export const planScopes = ["pepi", "pgi", "climate", "general"] as const;
export const planScopeSchema = z.enum(planScopes);
export const planStatuses = ["draft", "issued", "closed"] as const;
export const planStatusSchema = z.enum(planStatuses);

const planRef = z.object({ id: z.uuid(), title: z.string(), numberSymbol: z.string().nullable() });

export const planSchema = z.object({
  id: z.uuid(),
  numberSymbol: z.string().nullable(),
  /** yyyy-mm-dd. */
  issuedOn: z.string().nullable(),
  issuer: z.string(),
  title: z.string(),
  periodFrom: z.number().int(),
  periodTo: z.number().int(),
  scope: planScopeSchema,
  status: planStatusSchema,
  /** The plan this one implements (the province's plan, for the department's). */
  implements: planRef.nullable(),
  /** The plans that implement this one. */
  implementedBy: z.array(planRef),
  rowVersion: z.number().int(),
  updatedAt: z.string(),
  allowedActions: z.array(actionSchema),
});
export type Plan = z.infer<typeof planSchema>;

export const planListSchema = z.object({ items: z.array(planSchema), allowedActions: z.array(actionSchema) });

const text = (max: number) => z.string().trim().min(1).max(max);

export const planInputSchema = z.object({
  numberSymbol: z.string().trim().max(60).nullable().optional(),
  issuedOn: z.iso.date().nullable().optional(),
  issuer: text(200),
  title: text(500),
  periodFrom: z.number().int().min(2000).max(2100),
  periodTo: z.number().int().min(2000).max(2100),
  scope: planScopeSchema,
  status: planStatusSchema.default("draft"),
  implementsPlanId: z.uuid().nullable().optional(),
});
export type PlanInput = z.infer<typeof planInputSchema>;

export const planUpdateSchema = planInputSchema.extend({
  /** The version the editor started from: another change meanwhile is refused, not overwritten. */
  expectedRowVersion: z.number().int(),
});
