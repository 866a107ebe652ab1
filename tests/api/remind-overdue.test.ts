// The coordinator reminds every late agency in one action: each agency that sent nothing after the
// deadline is told (at most once a day), one with no account is named for a phone call instead.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RemindOverdueResult } from "../../src/contracts/cycles.js";
import { createTestApp, signedInClient, type TestApp } from "../support/app.js";
import { makeCycle, makeCycleProvince } from "../support/cycle-factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("reminding the late agencies", () => {
  it("tells each agency that sent nothing past the deadline, once a day, and names those with no account", async () => {
    const { provinceId, agencies } = await makeCycleProvince(t.database.db);
    const cycleId = await makeCycle(t.database.db, provinceId, { year: 2023 });
    const coordinator = await signedInClient(t, "coordinator");
    const builder = await signedInClient(t, "reporter", agencies.construction);
    const health = await signedInClient(t, "reporter", agencies.health);

    const url = `/api/cycles/${cycleId}/remind-overdue`;
    expect((await builder.post(url)).statusCode).toBe(403);
    const first = await coordinator.post(url);
    expect(first.statusCode, first.body).toBe(200);
    const result: RemindOverdueResult = first.json();
    expect(result.reminded).toBe(2);
    expect(result.people).toBe(2);
    expect(result.withoutAccounts).toContain("Thống kê tỉnh");

    const notices = (await builder.get("/api/notifications")).json().items as {
      title: string;
      body: string;
    }[];
    expect(notices.map((n) => n.title)).toEqual([expect.stringMatching(/^Quá hạn gửi số liệu [\d.]+ ngày$/)]);
    expect((await health.get("/api/notifications")).json().items).toHaveLength(1);

    const again: RemindOverdueResult = (await coordinator.post(url)).json();
    expect(again).toMatchObject({ reminded: 0, people: 0, alreadyToday: 2 });
    expect((await builder.get("/api/notifications")).json().items).toHaveLength(1);
  });
});
