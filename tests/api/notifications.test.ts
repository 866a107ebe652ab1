// Reminders, the e-mail outbox and in-app notifications, against the real database and a real
// SMTP server listening in this process.
import type { AddressInfo } from "node:net";
import { and, eq, like } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/server/db/client.js";
import {
  auditEvents,
  notifications,
  outboxMessages,
  submissions,
  users,
} from "../../src/server/db/schema.js";
import { openCycle } from "../../src/server/features/cycles/cycles.service.js";
import { smtpTransport } from "../../src/server/features/notifications/mail-transport.js";
import {
  type DeliverySettings,
  deliverDue,
  runWorkerPass,
  startMailWorker,
} from "../../src/server/features/notifications/mail-worker.js";
import { queueNotification } from "../../src/server/features/notifications/notify.js";
import { queueDueReminders } from "../../src/server/features/notifications/reminders.service.js";
import { systemContext } from "../../src/server/platform/audit.js";
import { createTestApp, type TestApp, TestClient } from "../support/app.js";
import { makeAgency, makeProvince, makeUser } from "../support/factories.js";

interface Received {
  to: string[];
  data: string;
}

/** An SMTP server that refuses recipients whose address starts with "bounce", and once "flaky". */
async function startSmtp() {
  const received: Received[] = [];
  const flakySeen = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      const to = address.address;
      const refuse = (text: string, code: number) =>
        callback(Object.assign(new Error(text), { responseCode: code }));
      if (to.startsWith("bounce")) return refuse("Hộp thư không tồn tại", 550);
      if (to.startsWith("flaky") && !flakySeen.has(to)) {
        flakySeen.add(to);
        return refuse("Thử lại sau", 451);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          data: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { server, port, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** Q-encoded headers and a quoted-printable body back to text, enough to read a message. */
function decodeMail(raw: string): string {
  const text = (qp: string) =>
    Buffer.from(
      qp.replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
      "latin1",
    ).toString("utf8");
  const split = raw.indexOf("\r\n\r\n");
  const head = raw
    .slice(0, split)
    .replace(/\?=\r\n =\?UTF-8\?Q\?/g, "")
    .replace(/=\?UTF-8\?Q\?(.*?)\?=/g, (_, q: string) => text(q.replace(/_/g, " ")));
  return `${head}\n\n${text(raw.slice(split + 4).replace(/=\r\n/g, ""))}`.replace(/\r\n/g, "\n");
}

let t: TestApp;
let db: Db;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let delivery: DeliverySettings;
let cycleId: string;
let health: string;
let finance: string;
const people: Record<string, { id: string; client: TestClient }> = {};
const ctx = systemContext("test");
const from = "pepi@so-nnmt.example";

// 10:00 in the province, three days before the 28/02/2023 deadline.
const threeDaysBefore = new Date("2023-02-25T03:00:00Z");
const days = (n: number, base = threeDaysBefore) => new Date(base.getTime() + n * 86_400_000);

async function person(
  key: string,
  role: Parameters<typeof makeUser>[1],
  agency: string | null,
  email?: string,
) {
  const user = await makeUser(db, role, agency);
  if (email) await db.update(users).set({ email }).where(eq(users.id, user.id));
  const client = new TestClient(t.app);
  expect((await client.login(user.username, user.password)).statusCode).toBe(200);
  people[key] = { id: user.id, client };
}

const outboxOf = (userId: string) =>
  db.select().from(outboxMessages).where(eq(outboxMessages.userId, userId));
/** A person's message queued under one dedupe key; later tests may queue others for them too. */
const messageOf = async (userId: string, dedupeKey: string) =>
  (await outboxOf(userId)).find((m) => m.dedupeKey === `${dedupeKey}:${userId}`);
const client = (key: string) => people[key]!.client;

beforeAll(async () => {
  t = await createTestApp();
  db = t.database.db;
  smtp = await startSmtp();
  delivery = {
    transport: smtpTransport(`smtp://127.0.0.1:${smtp.port}`, from),
    publicBaseUrl: "https://pepi.example",
    maxAttempts: 3,
  };
  const province = await makeProvince(db, "Tỉnh Thử Nhắc Hạn");
  health = await makeAgency(db, { name: "Sở Y tế", orgUnitId: province });
  finance = await makeAgency(db, { name: "Sở Tài chính", orgUnitId: province });
  await person("reporter", "reporter", health, "canbo.yte@example.vn");
  await person("head", "agency_head", health);
  await person("financeReporter", "reporter", finance, "canbo.taichinh@example.vn");
  await person("coordinator", "coordinator", null, "dieuphoi@example.vn");
  await person("leader", "leader", null, "chutich@example.vn");
  await person("admin", "admin", null);
  ({ id: cycleId } = await openCycle(
    db,
    {
      frameworkCode: "PEPI-2782",
      orgUnitId: province,
      year: 2022,
      deadlines: { submissionDue: "2023-02-28", reviewDue: "2023-03-15", approvalDue: "2023-03-25" },
    },
    ctx,
  ));
  const agencies = await db.select().from(submissions).where(eq(submissions.cycleId, cycleId));
  expect(agencies.map((s) => s.agencyId).sort()).toEqual([health, finance].sort());
});
afterAll(async () => {
  delivery.transport.close();
  await smtp?.close();
  await t.close();
});

describe("reminders before the deadline", () => {
  it("are queued once, even when the reminder run happens twice or at the same time", async () => {
    const first = await queueDueReminders(db, threeDaysBefore);
    expect(first.reminders).toBe(2);
    const again = await Promise.all([queueDueReminders(db, threeDaysBefore), queueDueReminders(db, days(1))]);
    expect(again.map((r) => r.reminders)).toEqual([0, 0]);

    const [mail] = await outboxOf(people.reporter!.id);
    expect(await outboxOf(people.reporter!.id)).toHaveLength(1);
    expect(mail!.dedupeKey).toBe(
      `reminder:${cycleId}:submission-due:2023-02-28:3:${health}:${people.reporter!.id}`,
    );
    expect(mail).toMatchObject({
      status: "pending",
      toAddress: "canbo.yte@example.vn",
      cycleId,
      agencyId: health,
    });
    expect(mail!.subject).toContain("28/02/2023");
    expect(mail!.body).toContain("còn 3 ngày");

    // The head has no address: the message is kept, unsent, with the reason.
    const [headMail] = await outboxOf(people.head!.id);
    expect(headMail).toMatchObject({ status: "unsent", lastError: "Người nhận chưa có địa chỉ e-mail" });
    const headNotes = await db.select().from(notifications).where(eq(notifications.userId, people.head!.id));
    expect(headNotes).toHaveLength(1);

    const audit = await db.select().from(auditEvents).where(eq(auditEvents.type, "reminder.queued"));
    expect(audit).toHaveLength(2);
    expect(audit[0]!.actorUsername).toBe("system:reminders");
  });

  it("sends the nearest step only, and nothing more on the deadline day", async () => {
    const run = await queueDueReminders(db, days(2));
    expect(run.reminders).toBe(2);
    const keys = (await outboxOf(people.reporter!.id)).map((m) => m.dedupeKey.split(":")[4]);
    expect(keys.sort()).toEqual(["1", "3"]);
    expect((await queueDueReminders(db, days(3))).reminders).toBe(0);
  });

  it("tells late agencies, and the coordinator and leader which ones are late", async () => {
    await db.update(submissions).set({ status: "submitted" }).where(eq(submissions.agencyId, finance));
    const run = await queueDueReminders(db, days(4));
    expect(run.reminders).toBe(2);
    const [summary] = (await outboxOf(people.leader!.id)).filter(
      (m) => m.kind === "reminder.overdue_summary",
    );
    expect(summary!.body).toContain("Sở Y tế");
    expect(summary!.body).not.toContain("Sở Tài chính");
    const financeKinds = (await outboxOf(people.financeReporter!.id)).map((m) => m.kind);
    expect(financeKinds).not.toContain("reminder.submission_overdue");
  });
});

describe("delivery over SMTP", () => {
  it("sends each pending message once, even with two deliveries at the same time", async () => {
    const pending = await db.select().from(outboxMessages).where(eq(outboxMessages.status, "pending"));
    expect(pending.length).toBeGreaterThanOrEqual(4);
    const reports = await Promise.all([deliverDue(db, delivery), deliverDue(db, delivery)]);
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(pending.length);
    expect(smtp.received).toHaveLength(pending.length);
    const recipients = smtp.received.flatMap((m) => m.to);
    expect(recipients.sort()).toEqual(pending.map((m) => m.toAddress).sort());

    const rows = await db.select().from(outboxMessages).where(eq(outboxMessages.status, "sent"));
    expect(rows).toHaveLength(pending.length);
    expect(rows.every((r) => r.sentAt !== null && r.attempts === 1)).toBe(true);
    expect((await deliverDue(db, delivery)).sent).toBe(0);

    const toReporter = decodeMail(smtp.received.find((m) => m.to.includes("canbo.yte@example.vn"))!.data);
    expect(toReporter).toContain(
      `Xem trên PEPI Hub: https://pepi.example/cycles/${cycleId}/agencies/${health}`,
    );
    expect(toReporter).toContain("[PEPI Hub] Hạn gửi số liệu 28/02/2023");
    expect(toReporter).toContain("Sở Y tế: số liệu kỳ đánh giá năm 2022");
  });

  it("retries a refused message later and marks it failed after the last attempt", async () => {
    await person("bounce", "reporter", health, "bounce.yte@example.vn");
    await queueNotification(db, {
      recipients: { userIds: [people.bounce!.id] },
      kind: "test.notice",
      title: "Thư thử",
      body: "Nội dung thử",
      dedupeKey: "test:bounce",
    });
    const before = smtp.received.length;
    const row = await messageOf(people.bounce!.id, "test:bounce");
    const now = new Date();
    expect(await deliverDue(db, delivery, now)).toEqual({ sent: 0, retried: 1, failed: 0 });
    const afterFirst = await messageOf(people.bounce!.id, "test:bounce");
    expect(afterFirst).toMatchObject({ status: "pending", attempts: 1 });
    expect(afterFirst!.lastError).toMatch(/550/);
    expect(afterFirst!.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());
    // Not yet due: the same moment claims nothing.
    expect(await deliverDue(db, delivery, now)).toEqual({ sent: 0, retried: 0, failed: 0 });

    expect((await deliverDue(db, delivery, days(1, now))).retried).toBe(1);
    expect((await deliverDue(db, delivery, days(2, now))).failed).toBe(1);
    const last = await messageOf(people.bounce!.id, "test:bounce");
    expect(last).toMatchObject({ id: row!.id, status: "failed", attempts: 3 });
    expect((await deliverDue(db, delivery, days(3, now))).failed).toBe(0);
    expect(smtp.received.length).toBe(before);
  });

  it("sends a message whose first attempt met a temporary refusal", async () => {
    await person("flaky", "reporter", health, "flaky.yte@example.vn");
    await queueNotification(db, {
      recipients: { agencyId: health, roles: ["reporter"] },
      kind: "test.notice",
      title: "Thư thử lại",
      body: "Nội dung",
      dedupeKey: "test:flaky",
    });
    const now = new Date();
    await deliverDue(db, delivery, now);
    const retry = await messageOf(people.flaky!.id, "test:flaky");
    expect(retry).toMatchObject({ status: "pending", attempts: 1 });
    expect(retry!.lastError).toMatch(/451/);
    await deliverDue(db, delivery, days(1, now));
    const sent = await messageOf(people.flaky!.id, "test:flaky");
    expect(sent).toMatchObject({ status: "sent", attempts: 2, lastError: null });
  });
});

describe("the worker", () => {
  it("queues and delivers on its own timer, and stops cleanly", async () => {
    await person("worker", "reporter", finance, "worker.tc@example.vn");
    await queueNotification(db, {
      recipients: { userIds: [people.worker!.id] },
      kind: "test.notice",
      title: "Thư của bộ chạy nền",
      body: "…",
      dedupeKey: "test:worker",
    });
    const log = { info: () => {}, warn: () => {}, error: (e: unknown) => expect.unreachable(String(e)) };
    const transport = smtpTransport(`smtp://127.0.0.1:${smtp.port}`, from);
    const worker = startMailWorker({
      db,
      intervalMs: 3600_000,
      reminderDaysBefore: [7, 3, 1],
      delivery: { transport, maxAttempts: 3 },
      log,
    });
    try {
      await expect
        .poll(async () => (await outboxOf(people.worker!.id))[0]!.status, { timeout: 20_000, interval: 100 })
        .toBe("sent");
    } finally {
      await worker.stop();
    }
    expect(smtp.received.filter((m) => m.to.includes("worker.tc@example.vn"))).toHaveLength(1);
  });
});

describe("without SMTP", () => {
  it("queues reminders in the worker's pass but sends nothing; the outbox shows them pending", async () => {
    const log = { info: () => {}, warn: () => {}, error: (e: unknown) => expect.unreachable(String(e)) };
    const before = smtp.received.length;
    // Eleven days late: the second weekly overdue reminder.
    await runWorkerPass({ db, reminderDaysBefore: [7, 3, 1], delivery: null, log }, days(11));
    expect(smtp.received.length).toBe(before);
    const page = await client("admin").get("/api/admin/outbox?status=pending");
    expect(page.statusCode).toBe(200);
    const body = page.json();
    expect(body.mailEnabled).toBe(false);
    const weekly = body.items.filter((m: { kind: string }) => m.kind === "reminder.submission_overdue");
    expect(weekly.map((m: { recipient: { userId: string } }) => m.recipient.userId)).toContain(
      people.reporter!.id,
    );
    expect(weekly[0]).toMatchObject({ status: "pending", attempts: 0, canResend: false, uncertain: false });
  });
});

describe("the outbox", () => {
  it("is refused to a reporter, an agency head and a leader", async () => {
    for (const who of ["reporter", "head", "leader"]) {
      expect((await client(who).get("/api/admin/outbox")).statusCode).toBe(403);
      const [row] = await outboxOf(people.bounce!.id);
      const resend = await client(who).post(`/api/admin/outbox/${row!.id}/resend`);
      expect(resend.statusCode).toBe(403);
    }
  });

  it("lets the coordinator send a failed message again, audited", async () => {
    await db.update(users).set({ email: "yte.moi@example.vn" }).where(eq(users.id, people.bounce!.id));
    const row = await messageOf(people.bounce!.id, "test:bounce");
    const failed = (await client("coordinator").get("/api/admin/outbox?status=failed")).json();
    expect(failed.items.find((m: { id: string }) => m.id === row!.id)).toMatchObject({ canResend: true });

    const response = await client("coordinator").post(`/api/admin/outbox/${row!.id}/resend`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: "pending",
      attempts: 0,
      toAddress: "yte.moi@example.vn",
    });
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.type, "outbox.resent"), eq(auditEvents.entityId, row!.id)));
    expect(event).toMatchObject({ entityType: "outbox" });
    expect(event!.before).toMatchObject({ status: "failed", attempts: 3 });

    await deliverDue(db, delivery);
    expect(smtp.received.filter((m) => m.to.includes("yte.moi@example.vn"))).toHaveLength(1);
    const again = await client("coordinator").post(`/api/admin/outbox/${row!.id}/resend`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("INVALID_TRANSITION");
  });

  it("sends a message without address only once the person has one", async () => {
    const unsent = (await outboxOf(people.head!.id)).find((m) => m.status === "unsent");
    const refused = await client("admin").post(`/api/admin/outbox/${unsent!.id}/resend`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain("chưa có địa chỉ e-mail");
    await db.update(users).set({ email: "lanhdao.yte@example.vn" }).where(eq(users.id, people.head!.id));
    const resent = await client("admin").post(`/api/admin/outbox/${unsent!.id}/resend`);
    expect(resent.json()).toMatchObject({ status: "pending", toAddress: "lanhdao.yte@example.vn" });
    const missing = await client("admin").post(
      "/api/admin/outbox/00000000-0000-4000-8000-000000000000/resend",
    );
    expect(missing.statusCode).toBe(404);
  });

  it("shows a message left `sending` by a stopped worker as uncertain, never sends it by itself", async () => {
    const row = await messageOf(people.flaky!.id, "test:flaky");
    const longAgo = new Date(Date.now() - 3600_000);
    await db
      .update(outboxMessages)
      .set({ status: "sending", sentAt: null, nextAttemptAt: longAgo })
      .where(eq(outboxMessages.id, row!.id));
    await deliverDue(db, delivery, days(30, new Date()));
    // Not claimed again: still `sending`, with the attempts it had (other messages may go).
    const [after] = await db.select().from(outboxMessages).where(eq(outboxMessages.id, row!.id));
    expect(after).toMatchObject({ status: "sending", attempts: row!.attempts, sentAt: null });

    const page = (await client("admin").get("/api/admin/outbox?status=uncertain")).json();
    expect(page.items.map((m: { id: string }) => m.id)).toEqual([row!.id]);
    expect(page.items[0]).toMatchObject({ status: "sending", uncertain: true, canResend: true });
    expect((await client("admin").post(`/api/admin/outbox/${row!.id}/resend`)).statusCode).toBe(200);

    // A claim of a moment ago may still be on its way: not resendable.
    await db
      .update(outboxMessages)
      .set({ status: "sending", nextAttemptAt: new Date() })
      .where(eq(outboxMessages.id, row!.id));
    expect((await client("admin").post(`/api/admin/outbox/${row!.id}/resend`)).statusCode).toBe(409);
  });
});

describe("notifications", () => {
  it("shows each person only their own, newest first, with the unread count", async () => {
    const mine = (await client("reporter").get("/api/notifications")).json();
    const own = await db.select().from(notifications).where(eq(notifications.userId, people.reporter!.id));
    expect(mine.items.map((n: { id: string }) => n.id).sort()).toEqual(own.map((n) => n.id).sort());
    expect(mine.unread).toBe(own.length);
    const times = mine.items.map((n: { createdAt: string }) => n.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(mine.items[0].link).toMatch(/^\/cycles\//);

    const leaders = (await client("leader").get("/api/notifications")).json();
    expect(leaders.items.length).toBeGreaterThan(0);
    expect(leaders.items.some((n: { id: string }) => own.some((o) => o.id === n.id))).toBe(false);
  });

  it("marks one's own read, refuses another person's as not found", async () => {
    const [theirs] = await db.select().from(notifications).where(eq(notifications.userId, people.leader!.id));
    const refused = await client("reporter").post(`/api/notifications/${theirs!.id}/read`);
    expect(refused.statusCode).toBe(404);
    expect(refused.json().error.code).toBe("NOT_FOUND");
    const [still] = await db.select().from(notifications).where(eq(notifications.id, theirs!.id));
    expect(still!.readAt).toBeNull();

    const before = (await client("reporter").get("/api/notifications")).json();
    const read = await client("reporter").post(`/api/notifications/${before.items[0].id}/read`);
    expect(read.json()).toEqual({ unread: before.unread - 1 });
    expect((await client("reporter").post("/api/notifications/read-all")).json()).toEqual({ unread: 0 });
    expect((await client("reporter").get("/api/notifications")).json().unread).toBe(0);
    expect((await client("leader").get("/api/notifications")).json().unread).toBeGreaterThan(0);
  });

  it("queues nothing twice when a service repeats itself", async () => {
    const input = {
      recipients: { roles: ["coordinator" as const] },
      kind: "cycle.sent_for_approval",
      title: "Đã trình phê duyệt",
      body: "…",
      dedupeKey: `cycle:${cycleId}:sent-for-approval:1`,
      cycleId,
    };
    expect((await queueNotification(db, input)).userIds).toEqual([people.coordinator!.id]);
    expect((await queueNotification(db, input)).userIds).toEqual([]);
    const rows = await db
      .select()
      .from(outboxMessages)
      .where(like(outboxMessages.dedupeKey, `cycle:${cycleId}:sent-for-approval:1:%`));
    expect(rows).toHaveLength(1);
  });
});
