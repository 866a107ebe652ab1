import { z } from "zod";
import { roleSchema } from "./auth.js";

export const userSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  role: roleSchema,
  agency: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** The greenhouse-gas facility of a facility's own account (role `facility`); null otherwise. */
  facility: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  isDemo: z.boolean(),
  lastLoginAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const userListQuerySchema = z.object({
  agencyId: z.uuid().optional(),
  role: roleSchema.optional(),
  q: z.string().trim().max(100).optional(),
});
export const userListSchema = z.object({ items: z.array(userSchema) });

const username = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(60)
  .regex(/^[a-z0-9_.-]+$/, "chỉ gồm chữ thường không dấu, số và - _ .");

export const createUserRequestSchema = z.object({
  username,
  fullName: z.string().trim().min(2).max(200),
  email: z.email().nullable().optional(),
  role: roleSchema,
  agencyId: z.uuid().nullable().optional(),
  /** Required for role `facility` (which has no agency), refused for every other role. */
  facilityId: z.uuid().nullable().optional(),
  /** Left out: a random temporary password is generated and returned once. */
  password: z.string().min(1).max(200).optional(),
});

export const createUserResponseSchema = z.object({
  user: userSchema,
  temporaryPassword: z.string().nullable(),
});

export const updateUserRequestSchema = z.object({
  fullName: z.string().trim().min(2).max(200).optional(),
  email: z.email().nullable().optional(),
  role: roleSchema.optional(),
  agencyId: z.uuid().nullable().optional(),
  /** Left out when the role changes away from `facility`: the facility is then let go. */
  facilityId: z.uuid().nullable().optional(),
  active: z.boolean().optional(),
  expectedUpdatedAt: z.string().max(40).optional(),
});

export const resetPasswordResponseSchema = z.object({ temporaryPassword: z.string() });

/** Accounts created from a sheet, with the first passwords shown this once for the printed list. */
export const accountImportResultSchema = z.object({
  created: z.number().int(),
  accounts: z.array(
    z.object({
      username: z.string(),
      fullName: z.string(),
      role: roleSchema,
      agency: z.string().nullable(),
      /** The facility's name, for a facility's own account. */
      facility: z.string().nullable(),
      temporaryPassword: z.string(),
    }),
  ),
});
export type AccountImportResult = z.infer<typeof accountImportResultSchema>;
