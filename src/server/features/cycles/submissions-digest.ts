// The coordinator of a province of 150 communes is not sent 150 messages as figures arrive: one
// message a day per year being collected says who has sent today, kept up to date as more send
// (unread again, at the top), and one e-mail a day says that figures are arriving.
import { localDay } from "../../../domain/cycle/timeliness.js";
import { formatNumberVi } from "../../../domain/text/format-vi.js";
import type { DbOrTx } from "../../db/client.js";
import * as notificationsRepo from "../notifications/notifications.repo.js";
import { queueNotification } from "../notifications/notify.js";
import * as cyclesRepo from "./cycles.repo.js";

const kind = "submission.submitted_digest";

/** Names shown in the message; the rest are counted ("và 140 cơ quan khác"). */
const namesShown = 10;

export async function digestSubmission(
  tx: DbOrTx,
  cycle: { id: string; year: number },
  now = new Date(),
): Promise<void> {
  const day = localDay(now);
  const startOfDay = new Date(`${day}T00:00:00+07:00`);
  const sentToday = await cyclesRepo.submittedSince(tx, cycle.id, startOfDay);
  const names = sentToday.map((s) => s.name);
  const count = names.length;
  const listed =
    names.slice(0, namesShown).join("; ") +
    (count > namesShown ? ` và ${formatNumberVi(count - namesShown)} cơ quan khác` : "");
  const link = `/cycles/${cycle.id}/dashboard`;
  const title = `${formatNumberVi(count)} cơ quan đã gửi số liệu năm ${cycle.year} hôm nay`;
  const body = `Hôm nay đã gửi, chờ thẩm định: ${listed}.`;
  // The first of the day: a message and an e-mail to every coordinator.
  await queueNotification(tx, {
    recipients: { roles: ["coordinator"] },
    kind,
    title,
    body,
    link,
    dedupeKey: `submitted-digest:${cycle.id}:${day}`,
    cycleId: cycle.id,
  });
  // Every later one: today's message says it all again, unread, at the top.
  const coordinators = (await notificationsRepo.findRecipients(tx, { roles: ["coordinator"] })).map(
    (p) => p.id,
  );
  await notificationsRepo.rewriteSince(
    tx,
    { userIds: coordinators, kind, link, since: startOfDay },
    { title, body, at: now },
  );
}
