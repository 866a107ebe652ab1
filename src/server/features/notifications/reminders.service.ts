// Applies the reminder rules to every running assessment cycle: one transaction per cycle, so
// one cycle's trouble does not hold back the others, and each reminder with its audit event.
import type { CycleStatus, SubmissionStatus } from "../../../contracts/cycles.js";
import {
  type DueReminder,
  defaultReminderDaysBefore,
  dueReminders,
  provinceToday,
} from "../../../domain/cycle/reminders.js";
import type { Db, DbOrTx } from "../../db/client.js";
import { recordAudit, systemContext } from "../../platform/audit.js";
import { queueNotification } from "./notify.js";
import { runningCycles, submissionStates } from "./reminders.repo.js";

const ctx = systemContext("reminders");

export interface ReminderRun {
  cycles: number;
  /** Reminders queued now for at least one person (a repeat of an earlier one counts nothing). */
  reminders: number;
  messages: number;
}

export async function queueDueReminders(
  db: Db,
  now: Date,
  options: { daysBefore?: readonly number[] } = {},
): Promise<ReminderRun> {
  const today = provinceToday(now);
  const run: ReminderRun = { cycles: 0, reminders: 0, messages: 0 };
  for (const row of await runningCycles(db)) {
    run.cycles += 1;
    const cycle = { ...row, status: row.status as CycleStatus };
    await db.transaction(async (tx) => {
      const states = (await submissionStates(tx, cycle.id)).map((s) => ({
        ...s,
        status: s.status as SubmissionStatus,
      }));
      const due = dueReminders(cycle, states, today, options.daysBefore ?? defaultReminderDaysBefore);
      for (const reminder of due)
        await queueReminder(tx, run, reminder, {
          cycleId: cycle.id,
          about: `năm ${cycle.year}, ${cycle.provinceName}`,
          after: { cycleId: cycle.id },
        });
    });
  }
  return run;
}

/**
 * Queues one reminder for its people, once ever (its key), and records it with its audit event
 * when it reached someone; counts it in the run.
 */
export async function queueReminder(
  tx: DbOrTx,
  run: { reminders: number; messages: number },
  reminder: Omit<DueReminder, "kind"> & { kind: string },
  /** `about`: what it concerns in the audit summary ("năm 2025, Bắc Ninh"); `after`: ids it concerns. */
  context: { cycleId?: string; about: string; after: Record<string, string> },
): Promise<void> {
  const { userIds } = await queueNotification(tx, {
    recipients: reminder.audience,
    kind: reminder.kind,
    title: reminder.title,
    body: reminder.body,
    link: reminder.link,
    dedupeKey: reminder.key,
    cycleId: context.cycleId,
    agencyId: reminder.agencyId ?? undefined,
  });
  if (userIds.length === 0) return;
  run.reminders += 1;
  run.messages += userIds.length;
  await recordAudit(tx, ctx, {
    type: "reminder.queued",
    entityId: reminder.key,
    agencyId: reminder.agencyId,
    summary: `Nhắc hạn “${reminder.title}” cho ${userIds.length} người (${context.about})`,
    after: { kind: reminder.kind, ...context.after, recipients: userIds },
  });
}
