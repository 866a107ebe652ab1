// The Ministry's appraisal staff read a province's dossiers and results once the cycle is sent
// to the Ministry (the README's roles table), and nothing of a cycle before that.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cycles } from "../../src/server/db/schema.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { makeCycle, makeCycleProvince } from "../support/cycle-factories.js";

let t: TestApp;
let ministry: TestClient;
let sent: string;
let unsent: string;
beforeAll(async () => {
  t = await createTestApp();
  const province = await makeCycleProvince(t.database.db);
  sent = await makeCycle(t.database.db, province.provinceId, { year: 2022 });
  unsent = await makeCycle(t.database.db, province.provinceId, { year: 2023 });
  await t.database.db.update(cycles).set({ status: "sent_to_ministry" }).where(eq(cycles.id, sent));
  ministry = await signedInClient(t, "ministry_viewer");
});
afterAll(() => t.close());

describe("the ministry viewer", () => {
  it("lists only the cycles sent to the Ministry", async () => {
    const ids = (await ministry.get("/api/cycles")).json().items.map((c: { id: string }) => c.id);
    expect(ids).toContain(sent);
    expect(ids).not.toContain(unsent);
    expect((await ministry.get("/api/auth/me")).json().permissions).toEqual(
      expect.arrayContaining(["cycle.read", "document.read"]),
    );
  });

  it("reads a sent cycle, its report and its dossier, but writes nothing", async () => {
    const detail = await ministry.get(`/api/cycles/${sent}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().allowedActions).toEqual(["document.read"]);
    for (const url of [
      `/api/cycles/${sent}/documents/report.docx`,
      `/api/cycles/${sent}/documents/dossier`,
      `/api/cycles/${sent}/documents/report/draft`,
    ])
      expect((await ministry.get(url)).statusCode, url).toBe(200);
    const edit = await ministry.put(`/api/cycles/${sent}/documents/report/draft`, {
      fields: {},
      rowVersion: null,
    });
    expect(edit.statusCode).toBe(403);
  });

  it("reads nothing of a cycle not yet sent, on any of the API document's cycle pages", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/api/docs/json" })).json();
    const cyclePaths = Object.entries<Record<string, unknown>>(doc.paths)
      .filter(([path, item]) => /^\/api\/cycles\/\{(id|cycleId)\}/.test(path) && "get" in item)
      .map(([path]) => path);
    expect(cyclePaths.length).toBeGreaterThan(10);
    const answers: string[] = [];
    for (const path of cyclePaths) {
      const url = path
        .replace(/\{(id|cycleId)\}/, unsent)
        .replace("{agencyId}", crypto.randomUUID())
        .replace("{kind}", "report");
      const response = await ministry.get(url);
      if (response.statusCode !== 403) answers.push(`${path} → ${response.statusCode}`);
    }
    expect(answers).toEqual([]);
  });
});
