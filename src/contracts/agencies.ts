import { z } from "zod";
import { actionSchema } from "./auth.js";

export const agencyKinds = [
  "environment_department",
  "department",
  "board",
  "statistics_office",
  "utility",
  "commune_committee",
  "district_committee",
  "provincial_committee",
  "other",
] as const;
export const agencyKindSchema = z.enum(agencyKinds);
export type AgencyKind = z.infer<typeof agencyKindSchema>;

export const agencySchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: agencyKindSchema,
  orgUnit: z.object({ id: z.uuid(), name: z.string(), level: z.string() }),
  hasHeadSignOff: z.boolean(),
  active: z.boolean(),
  isDemo: z.boolean(),
  /** The agency it was merged into (2025: Sở Giao thông vận tải into Sở Xây dựng). */
  successorAgencyId: z.uuid().nullable(),
  userCount: z.number().int(),
  updatedAt: z.string(),
  allowedActions: z.array(actionSchema),
});
export type Agency = z.infer<typeof agencySchema>;

export const agencyListSchema = z.object({ items: z.array(agencySchema) });

const code = z
  .string()
  .trim()
  .min(2)
  .max(40)
  .regex(/^[A-Za-z0-9_.-]+$/, "chỉ gồm chữ không dấu, số và - _ .");

export const createAgencyRequestSchema = z.object({
  code,
  name: z.string().trim().min(2).max(300),
  shortName: z.string().trim().max(100).nullable().optional(),
  kind: agencyKindSchema,
  orgUnitId: z.uuid(),
  hasHeadSignOff: z.boolean().default(false),
});

export const updateAgencyRequestSchema = z.object({
  name: z.string().trim().min(2).max(300).optional(),
  shortName: z.string().trim().max(100).nullable().optional(),
  kind: agencyKindSchema.optional(),
  orgUnitId: z.uuid().optional(),
  hasHeadSignOff: z.boolean().optional(),
  active: z.boolean().optional(),
  successorAgencyId: z.uuid().nullable().optional(),
  /** The updatedAt the editor saw; a different one means someone else changed it meanwhile. */
  expectedUpdatedAt: z.string().max(40).optional(),
});
