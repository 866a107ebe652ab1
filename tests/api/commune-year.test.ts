// A year of a merged province whose "UBND cấp xã" are 150 communes, wards and special zones: each
// reports its own part and sends it; the province's figure is the sum of the parts, and the
// coordinator's breakdown and dashboard name the communes that have not sent theirs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Agency } from "../../src/contracts/agencies.js";
import type { CycleDetail, Dashboard, ElementParts } from "../../src/contracts/cycles.js";
import { saveValues } from "../../src/server/features/cycles/values.service.js";
import { runSubmissionCommand } from "../../src/server/features/cycles/workflow.service.js";
import { systemContext } from "../../src/server/platform/audit.js";
import { createTestApp, signedInClient, type TestApp } from "../support/app.js";
import { makeUser } from "../support/factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const communeFile = () => {
  const rows = ["Mã,Tên,Loại"];
  for (let n = 1; n <= 150; n++)
    rows.push(
      `${String(26000 + n)},${n <= 130 ? `Xã Số ${n}` : `Phường Số ${n}`},${n <= 130 ? "Xã" : "Phường"}`,
    );
  return Buffer.from(`\uFEFF${rows.join("\r\n")}\r\n`);
};

describe("a year with 150 communes", () => {
  it("goes through submission, and the province's figure is the sum of the communes' parts", async () => {
    const admin = await signedInClient(t, "admin");
    expect((await admin.post("/api/setup/province", { provinceCode: "VN34-tinh-lam-dong" })).statusCode).toBe(
      200,
    );
    const imported = await admin.upload(
      "/api/setup/communes",
      {},
      { name: "ds-xa.csv", content: communeFile() },
    );
    expect(imported.statusCode, imported.body).toBe(200);
    const communes = ((await admin.get("/api/agencies")).json().items as Agency[])
      .filter((a) => a.kind === "commune_committee")
      .sort((a, b) => a.code.localeCompare(b.code));
    expect(communes).toHaveLength(150);

    const coordinator = await signedInClient(t, "coordinator");
    const units: { id: string; code: string }[] = (await admin.get("/api/org-units?level=province")).json()
      .items;
    const opened = await coordinator.post("/api/cycles", {
      frameworkCode: "PEPI-383",
      orgUnitId: units.find((u) => u.code === "VN34-tinh-lam-dong")!.id,
      year: 2025,
      deadlines: { submissionDue: "2026-02-20" },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const cycle = opened.json() as CycleDetail;
    const ownFigures = (agencyId: string) =>
      cycle.assignments.filter((a) => a.agency.id === agencyId).map((a) => a.elementCode);
    const element = "solid_waste_generated_t_day";
    expect(ownFigures(communes[0]!.id)).toContain(element);

    // Three communes through the API as their reporters would; the others through the same services.
    const valuesOf = (agencyId: string, n: number) =>
      ownFigures(agencyId).map((code) => ({
        element: code,
        number: code === element ? `${n},5` : "1",
        baseVersion: null,
      }));
    for (const [i, commune] of communes.slice(0, 3).entries()) {
      const reporter = await signedInClient(t, "reporter", commune.id);
      const url = `/api/cycles/${cycle.id}/agencies/${commune.id}`;
      const saved = await reporter.put(`${url}/values`, { values: valuesOf(commune.id, i + 1) });
      expect(saved.statusCode, saved.body).toBe(200);
      const sent = await reporter.post(`${url}/submit`, {});
      expect(sent.statusCode, sent.body).toBe(200);
    }
    for (const [i, commune] of communes.slice(3, 148).entries()) {
      const user = await makeUser(t.database.db, "reporter", commune.id);
      const who = {
        ...systemContext("test"),
        actor: { userId: user.id, role: "reporter" as const, agencyId: commune.id },
        displayName: user.username,
      };
      await saveValues(t.database.db, cycle.id, commune.id, valuesOf(commune.id, i + 4), who);
      await runSubmissionCommand(t.database.db, cycle.id, commune.id, "submit", who);
    }

    const parts: ElementParts = (
      await coordinator.get(`/api/cycles/${cycle.id}/elements/${element}/parts`)
    ).json();
    // 1,5 + 2,5 + … + 148,5: the parts of the 148 communes that reported; two have not.
    const expected = Array.from({ length: 148 }, (_, i) => i + 1.5).reduce((a, b) => a + b, 0);
    expect(parts.total).toBeCloseTo(expected, 6);
    expect(parts.missing).toBe(2);
    expect(parts.parts.filter((p) => p.state === "missing").map((p) => p.agency.name)).toEqual([
      "UBND phường Số 149",
      "UBND phường Số 150",
    ]);

    const dashboard: Dashboard = (await coordinator.get(`/api/cycles/${cycle.id}/dashboard`)).json();
    const ofCommunes = dashboard.agencies.filter((a) => communes.some((c) => c.id === a.agency.id));
    expect(ofCommunes.filter((a) => a.status === "submitted")).toHaveLength(148);
    expect(
      ofCommunes.filter((a) => a.status === "draft" && a.filled === 0).map((a) => a.agency.name),
    ).toEqual(["UBND phường Số 149", "UBND phường Số 150"]);
  });
});
