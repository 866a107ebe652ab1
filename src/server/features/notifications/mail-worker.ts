// The background worker: every interval it queues the reminders that have come due, then
// delivers the outbox over SMTP. A message is claimed before it is sent and marked after, so it
// goes at most once; one left `sending` by a crash is shown as uncertain, never sent again here.
import type { FastifyBaseLogger } from "fastify";
import type { Db } from "../../db/client.js";
import type { AppConfig } from "../../platform/config.js";
import { queueFacilityReminders } from "../ghg-obligations/facility-reminders.service.js";
import { queuePlanReportReminders } from "../plans/plan-reports.service.js";
import { mailText } from "./mail-text.js";
import { describeMailError, type MailTransport, smtpTransport } from "./mail-transport.js";
import { noAddressError } from "./notify.js";
import { claimDue, markOutcome, type OutboxRow } from "./outbox.repo.js";
import { queueDueReminders } from "./reminders.service.js";

export interface DeliverySettings {
  transport: MailTransport;
  publicBaseUrl?: string | null;
  maxAttempts: number;
  /** Messages claimed and sent together; small, so each is sent soon after its claim. */
  batchSize?: number;
}

export interface DeliveryReport {
  sent: number;
  retried: number;
  failed: number;
}

/** Wait before attempt n+1: 1, 2, 4, 8 … minutes, at most 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3600 * 1000);
}

export async function deliverDue(
  db: Db,
  settings: DeliverySettings,
  now = new Date(),
): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
  // Bounded, so one pass ends even if rows keep arriving; the next pass takes the rest.
  for (let batch = 0; batch < 50; batch++) {
    const claimed = await claimDue(db, now, settings.batchSize ?? 10);
    if (claimed.length === 0) break;
    const outcomes = await Promise.all(claimed.map((row) => deliverOne(db, settings, row, now)));
    for (const outcome of outcomes) report[outcome] += 1;
  }
  return report;
}

async function deliverOne(
  db: Db,
  settings: DeliverySettings,
  row: OutboxRow,
  now: Date,
): Promise<keyof DeliveryReport> {
  if (!row.toAddress) {
    await markOutcome(db, row.id, { status: "unsent", lastError: noAddressError });
    return "failed";
  }
  try {
    await settings.transport.send({
      to: row.toAddress,
      subject: row.subject,
      text: mailText(row.body, settings.publicBaseUrl),
    });
  } catch (error) {
    const giveUp = row.attempts >= settings.maxAttempts;
    await markOutcome(db, row.id, {
      status: giveUp ? "failed" : "pending",
      lastError: describeMailError(error),
      nextAttemptAt: new Date(now.getTime() + retryDelayMs(row.attempts)),
    });
    return giveUp ? "failed" : "retried";
  }
  await markOutcome(db, row.id, { status: "sent", sentAt: new Date(), lastError: null });
  return "sent";
}

export interface MailWorker {
  /** Ends the timer and waits for a pass in progress to finish. */
  stop(): Promise<void>;
}

export interface MailWorkerOptions {
  db: Db;
  intervalMs: number;
  reminderDaysBefore: readonly number[];
  /** Null without SMTP: reminders are still queued, and stay in the outbox and the app. */
  delivery: DeliverySettings | null;
  log: Pick<FastifyBaseLogger, "info" | "warn" | "error">;
}

/** One pass: queue what has come due, then deliver (when SMTP is set). Never throws. */
export async function runWorkerPass(
  options: Omit<MailWorkerOptions, "intervalMs">,
  now: Date,
  shouldDeliver: () => boolean = () => true,
): Promise<void> {
  const { db, log, delivery } = options;
  try {
    const run = await queueDueReminders(db, now, { daysBefore: options.reminderDaysBefore });
    if (run.reminders > 0) log.info(run, "reminders queued");
  } catch (error) {
    log.error(error, "queueing reminders failed");
  }
  try {
    const plans = await queuePlanReportReminders(db, now, options.reminderDaysBefore);
    if (plans.reminders > 0) log.info(plans, "plan report reminders queued");
  } catch (error) {
    log.error(error, "queueing plan report reminders failed");
  }
  try {
    const ghg = await queueFacilityReminders(db, now);
    if (ghg.reminders > 0) log.info(ghg, "greenhouse-gas facility reminders queued");
  } catch (error) {
    log.error(error, "queueing greenhouse-gas facility reminders failed");
  }
  if (!delivery || !shouldDeliver()) return;
  try {
    const report = await deliverDue(db, delivery, now);
    if (report.sent + report.retried + report.failed > 0) log.info(report, "outbox delivered");
  } catch (error) {
    log.error(error, "delivering the outbox failed");
  }
}

export function startMailWorker(options: MailWorkerOptions): MailWorker {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const pass = () => runWorkerPass(options, new Date(), () => !stopped);
  const schedule = (ms: number) => {
    timer = setTimeout(() => {
      running = pass().finally(() => {
        if (!stopped) schedule(options.intervalMs);
      });
    }, ms);
    timer.unref();
  };
  schedule(1000);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      options.delivery?.transport.close();
    },
  };
}

export function startMailWorkerFromConfig(
  db: Db,
  config: AppConfig,
  log: MailWorkerOptions["log"],
): MailWorker {
  const delivery =
    config.SMTP_URL && config.MAIL_FROM
      ? {
          transport: smtpTransport(config.SMTP_URL, config.MAIL_FROM),
          publicBaseUrl: config.PUBLIC_BASE_URL ?? null,
          maxAttempts: config.MAIL_MAX_ATTEMPTS,
        }
      : null;
  if (!delivery) log.info("SMTP_URL is not set: reminders stay in the outbox and the app");
  return startMailWorker({
    db,
    intervalMs: config.WORKER_INTERVAL_SECONDS * 1000,
    reminderDaysBefore: config.REMINDER_DAYS_BEFORE,
    delivery,
    log,
  });
}
