// The review of the province's list every two years by the sector departments: a task with its
// due date, the departments asked, a status (planned, in progress, done) and a note. Each change
// is guarded by the review's row version and written with its audit event.
import { randomUUID } from "node:crypto";
import type { GhgReview, GhgReviewInput, GhgReviewUpdate } from "../../../contracts/ghg-obligations.js";
import { provinceToday } from "../../../domain/cycle/reminders.js";
import type { Db, DbOrTx } from "../../db/client.js";
import { type AuditContext, changedFields, recordAudit } from "../../platform/audit.js";
import { AppError, notFound } from "../../platform/errors.js";
import * as repo from "./ghg-obligations.repo.js";

const refuse = (field: string, message: string) =>
  new AppError("VALIDATION_FAILED", {}, [{ field, message }]);

export async function listReviews(db: DbOrTx, now = new Date()): Promise<GhgReview[]> {
  const today = provinceToday(now);
  const names = new Map((await repo.agencyNames(db)).map((a) => [a.id, a.name]));
  return (await repo.listReviews(db)).map(({ review: r, listCode }) => ({
    id: r.id,
    listId: r.listId,
    listCode: listCode ?? null,
    title: r.title,
    dueOn: r.dueOn,
    agencies: (r.agencyIds as string[]).map((id) => ({ id, name: names.get(id) ?? "—" })),
    status: r.status as GhgReview["status"],
    note: r.note,
    overdue: r.status !== "done" && r.dueOn < today,
    rowVersion: r.rowVersion,
  }));
}

async function checkRefs(tx: DbOrTx, input: { listId?: string | null; agencyIds?: string[] }) {
  if (input.listId && !(await repo.listExists(tx, input.listId)))
    throw refuse("listId", "Không tìm thấy danh mục được rà soát");
  if (input.agencyIds?.length) {
    const known = new Set((await repo.agencyNames(tx)).map((a) => a.id));
    const missing = input.agencyIds.findIndex((id) => !known.has(id));
    if (missing >= 0) throw refuse(`agencyIds.${missing}`, "Không tìm thấy cơ quan được giao rà soát");
  }
}

async function viewOf(db: DbOrTx, id: string) {
  const view = (await listReviews(db)).find((r) => r.id === id);
  if (!view) throw notFound("ghgReview");
  return view;
}

export async function createReview(db: Db, input: GhgReviewInput, ctx: AuditContext) {
  const id = randomUUID();
  await db.transaction(async (tx) => {
    const agencyIds = [...new Set(input.agencyIds ?? [])];
    await checkRefs(tx, { listId: input.listId, agencyIds });
    const row = {
      listId: input.listId ?? null,
      title: input.title,
      dueOn: input.dueOn,
      agencyIds,
      status: input.status ?? "planned",
      note: input.note ?? null,
    };
    await repo.insertReview(tx, { id, ...row });
    await recordAudit(tx, ctx, {
      type: "ghg.review_created",
      entityId: id,
      summary: `Tạo đợt rà soát “${input.title}” (hạn ${input.dueOn.split("-").reverse().join("/")})`,
      after: row,
    });
  });
  return viewOf(db, id);
}

export async function updateReview(db: Db, id: string, input: GhgReviewUpdate, ctx: AuditContext) {
  await db.transaction(async (tx) => {
    const r = await repo.findReview(tx, id, "update");
    if (!r) throw notFound("ghgReview");
    if (r.rowVersion !== input.rowVersion) throw new AppError("STALE_UPDATE", { entity: "ghgReview" });
    const { rowVersion: _, ...values } = input;
    if (values.agencyIds) values.agencyIds = [...new Set(values.agencyIds)];
    await checkRefs(tx, values);
    const diff = changedFields(r as unknown as Record<string, unknown>, values);
    if (!diff) return;
    await repo.updateReview(tx, id, { ...values, rowVersion: r.rowVersion + 1, updatedAt: new Date() });
    await recordAudit(tx, ctx, {
      type: "ghg.review_updated",
      entityId: id,
      summary: `Cập nhật đợt rà soát “${values.title ?? r.title}”`,
      before: diff.before,
      after: diff.after,
    });
  });
  return viewOf(db, id);
}
