// The outbox as an admin sees it, and sending a message again by hand: for one that failed,
// one whose send is uncertain (its worker stopped mid-way), or one that had no address.
import type { OutboxMessageView, OutboxStatus } from "../../../contracts/notifications.js";
import type { Db } from "../../db/client.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { AppError, notFound } from "../../platform/errors.js";
import { loadForUpdate, type OutboxRow, requeue, uncertainAfterMs } from "./outbox.repo.js";

export const outboxStatusVi: Record<OutboxStatus | "uncertain", string> = {
  pending: "chờ gửi",
  sending: "đang gửi",
  sent: "đã gửi",
  failed: "gửi không thành công",
  unsent: "chưa gửi được",
  uncertain: "không rõ đã gửi chưa",
};

export function isUncertain(row: Pick<OutboxRow, "status" | "nextAttemptAt">, now: Date): boolean {
  return row.status === "sending" && row.nextAttemptAt.getTime() <= now.getTime() - uncertainAfterMs;
}

export function canResend(row: Pick<OutboxRow, "status" | "nextAttemptAt">, now: Date): boolean {
  return row.status === "failed" || row.status === "unsent" || isUncertain(row, now);
}

export function presentOutbox(
  row: OutboxRow,
  user: { fullName: string | null; username: string | null },
  now: Date,
): OutboxMessageView {
  return {
    id: row.id,
    kind: row.kind,
    recipient:
      row.userId && user.fullName && user.username
        ? { userId: row.userId, fullName: user.fullName, username: user.username }
        : null,
    toAddress: row.toAddress,
    subject: row.subject,
    body: row.body,
    cycleId: row.cycleId,
    agencyId: row.agencyId,
    status: row.status as OutboxStatus,
    uncertain: isUncertain(row, now),
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    canResend: canResend(row, now),
  };
}

/** Back to the queue with fresh attempts, to the recipient's current address; audited. */
export async function resendOutboxMessage(db: Db, id: string, ctx: AuditContext, now = new Date()) {
  return db.transaction(async (tx) => {
    const found = await loadForUpdate(tx, id);
    if (!found) throw notFound("outboxMessage");
    const { message } = found;
    const state = isUncertain(message, now) ? "uncertain" : (message.status as OutboxStatus);
    if (!canResend(message, now))
      throw new AppError("INVALID_TRANSITION", {
        action: "gửi lại",
        entity: "outboxMessage",
        state: outboxStatusVi[state],
      });
    // The address may have been corrected since; a message to nobody stays where it is.
    const toAddress = (message.userId ? found.email?.trim() : message.toAddress) || null;
    if (!toAddress)
      throw new AppError("INVALID_TRANSITION", {
        action: "gửi lại",
        entity: "outboxMessage",
        state: "người nhận chưa có địa chỉ e-mail",
      });
    const row = await requeue(tx, id, toAddress, now);
    await recordAudit(tx, ctx, {
      type: "outbox.resent",
      entityId: id,
      agencyId: message.agencyId,
      summary: `Gửi lại thư “${message.subject}” tới ${toAddress} (trước đó: ${outboxStatusVi[state]})`,
      before: {
        status: state,
        attempts: message.attempts,
        toAddress: message.toAddress,
        lastError: message.lastError,
      },
      after: { status: "pending", toAddress },
    });
    return presentOutbox(row, found, now);
  });
}
