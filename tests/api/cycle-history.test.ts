// A past year entered afterwards, by hand or from a CSV file, becomes the comparison base.

import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AgencyForm } from "../../src/contracts/cycles.js";
import type { Role } from "../../src/domain/auth/roles.js";
import { agencies as agenciesTable } from "../../src/server/db/schema.js";
import { createTestApp, signedInClient, type TestApp } from "../support/app.js";
import { makeCycle, makeCycleProvince } from "../support/cycle-factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const signedIn = (role: Role, agencyId: string | null = null) => signedInClient(t, role, agencyId);

const agencyCode = async (id: string) =>
  (
    await t.database.db
      .select({ code: agenciesTable.code })
      .from(agenciesTable)
      .where(eq(agenciesTable.id, id))
  )[0]!.code;

describe("history years", () => {
  it("imports figures and indicator values from a semicolon CSV and compares this year with them", async () => {
    const province = await makeCycleProvince(t.database.db);
    const history = await makeCycle(t.database.db, province.provinceId, { year: 2022, kind: "history" });
    const coordinator = await signedIn("coordinator");
    const communeA = await agencyCode(province.agencies.communeA);
    const csv = [
      "ma;gia_tri;co_quan",
      "urban_population;400.000;",
      "public_transport_vehicles;80;",
      `solid_waste_generated_t_day;12,5;${communeA}`,
      "01;55,5;",
    ].join("\r\n");
    const imported = await coordinator.post(`/api/cycles/${history}/history-import`, {
      fileName: "nam-2022.csv",
      content: csv,
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toEqual({ elements: 3, indicators: 1 });

    const current = await makeCycle(t.database.db, province.provinceId, { year: 2023 });
    const reporter = await signedIn("reporter", province.agencies.construction);
    const form: AgencyForm = (
      await reporter.get(`/api/cycles/${current}/agencies/${province.agencies.construction}/form`)
    ).json();
    expect(form.elements.find((e) => e.code === "public_transport_vehicles")?.lastYear).toBe(80);
    // 80 vehicles per 400.000 urban residents: 2 per 10.000, computed from last year's figures.
    expect(form.indicators.find((i) => i.code === "07")?.lastYear).toBeCloseTo(2, 6);
    const commune = await signedIn("reporter", province.agencies.communeA);
    const communeForm: AgencyForm = (
      await commune.get(`/api/cycles/${current}/agencies/${province.agencies.communeA}/form`)
    ).json();
    expect(communeForm.elements.find((e) => e.code === "solid_waste_generated_t_day")?.lastYear).toBe(12.5);
  });

  it("refuses the whole file when one row is wrong, naming the line", async () => {
    const province = await makeCycleProvince(t.database.db);
    const history = await makeCycle(t.database.db, province.provinceId, { year: 2022, kind: "history" });
    const coordinator = await signedIn("coordinator");
    const csv =
      "ma,gia_tri\nurban_population,400000\nno_such_code,5\nsolid_waste_generated_t_day,3\npublic_transport_vehicles,abc\n";
    const response = await coordinator.post(`/api/cycles/${history}/history-import`, {
      fileName: "sai.csv",
      content: csv,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("CSV_INVALID");
    expect(response.json().error.details).toEqual([
      { field: "gia_tri", row: 5, message: expect.stringContaining("abc") },
    ]);
    const fixedNumbers = csv.replace("abc", "7");
    const second = await coordinator.post(`/api/cycles/${history}/history-import`, {
      fileName: "sai.csv",
      content: fixedNumbers,
    });
    expect(second.statusCode).toBe(400);
    expect(second.json().error.details.map((d: { row: number; field: string }) => [d.row, d.field])).toEqual([
      [3, "ma"],
      [4, "co_quan"],
    ]);
    const statistics = await signedIn("reporter", province.agencies.statistics);
    // Nothing of the refused files was kept.
    const form = await statistics.get(`/api/cycles/${history}/agencies/${province.agencies.statistics}/form`);
    expect(
      (form.json() as AgencyForm).elements.find((e) => e.code === "urban_population")?.number,
    ).toBeNull();
  });

  it("sets indicator values of a history year, but never of a year being assessed", async () => {
    const province = await makeCycleProvince(t.database.db);
    const history = await makeCycle(t.database.db, province.provinceId, { year: 2022, kind: "history" });
    const coordinator = await signedIn("coordinator");
    const set = await coordinator.put(`/api/cycles/${history}/baseline`, { indicators: { "07": 1.8 } });
    expect(set.statusCode, set.body).toBe(200);
    const current = await makeCycle(t.database.db, province.provinceId, { year: 2023 });
    const reporter = await signedIn("reporter", province.agencies.construction);
    const form: AgencyForm = (
      await reporter.get(`/api/cycles/${current}/agencies/${province.agencies.construction}/form`)
    ).json();
    expect(form.indicators.find((i) => i.code === "07")?.lastYear).toBe(1.8);
    const refused = await coordinator.put(`/api/cycles/${current}/baseline`, { indicators: { "07": 1 } });
    expect(refused.statusCode).toBe(400);
    const unknown = await coordinator.put(`/api/cycles/${history}/baseline`, { indicators: { "06": 1 } });
    expect(unknown.json().error.details[0].field).toBe("indicators.06");
    expect((await reporter.put(`/api/cycles/${history}/baseline`, { indicators: {} })).statusCode).toBe(403);
  });

  it("is the comparison base, read only for the agencies: no change, no explanation, nothing to send", async () => {
    const province = await makeCycleProvince(t.database.db);
    const history = await makeCycle(t.database.db, province.provinceId, { year: 2022, kind: "history" });
    const agency = province.agencies.construction;
    const path = `/api/cycles/${history}/agencies/${agency}`;
    const coordinator = await signedIn("coordinator");
    const entered = await coordinator.put(`${path}/values`, {
      values: [{ element: "public_transport_vehicles", number: "120", baseVersion: null }],
    });
    expect(entered.statusCode, entered.body).toBe(200);

    const reporter = await signedIn("reporter", agency);
    const form: AgencyForm = (await reporter.get(`${path}/form`)).json();
    expect(form.allowedActions).toEqual([]);
    const changed = await reporter.put(`${path}/values`, {
      values: [{ element: "public_transport_vehicles", number: "999", baseVersion: 1 }],
    });
    expect(changed.statusCode).toBe(409);
    expect(changed.json().error.code).toBe("HISTORY_READ_ONLY");
    expect(changed.json().error.message).toContain("Năm 2022 là năm cơ sở");
    const explained = await reporter.put(`${path}/explanations`, {
      subject: "indicator:07",
      body: "Giải trình",
      previousBody: "",
    });
    expect(explained.json().error.code).toBe("HISTORY_READ_ONLY");
    expect((await reporter.post(`${path}/submit`)).json().error.code).toBe("HISTORY_READ_ONLY");
    const kept = (await reporter.get(`${path}/form`)).json() as AgencyForm;
    expect(kept.elements.find((e) => e.code === "public_transport_vehicles")?.number).toBe("120");
  });
});
