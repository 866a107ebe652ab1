// The demonstration tells a believable story, dated from today: the current year collecting with
// its deadline ahead, the two before approved (the last one sent to the Ministry) with figures
// that move the way a real province's do, and people in several agencies.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CycleSummary } from "../../src/contracts/cycles.js";
import type { Standing } from "../../src/contracts/standing.js";
import { users } from "../../src/server/db/schema.js";
import { loadDemo } from "../../src/server/features/system/demo.service.js";
import { currentDemoYear } from "../../src/server/features/system/demo-years.js";
import { systemContext } from "../../src/server/platform/audit.js";
import { createTestApp, type TestApp, TestClient } from "../support/app.js";

let t: TestApp;
const today = new Date("2026-12-06T09:00:00+07:00");
beforeAll(async () => {
  t = await createTestApp();
  await loadDemo(t.database.db, "DemoPass2026", systemContext("test"), today);
});
afterAll(() => t.close());

async function signIn(username: string) {
  const client = new TestClient(t.app);
  expect((await client.login(username, "DemoPass2026")).statusCode).toBe(200);
  return client;
}

describe("the demonstration", () => {
  it("dates its years from today: collecting now with the deadline ahead, the two before approved", async () => {
    expect(currentDemoYear(today)).toBe(2026);
    expect(currentDemoYear(new Date("2027-03-01T09:00:00+07:00"))).toBe(2026);
    const coordinator = await signIn("demo.dieuphoi");
    const items = (await coordinator.get("/api/cycles")).json().items as CycleSummary[];
    const byYear = Object.fromEntries(items.map((c) => [c.year, c]));
    expect(byYear[2026]).toMatchObject({ status: "open", deadlines: { submissionDue: "2027-02-20" } });
    expect(byYear[2025]?.status).toBe("sent_to_ministry");
    expect(byYear[2024]?.status).toBe("approved");
  });

  it("gives the leader a trend over the approved years, compared by one method", async () => {
    const leader = await signIn("demo.lanhdao");
    const standing: Standing = (await leader.get("/api/standing")).json();
    const approved = standing.trend.filter((p) => p.own?.approved).map((p) => p.year);
    expect(approved).toEqual(expect.arrayContaining([2024, 2025]));
  });

  it("has people in several agencies, each seeing where their year stands", async () => {
    const reporters = (await t.database.db.select().from(users).where(eq(users.role, "reporter"))).filter(
      (u) => u.isDemo,
    );
    expect(reporters.length).toBeGreaterThanOrEqual(4);
    // The construction department is filling in this year's figures, not yet sent.
    const builder = await signIn("demo.xaydung");
    const mine = (await builder.get("/api/cycles")).json().items as CycleSummary[];
    const current = mine.find((c) => c.year === 2026)!;
    const agencyId = (await builder.get("/api/auth/me")).json().agency.id as string;
    const form = (await builder.get(`/api/cycles/${current.id}/agencies/${agencyId}/form`)).json();
    expect(form.submission.status).toBe("draft");
    expect(form.elements.find((e: { code: string }) => e.code === "public_transport_vehicles")?.number).toBe(
      "445",
    );
    const statistics = await signIn("demo.thongke");
    const items = (await statistics.get("/api/cycles")).json().items as CycleSummary[];
    expect(items.map((c) => c.year).sort()).toEqual([2024, 2025, 2026]);
  });
});
