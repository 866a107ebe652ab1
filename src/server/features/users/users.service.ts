// People who use PEPI Hub. Administrators create them, set their role and agency, and reset
// passwords; the rules below keep at least one administrator and never half-save a change.
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { createUserRequestSchema, updateUserRequestSchema } from "../../../contracts/users.js";
import { type Role, requiresAgency, requiresFacility, roleNamesVi } from "../../../domain/auth/roles.js";
import type { Db, DbOrTx } from "../../db/client.js";
import { type AuditContext, changedFields, recordAudit } from "../../platform/audit.js";
import { requireAcceptablePassword } from "../../platform/common-passwords.js";
import { AppError, notFound } from "../../platform/errors.js";
import { generatePassword, hashPassword } from "../../platform/passwords.js";
import { findAgency } from "../agencies/agencies.repo.js";
import { deleteSessionsOfUser } from "../auth/auth.repo.js";
import * as repo from "./users.repo.js";
import { checkFacilityForRole } from "./users-facility.js";

type CreateUser = z.infer<typeof createUserRequestSchema>;
type UpdateUser = z.infer<typeof updateUserRequestSchema>;

function auditedFields(row: repo.UserRow) {
  const { username, fullName, email, role, agencyId, facilityId, active } = row;
  return { username, fullName, email, role, agencyId, facilityId, active };
}

async function checkAgencyForRole(db: DbOrTx, role: Role, agencyId: string | null | undefined) {
  if (!agencyId) {
    if (requiresAgency(role)) throw new AppError("AGENCY_REQUIRED", { role });
    return;
  }
  const agency = await findAgency(db, agencyId);
  if (!agency) {
    throw new AppError("VALIDATION_FAILED", {}, [{ field: "agencyId", message: "Không có cơ quan này" }]);
  }
  if (!agency.active) throw new AppError("AGENCY_INACTIVE", { name: agency.name });
}

export async function createUser(
  db: Db,
  input: CreateUser,
  ctx: AuditContext,
  options: {
    isDemo?: boolean;
    /** Only for accounts a script prepares (tests, benchmarks) and signs in with at once. */
    preparedPassword?: boolean;
  } = {},
): Promise<{ id: string; temporaryPassword: string | null }> {
  await checkFacilityForRole(db, input.role, input.facilityId, input.agencyId);
  await checkAgencyForRole(db, input.role, input.agencyId);
  if (await repo.usernameExists(db, input.username)) {
    throw new AppError("USERNAME_TAKEN", { username: input.username });
  }
  if (input.password !== undefined) requireAcceptablePassword(input.password, input.username, "password");
  const temporaryPassword = input.password === undefined ? generatePassword() : null;
  const now = new Date();
  const row: repo.NewUserRow = {
    id: randomUUID(),
    username: input.username,
    fullName: input.fullName,
    email: input.email ?? null,
    role: input.role,
    agencyId: input.agencyId ?? null,
    facilityId: input.facilityId ?? null,
    passwordHash: await hashPassword(input.password ?? (temporaryPassword as string)),
    // A password someone else chose or generated is changed at the first sign-in; the
    // demonstration's shared accounts keep theirs.
    mustChangePassword: !options.isDemo && !options.preparedPassword,
    active: true,
    isDemo: options.isDemo ?? false,
    createdAt: now,
    updatedAt: now,
  };
  await db.transaction(async (tx) => {
    await repo.insertUser(tx, row);
    await recordAudit(tx, ctx, {
      type: "user.created",
      entityId: row.id,
      agencyId: row.agencyId,
      summary: `Thêm người dùng “${row.username}” (${roleNamesVi[input.role]})`,
      after: auditedFields(row as repo.UserRow),
    });
  });
  return { id: row.id, temporaryPassword };
}

export async function updateUser(
  db: Db,
  id: string,
  input: UpdateUser,
  actorUserId: string,
  ctx: AuditContext,
): Promise<void> {
  const { expectedUpdatedAt, ...changes } = input;
  await db.transaction(async (tx) => {
    const current = await repo.findUser(tx, id);
    if (!current) throw notFound("user");
    // A facility account given another role lets its facility go unless the request names one.
    if (changes.role && !requiresFacility(changes.role) && changes.facilityId === undefined)
      changes.facilityId = null;
    if (expectedUpdatedAt && current.updatedAt.toISOString() !== expectedUpdatedAt) {
      throw new AppError("STALE_UPDATE", { entity: "user" });
    }
    const diff = changedFields(auditedFields(current), changes);
    if (!diff) return;
    const next = { ...auditedFields(current), ...diff.after };
    if (id === actorUserId && (next.role !== current.role || next.active === false)) {
      throw new AppError("CANNOT_CHANGE_OWN_ACCESS");
    }
    if ("role" in diff.after || "agencyId" in diff.after || "facilityId" in diff.after) {
      await checkFacilityForRole(tx, next.role as Role, next.facilityId, next.agencyId);
      await checkAgencyForRole(tx, next.role as Role, next.agencyId);
    }
    const losesAdmin = current.role === "admin" && current.active && (next.role !== "admin" || !next.active);
    if (losesAdmin && (await repo.countActiveAdmins(tx)) <= 1) throw new AppError("LAST_ADMIN");

    const updated = await repo.updateUser(tx, id, current.updatedAt, {
      ...diff.after,
      updatedAt: new Date(),
    });
    if (!updated) throw new AppError("STALE_UPDATE", { entity: "user" });
    if (next.active === false) await deleteSessionsOfUser(tx, id);
    await recordAudit(tx, ctx, {
      type: "user.updated",
      entityId: id,
      agencyId: next.agencyId,
      summary: `Sửa người dùng “${current.username}”`,
      before: diff.before,
      after: diff.after,
    });
  });
}

export async function resetPassword(db: Db, id: string, ctx: AuditContext): Promise<string> {
  const temporaryPassword = generatePassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await db.transaction(async (tx) => {
    const current = await repo.findUser(tx, id);
    if (!current) throw notFound("user");
    const now = new Date();
    await repo.updateUser(tx, id, current.updatedAt, {
      passwordHash,
      mustChangePassword: true,
      passwordChangedAt: now,
      updatedAt: now,
    });
    await deleteSessionsOfUser(tx, id);
    await recordAudit(tx, ctx, {
      type: "user.password_reset",
      entityId: id,
      agencyId: current.agencyId,
      summary: `Đặt lại mật khẩu cho “${current.username}”`,
    });
  });
  return temporaryPassword;
}
