import { z } from "zod";
import { actions } from "../domain/auth/permissions.js";
import { roles } from "../domain/auth/roles.js";

export const roleSchema = z.enum(roles);
export const actionSchema = z.enum(actions);

export const loginRequestSchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const currentUserSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  role: roleSchema,
  agency: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** The greenhouse-gas facility of a facility's own account; null for every other role. */
  facility: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  mustChangePassword: z.boolean(),
  isDemo: z.boolean(),
  permissions: z.array(actionSchema),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

export const changePasswordRequestSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});
