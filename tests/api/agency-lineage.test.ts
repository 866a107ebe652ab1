// An agency merged into another keeps its history: after 2025 Sở Giao thông vận tải is part of Sở
// Xây dựng, and what it reported before is Sở Xây dựng's part of last year.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AgencyForm } from "../../src/contracts/cycles.js";
import { agencies } from "../../src/server/db/schema.js";
import { createAgency } from "../../src/server/features/agencies/agencies.service.js";
import { systemContext } from "../../src/server/platform/audit.js";
import { createTestApp, signedInClient, type TestApp } from "../support/app.js";
import { makeAssignedCycle, makeCycleProvince } from "../support/cycle-factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const codeOf = async (id: string) =>
  (await t.database.db.select({ code: agencies.code }).from(agencies).where(eq(agencies.id, id)))[0]!.code;

describe("an agency merged into another", () => {
  it("is found under its successor's line, and a line that comes back is refused", async () => {
    const db = t.database.db;
    const province = await makeCycleProvince(db);
    const { construction, communeA } = province.agencies;
    const transport = await createAgency(
      db,
      {
        code: "SGTVT-TEST",
        name: "Sở Giao thông vận tải",
        kind: "department",
        orgUnitId: province.provinceId,
        hasHeadSignOff: false,
      },
      systemContext("test"),
    );
    const element = "solid_waste_generated_t_day";
    const history = await makeAssignedCycle(
      db,
      province.provinceId,
      { [transport]: [element] },
      { year: 2022, kind: "history" },
    );
    const coordinator = await signedInClient(t, "coordinator");
    const imported = await coordinator.post(`/api/cycles/${history}/history-import`, {
      fileName: "nam-2022.csv",
      content: [
        `ma;gia_tri;co_quan`,
        `${element};7;${await codeOf(transport)}`,
        `${element};12,5;${await codeOf(communeA)}`,
      ].join("\r\n"),
    });
    expect(imported.statusCode, imported.body).toBe(200);

    const admin = await signedInClient(t, "admin");
    const self = await admin.patch(`/api/agencies/${transport}`, { successorAgencyId: transport });
    expect(self.statusCode).toBe(400);
    expect(self.json().error.details[0]).toMatchObject({ field: "successorAgencyId" });
    const merged = await admin.patch(`/api/agencies/${transport}`, { successorAgencyId: construction });
    expect(merged.statusCode, merged.body).toBe(200);
    expect((await admin.get(`/api/agencies/${transport}`)).json().successorAgencyId).toBe(construction);
    const back = await admin.patch(`/api/agencies/${construction}`, { successorAgencyId: transport });
    expect(back.statusCode).toBe(400);
    expect(back.json().error.details[0].message).toContain("đã sáp nhập");
    const coordinatorMay = await coordinator.patch(`/api/agencies/${transport}`, { successorAgencyId: null });
    expect(coordinatorMay.statusCode).toBe(403);

    const current = await makeAssignedCycle(db, province.provinceId, { [construction]: [element] });
    const reporter = await signedInClient(t, "reporter", construction);
    const form: AgencyForm = (
      await reporter.get(`/api/cycles/${current}/agencies/${construction}/form`)
    ).json();
    // Sở Xây dựng reported nothing in 2022: its part is the 7 t/day Sở Giao thông vận tải reported.
    expect(form.elements.find((e) => e.code === element)?.lastYear).toBe(7);
    const commune = await signedInClient(t, "reporter", communeA);
    const communeForm: AgencyForm = (
      await commune.get(`/api/cycles/${current}/agencies/${communeA}/form`)
    ).json();
    expect(communeForm.elements.find((e) => e.code === element)?.lastYear).toBe(12.5);
  });
});
