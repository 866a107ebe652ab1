// Figures arriving from many agencies reach the coordinator as one message a day, kept up to date,
// and one e-mail a day: not one per agency (a province of 150 communes filled the bell with 99+).
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifications, outboxMessages } from "../../src/server/db/schema.js";
import * as cycles from "../../src/server/features/cycles/cycles.repo.js";
import { digestSubmission } from "../../src/server/features/cycles/submissions-digest.js";
import { createTestApp, type TestApp } from "../support/app.js";
import { makeCycle, makeCycleProvince } from "../support/cycle-factories.js";
import { makeUser } from "../support/factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("the coordinator's digest of arriving figures", () => {
  it("is one message and one e-mail a day, saying again who has sent each time one more does", async () => {
    const db = t.database.db;
    const { provinceId, agencies } = await makeCycleProvince(db);
    const cycleId = await makeCycle(db, provinceId, { year: 2023 });
    const coordinator = await makeUser(db, "coordinator");
    const send = async (agencyId: string, at: Date) => {
      const submission = (await cycles.findSubmission(db, cycleId, agencyId))!;
      await cycles.updateSubmission(db, submission.id, {
        status: "submitted",
        submittedAt: at,
        firstSubmittedAt: at,
      });
      await digestSubmission(db, { id: cycleId, year: 2023 }, at);
    };
    const mine = () =>
      db
        .select()
        .from(notifications)
        .where(
          and(
            eq(notifications.userId, coordinator.id),
            eq(notifications.kind, "submission.submitted_digest"),
          ),
        );

    const morning = new Date("2026-12-07T02:00:00Z");
    await send(agencies.construction, morning);
    await db.update(notifications).set({ readAt: morning }).where(eq(notifications.userId, coordinator.id));
    await send(agencies.health, new Date("2026-12-07T04:00:00Z"));
    const [today, ...others] = await mine();
    expect(others).toEqual([]);
    expect(today).toMatchObject({ title: "2 cơ quan đã gửi số liệu năm 2023 hôm nay", readAt: null });
    expect(today!.body).toBe("Hôm nay đã gửi, chờ thẩm định: Sở Xây dựng; Sở Y tế.");
    const mails = await db.select().from(outboxMessages).where(eq(outboxMessages.userId, coordinator.id));
    expect(mails).toHaveLength(1);

    // The next day starts a new message.
    await send(agencies.industry, new Date("2026-12-08T03:00:00Z"));
    expect((await mine()).map((n) => n.title).sort()).toEqual([
      "1 cơ quan đã gửi số liệu năm 2023 hôm nay",
      "2 cơ quan đã gửi số liệu năm 2023 hôm nay",
    ]);
  });
});
