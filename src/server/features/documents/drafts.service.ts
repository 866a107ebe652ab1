// Reading and saving the editable text of a cycle's documents. A saved draft replaces the
// defaults as a whole; resetting it returns to the defaults. Each change is one transaction
// with its audit event, and a save from an outdated copy is refused, not merged.
import {
  type DocumentDraft,
  type DocumentKind,
  type DraftFields,
  draftFieldSchemas,
} from "../../../contracts/documents.js";
import { type Actor, permissionsOn } from "../../../domain/auth/permissions.js";
import { cycleStatusVi } from "../../../domain/cycle/workflow.js";
import type { DbOrTx } from "../../db/client.js";
import { type AuditContext, changedFields, recordAudit } from "../../platform/audit.js";
import { AppError } from "../../platform/errors.js";
import { loadCycle } from "../cycles/guards.js";
import { documentContext, draftDefaults } from "./draft-defaults.js";
import * as repo from "./drafts.repo.js";
import { parseDraftFields } from "./issuer-blocks.js";

const kindVi: Record<DocumentKind, string> = {
  request_letter: "công văn đề nghị cung cấp số liệu",
  report: "báo cáo tự đánh giá",
};

/**
 * The wording stays editable after approval, since the number and date are written once the
 * leader signs, but not once the dossier is recorded as sent to the Ministry.
 */
async function loadWritableCycle(tx: DbOrTx, cycleId: string, action: string) {
  const cycle = await loadCycle(tx, cycleId, { forShare: true });
  if (cycle.status === "sent_to_ministry")
    throw new AppError("INVALID_TRANSITION", {
      action,
      entity: "cycle",
      state: cycleStatusVi.sent_to_ministry,
    });
  return cycle;
}

/** The text a document is generated with: the saved draft, or else the defaults. */
export async function draftFields<K extends DocumentKind>(
  db: DbOrTx,
  cycleId: string,
  kind: K,
): Promise<DraftFields[K]> {
  const row = await repo.findDraft(db, cycleId, kind);
  if (row) return draftFieldSchemas[kind].parse(row.fields) as DraftFields[K];
  return draftDefaults(kind, await documentContext(db, cycleId));
}

export async function getDraft(db: DbOrTx, cycleId: string, kind: DocumentKind, actor: Actor) {
  const row = await repo.findDraft(db, cycleId, kind);
  return {
    kind,
    fields: await draftFields(db, cycleId, kind),
    saved: row !== undefined,
    rowVersion: row?.rowVersion ?? null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    allowedActions: permissionsOn(actor, {}, ["document.edit"]),
  } satisfies DocumentDraft;
}

export async function saveDraft(
  db: DbOrTx,
  cycleId: string,
  kind: DocumentKind,
  input: { fields: unknown; rowVersion: number | null },
  ctx: AuditContext,
): Promise<void> {
  const fields = parseDraftFields(draftFieldSchemas[kind], input.fields);
  await db.transaction(async (tx) => {
    const cycle = await loadWritableCycle(tx, cycleId, "sửa nội dung văn bản");
    const row = await repo.findDraft(tx, cycleId, kind, "update");
    if ((row?.rowVersion ?? null) !== input.rowVersion)
      throw new AppError("STALE_UPDATE", { entity: "documentDraft" });
    const before = (row?.fields ?? draftDefaults(kind, await documentContext(tx, cycleId))) as Record<
      string,
      unknown
    >;
    const change = changedFields(before, fields as Record<string, unknown>);
    if (row) {
      if (!change) return;
      await repo.updateDraft(tx, row.id, {
        fields,
        rowVersion: row.rowVersion + 1,
        updatedBy: ctx.actorUserId,
      });
    } else if (!(await repo.insertDraft(tx, { cycleId, kind, fields, updatedBy: ctx.actorUserId })))
      throw new AppError("STALE_UPDATE", { entity: "documentDraft" });
    await recordAudit(tx, ctx, {
      type: "document.draft_saved",
      entityId: cycleId,
      summary: `Sửa nội dung ${kindVi[kind]} năm ${cycle.year}`,
      before: change?.before ?? null,
      after: change?.after ?? null,
    });
  });
}

export async function resetDraft(
  db: DbOrTx,
  cycleId: string,
  kind: DocumentKind,
  ctx: AuditContext,
): Promise<void> {
  await db.transaction(async (tx) => {
    const cycle = await loadWritableCycle(tx, cycleId, "khôi phục nội dung văn bản");
    const row = await repo.findDraft(tx, cycleId, kind, "update");
    if (!row) return;
    await repo.deleteDraft(tx, row.id);
    await recordAudit(tx, ctx, {
      type: "document.draft_reset",
      entityId: cycleId,
      summary: `Khôi phục nội dung mặc định của ${kindVi[kind]} năm ${cycle.year}`,
      before: row.fields,
      after: null,
    });
  });
}
