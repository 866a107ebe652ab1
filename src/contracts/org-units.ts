import { z } from "zod";

export const orgUnitLevels = ["province", "district", "commune"] as const;
export const orgUnitLevelSchema = z.enum(orgUnitLevels);

export const orgUnitSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  level: orgUnitLevelSchema,
  parentId: z.uuid().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  successorId: z.uuid().nullable(),
  isDemo: z.boolean(),
});
export type OrgUnit = z.infer<typeof orgUnitSchema>;

export const orgUnitQuerySchema = z.object({
  level: orgUnitLevelSchema.optional(),
  parentId: z.uuid().optional(),
  /** Only units in force on this date (yyyy-mm-dd). */
  onDate: z.iso.date().optional(),
});
export const orgUnitListSchema = z.object({ items: z.array(orgUnitSchema) });

export const createOrgUnitRequestSchema = z.object({
  code: z
    .string()
    .trim()
    .min(2)
    .max(40)
    .regex(/^[A-Za-z0-9_.-]+$/),
  name: z.string().trim().min(2).max(200),
  level: orgUnitLevelSchema,
  parentId: z.uuid().nullable().optional(),
  validFrom: z.iso.date().nullable().optional(),
  validTo: z.iso.date().nullable().optional(),
  successorId: z.uuid().nullable().optional(),
});
