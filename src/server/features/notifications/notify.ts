// The one way a service tells people something: called inside the service's own transaction,
// it writes an in-app notification and an outbox e-mail per recipient, so the message exists
// exactly when the change that caused it commits. The dedupe key makes a repeat a no-op.
import { randomUUID } from "node:crypto";
import type { Role } from "../../../domain/auth/roles.js";
import type { DbOrTx } from "../../db/client.js";
import { mailSubject, outboxBody } from "./mail-text.js";
import {
  findRecipients,
  insertNotifications,
  insertOutboxOnce,
  type NewOutboxRow,
} from "./notifications.repo.js";

export interface NotificationInput {
  /** Active users: these ids, plus the agency's users and/or the holders of the roles (both: the agency's holders). */
  recipients: { userIds?: string[]; agencyId?: string; roles?: Role[] };
  kind: string;
  title: string;
  body: string;
  /** A path inside the app, e.g. /cycles/<id>/agencies/<agencyId>. */
  link?: string;
  /** Stable name of this message; per user it is `${dedupeKey}:${userId}`, queued once ever. */
  dedupeKey: string;
  cycleId?: string;
  agencyId?: string;
}

export const noAddressError = "Người nhận chưa có địa chỉ e-mail";

/** Queues the message for each recipient not already given it; returns who got it now. */
export async function queueNotification(
  tx: DbOrTx,
  input: NotificationInput,
): Promise<{ userIds: string[] }> {
  const people = await findRecipients(tx, input.recipients);
  const outbox: NewOutboxRow[] = people.map((person) => {
    const email = person.email?.trim() || null;
    return {
      id: randomUUID(),
      dedupeKey: `${input.dedupeKey}:${person.id}`,
      kind: input.kind,
      userId: person.id,
      toAddress: email,
      subject: mailSubject(input.title),
      body: outboxBody(input.body, input.link),
      cycleId: input.cycleId ?? null,
      agencyId: input.agencyId ?? null,
      // Kept, not dropped: the outbox shows who could not be written to, and why.
      ...(email ? {} : { status: "unsent", lastError: noAddressError }),
    };
  });
  // The outbox row's unique key decides; the in-app message follows only where it was new.
  const queued = await insertOutboxOnce(tx, outbox);
  await insertNotifications(
    tx,
    queued.map((userId) => ({
      id: randomUUID(),
      userId,
      kind: input.kind,
      title: input.title,
      body: input.body,
      link: input.link ?? null,
    })),
  );
  return { userIds: queued };
}
