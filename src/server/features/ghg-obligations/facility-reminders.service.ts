// Deadline reminders to the facilities themselves, by e-mail to the register's contact address,
// through the outbox: before each due date and when nothing has arrived after it. Each reminder
// exists once (its key: facility, rule, year, step) and is queued with its audit event; a facility
// without an address gets its message kept as unsent, with the reason, as the outbox does.
import { randomUUID } from "node:crypto";
import { provinceToday } from "../../../domain/cycle/reminders.js";
import { facilityReminderDaysBefore, facilityReminders } from "../../../domain/ghg/facility-reminders.js";
import { obligationsFor } from "../../../domain/ghg/obligations.js";
import { standingOf } from "../../../domain/ghg/standing.js";
import type { Db } from "../../db/client.js";
import { recordAudit, systemContext } from "../../platform/audit.js";
import { mailSubject, outboxBody } from "../notifications/mail-text.js";
import * as repo from "./ghg-obligations.repo.js";
import { currentObligationRules } from "./obligation-rules.service.js";
import { loadFacts, reportIndex } from "./obligations.service.js";

const ctx = systemContext("ghg-reminders");
export const noFacilityAddress = "Cơ sở chưa có địa chỉ e-mail liên hệ trong sổ";

export async function queueFacilityReminders(
  db: Db,
  now: Date,
  daysBefore: readonly number[] = facilityReminderDaysBefore,
): Promise<{ reminders: number; unsent: number }> {
  const today = provinceToday(now);
  const thisYear = Number(today.slice(0, 4));
  // Last year's (overdue within a year), this year's, and next January's when 30 days ahead.
  const years = [thisYear - 1, thisYear, thisYear + 1];
  const run = { reminders: 0, unsent: 0 };
  const rules = await currentObligationRules(db);
  const facilities = await loadFacts(db);
  const reports = reportIndex(await repo.reportsOf(db, { years }));
  for (const f of facilities) {
    const standing = standingOf(f.facts);
    const items = years.flatMap((year) =>
      obligationsFor(standing, rules, year).owed.map((o) => ({
        ruleCode: o.ruleCode,
        year: o.year,
        dueDate: o.dueDate,
        owed: o.owed.vi,
        recipient: o.recipient.vi,
        provisional: o.status === "provisional",
        received: reports.has(`${f.id}|${o.ruleCode}|${o.year}`),
      })),
    );
    const due = facilityReminders(f, items, today, daysBefore);
    if (due.length === 0) continue;
    await db.transaction(async (tx) => {
      for (const reminder of due) {
        const queued = await repo.insertOutboxOnce(tx, {
          id: randomUUID(),
          dedupeKey: reminder.key,
          kind: "ghg.facility_reminder",
          userId: null,
          toAddress: f.contactEmail,
          subject: mailSubject(reminder.title),
          body: outboxBody(reminder.body),
          agencyId: f.agencyId,
          ...(f.contactEmail ? {} : { status: "unsent", lastError: noFacilityAddress }),
        });
        if (!queued) continue;
        run.reminders += 1;
        if (!f.contactEmail) run.unsent += 1;
        await recordAudit(tx, ctx, {
          type: "ghg.facility_reminder_queued",
          entityId: f.id,
          agencyId: f.agencyId,
          summary: `Nhắc hạn “${reminder.title}” cho cơ sở “${f.name}”${f.contactEmail ? "" : " (chưa gửi được: cơ sở chưa có e-mail)"}`,
          after: {
            key: reminder.key,
            ruleCode: reminder.ruleCode,
            year: reminder.year,
            step: reminder.step,
            to: f.contactEmail,
          },
        });
      }
    });
  }
  return run;
}
