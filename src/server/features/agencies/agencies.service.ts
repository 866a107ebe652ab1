// Agencies: the bodies that report or review. Only an administrator changes them.
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { createAgencyRequestSchema, updateAgencyRequestSchema } from "../../../contracts/agencies.js";
import type { Db, DbOrTx } from "../../db/client.js";
import { type AuditContext, changedFields, recordAudit } from "../../platform/audit.js";
import { AppError, notFound } from "../../platform/errors.js";
import { findOrgUnit } from "../org-units/org-units.repo.js";
import * as repo from "./agencies.repo.js";

type CreateAgency = z.infer<typeof createAgencyRequestSchema>;
type UpdateAgency = z.infer<typeof updateAgencyRequestSchema>;

/** The fields of an agency that the audit trail records. */
function auditedFields(row: repo.AgencyRow) {
  const { code, name, shortName, kind, orgUnitId, hasHeadSignOff, active, successorAgencyId } = row;
  return { code, name, shortName, kind, orgUnitId, hasHeadSignOff, active, successorAgencyId };
}

async function requireOrgUnit(db: Db, orgUnitId: string) {
  if (!(await findOrgUnit(db, orgUnitId))) {
    throw new AppError("VALIDATION_FAILED", {}, [
      { field: "orgUnitId", message: "Không có đơn vị hành chính này" },
    ]);
  }
}

/**
 * The agency `agency` is merged into: another agency of its own kind of data (real or
 * demonstration) that exists and is not, along its own line of successors, `agency` itself (a
 * line that came back would have no end). Two such changes at once are checked one after the
 * other, so together they cannot make a loop either.
 */
async function requireSuccessor(db: DbOrTx, agency: repo.AgencyRow, successorId: string) {
  const refuse = (message: string) =>
    new AppError("VALIDATION_FAILED", {}, [{ field: "successorAgencyId", message }]);
  await repo.lockLineage(db);
  if (successorId === agency.id) throw refuse("Một cơ quan không sáp nhập vào chính nó");
  const seen = new Set([agency.id]);
  for (let next: string | null = successorId; next; ) {
    if (seen.has(next))
      throw refuse("Cơ quan này đã sáp nhập (trực tiếp hoặc gián tiếp) vào cơ quan đang sửa");
    seen.add(next);
    const row = await repo.findAgency(db, next);
    if (!row) throw refuse("Không có cơ quan tiếp nhận này");
    if (next === successorId && row.isDemo !== agency.isDemo)
      throw refuse("Cơ quan tiếp nhận phải cùng là dữ liệu thật (hoặc cùng là dữ liệu trình diễn)");
    next = row.successorAgencyId;
  }
}

export async function createAgency(
  db: Db,
  input: CreateAgency,
  ctx: AuditContext,
  options: { isDemo?: boolean; now?: Date } = {},
): Promise<string> {
  await requireOrgUnit(db, input.orgUnitId);
  if (await repo.findAgencyByCode(db, input.code))
    throw new AppError("AGENCY_CODE_TAKEN", { code: input.code });
  const now = options.now ?? new Date();
  const row: repo.NewAgencyRow = {
    id: randomUUID(),
    code: input.code,
    name: input.name,
    shortName: input.shortName ?? null,
    kind: input.kind,
    orgUnitId: input.orgUnitId,
    hasHeadSignOff: input.hasHeadSignOff,
    active: true,
    isDemo: options.isDemo ?? false,
    createdAt: now,
    updatedAt: now,
  };
  await db.transaction(async (tx) => {
    await repo.insertAgency(tx, row);
    await recordAudit(tx, ctx, {
      type: "agency.created",
      entityId: row.id,
      agencyId: row.id,
      summary: `Thêm cơ quan “${row.name}”`,
      after: auditedFields(row as repo.AgencyRow),
    });
  });
  return row.id;
}

export async function updateAgency(
  db: Db,
  id: string,
  input: UpdateAgency,
  ctx: AuditContext,
): Promise<void> {
  const { expectedUpdatedAt, ...changes } = input;
  if (changes.orgUnitId) await requireOrgUnit(db, changes.orgUnitId);
  await db.transaction(async (tx) => {
    const current = await repo.findAgency(tx, id);
    if (!current) throw notFound("agency");
    if (expectedUpdatedAt && current.updatedAt.toISOString() !== expectedUpdatedAt) {
      throw new AppError("STALE_UPDATE", { entity: "agency" });
    }
    const diff = changedFields(auditedFields(current), changes);
    if (!diff) return;
    if (diff.after.successorAgencyId) await requireSuccessor(tx, current, diff.after.successorAgencyId);
    const updated = await repo.updateAgency(tx, id, current.updatedAt, {
      ...diff.after,
      updatedAt: new Date(),
    });
    if (!updated) throw new AppError("STALE_UPDATE", { entity: "agency" });
    await recordAudit(tx, ctx, {
      type: "agency.updated",
      entityId: id,
      agencyId: id,
      summary: `Sửa cơ quan “${current.name}”`,
      before: diff.before,
      after: diff.after,
    });
  });
}
