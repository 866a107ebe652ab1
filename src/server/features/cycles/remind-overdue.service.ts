// The coordinator reminds every agency that is late, in one action: each agency that has sent
// nothing past the submission deadline gets a message (in the app and by e-mail), with the
// coordinator named in the audit trail. At most once a day per agency, however often it is asked.
import type { CycleStatus } from "../../../contracts/cycles.js";
import { provinceToday } from "../../../domain/cycle/reminders.js";
import { daysBetween } from "../../../domain/cycle/timeliness.js";
import { formatDateVi, formatNumberVi } from "../../../domain/text/format-vi.js";
import type { Db } from "../../db/client.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { AppError } from "../../platform/errors.js";
import { findRecipients } from "../notifications/notifications.repo.js";
import { queueNotification } from "../notifications/notify.js";
import { submissionStates } from "../notifications/reminders.repo.js";
import { loadCycle } from "./guards.js";

export interface RemindResult {
  /** Late agencies reminded now. */
  reminded: number;
  /** People the reminders went to. */
  people: number;
  /** Late agencies already reminded today, not reminded twice. */
  alreadyToday: number;
  /** Late agencies with no active account to remind: the coordinator has to call them. */
  withoutAccounts: string[];
}

export async function remindOverdue(
  db: Db,
  cycleId: string,
  ctx: AuditContext,
  now = new Date(),
): Promise<RemindResult> {
  return db.transaction(async (tx) => {
    const cycle = await loadCycle(tx, cycleId);
    if ((cycle.status as CycleStatus) !== "open" || cycle.kind === "history")
      throw new AppError("INVALID_TRANSITION", { action: "nhắc hạn", entity: "cycle", state: cycle.status });
    const today = provinceToday(now);
    const daysLate = daysBetween(cycle.submissionDue, today);
    const late =
      daysLate > 0 ? (await submissionStates(tx, cycleId)).filter((s) => s.status === "draft") : [];
    const result: RemindResult = { reminded: 0, people: 0, alreadyToday: 0, withoutAccounts: [] };
    for (const agency of late) {
      if ((await findRecipients(tx, { agencyId: agency.agencyId })).length === 0) {
        result.withoutAccounts.push(agency.agencyName);
        continue;
      }
      const { userIds } = await queueNotification(tx, {
        recipients: { agencyId: agency.agencyId },
        kind: "reminder.submission_overdue",
        title: `Quá hạn gửi số liệu ${formatNumberVi(daysLate)} ngày`,
        body:
          `${agency.agencyName} chưa gửi số liệu năm ${cycle.year}. Hạn gửi là ngày ${formatDateVi(cycle.submissionDue)}, ` +
          `đã quá hạn ${formatNumberVi(daysLate)} ngày. Sở Nông nghiệp và Môi trường đề nghị cơ quan gửi số liệu ngay.`,
        link: `/cycles/${cycleId}/agencies/${agency.agencyId}`,
        dedupeKey: `manual-reminder:${cycleId}:${today}:${agency.agencyId}`,
        cycleId,
        agencyId: agency.agencyId,
      });
      if (userIds.length === 0) {
        result.alreadyToday += 1;
        continue;
      }
      result.reminded += 1;
      result.people += userIds.length;
      await recordAudit(tx, ctx, {
        type: "reminder.queued",
        entityId: cycleId,
        agencyId: agency.agencyId,
        summary: `Nhắc ${agency.agencyName} gửi số liệu năm ${cycle.year} (quá hạn ${formatNumberVi(daysLate)} ngày), ${userIds.length} người nhận`,
        after: { kind: "reminder.submission_overdue", cycleId, recipients: userIds },
      });
    }
    return result;
  });
}
