// The yearly cycle through the HTTP API: opening a year, assignments, an agency's form, saving
// figures with their checks and versions, and who may do what.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AgencyForm, CycleDetail } from "../../src/contracts/cycles.js";
import type { Role } from "../../src/domain/auth/roles.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { makeCycle, makeCycleProvince, type ProvinceAgencies } from "../support/cycle-factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const signedIn = (role: Role, agencyId: string | null = null) => signedInClient(t, role, agencyId);

async function formOf(client: TestClient, cycleId: string, agencyId: string): Promise<AgencyForm> {
  const response = await client.get(`/api/cycles/${cycleId}/agencies/${agencyId}/form`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

describe("opening a cycle", () => {
  it("generates assignments from the framework's agencies, with communes reporting parts", async () => {
    const { provinceId, agencies } = await makeCycleProvince(t.database.db);
    const coordinator = await signedIn("coordinator");
    const response = await coordinator.post("/api/cycles", {
      frameworkCode: "PEPI-2782",
      orgUnitId: provinceId,
      year: 2023,
      deadlines: {
        submissionDue: "2024-02-20",
        reviewDue: "2024-03-10",
        approvalDue: null,
        ministryDue: "2024-03-30",
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const cycle: CycleDetail = response.json();
    expect(cycle.editionCode).toBe("2021");
    expect(cycle.status).toBe("open");
    const reporterOf = (element: string) =>
      cycle.assignments.filter((a) => a.elementCode === element).map((a) => a.agency.id);
    expect(reporterOf("public_transport_vehicles")).toEqual([agencies.construction]);
    expect(reporterOf("urban_population")).toEqual([agencies.statistics]);
    expect(reporterOf("urban_water_supplied_m3")).toEqual([agencies.water]);
    // "UBND cấp xã, Sở Xây dựng": each commune reports its part, summed by the province.
    expect(reporterOf("solid_waste_generated_t_day").sort()).toEqual(
      [agencies.communeA, agencies.communeB].sort(),
    );
    expect(cycle.assignments.find((a) => a.agency.id === agencies.communeA)?.note).toContain("Phần của");
    // The satisfaction score comes from the Ministry's survey: nobody in the province reports it.
    expect(cycle.unassigned.map((u) => u.code)).toContain("satisfaction_points");
    expect(cycle.submissions.every((s) => s.status === "draft")).toBe(true);
    expect(cycle.submissions.find((s) => s.agency.id === agencies.construction)?.needsSignOff).toBe(true);

    const again = await coordinator.post("/api/cycles", {
      frameworkCode: "PEPI-2782",
      orgUnitId: provinceId,
      year: 2023,
      deadlines: { submissionDue: "2024-02-20" },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("CYCLE_EXISTS");
  });

  it("refuses deadlines before the data cut-off or out of order, saying which", async () => {
    const { provinceId } = await makeCycleProvince(t.database.db);
    const coordinator = await signedIn("coordinator");
    const response = await coordinator.post("/api/cycles", {
      frameworkCode: "PEPI-2782",
      orgUnitId: provinceId,
      year: 2023,
      deadlines: {
        submissionDue: "2023-12-01",
        reviewDue: "2023-11-01",
        approvalDue: null,
        ministryDue: null,
      },
    });
    expect(response.statusCode).toBe(400);
    const details = response.json().error.details as { field: string; message: string }[];
    expect(details.map((d) => d.field)).toEqual(["deadlines.submissionDue", "deadlines.reviewDue"]);
    expect(details[0]!.message).toContain("31/12/2023");
    expect(
      (await coordinator.get("/api/cycles"))
        .json()
        .items.some((c: { orgUnit: { id: string } }) => c.orgUnit.id === provinceId),
    ).toBe(false);
  });

  it("lets only coordinators and administrators open a cycle", async () => {
    const { provinceId, agencies } = await makeCycleProvince(t.database.db);
    for (const client of [await signedIn("reporter", agencies.construction), await signedIn("leader")]) {
      const response = await client.post("/api/cycles", {
        frameworkCode: "PEPI-2782",
        orgUnitId: provinceId,
        year: 2023,
        deadlines: { submissionDue: "2024-02-20" },
      });
      expect(response.statusCode).toBe(403);
    }
  });

  it("moves an element to another agency, and the moved value no longer counts", async () => {
    const { provinceId, agencies } = await makeCycleProvince(t.database.db);
    const cycleId = await makeCycle(t.database.db, provinceId);
    const coordinator = await signedIn("coordinator");
    const detail: CycleDetail = (await coordinator.get(`/api/cycles/${cycleId}`)).json();
    const vehicles = detail.assignments.find((a) => a.elementCode === "public_transport_vehicles")!;
    const moved = await coordinator.post(`/api/cycles/${cycleId}/assignments`, {
      add: [{ agencyId: agencies.industry, elementCode: "public_transport_vehicles" }],
      remove: [vehicles.id],
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const after: CycleDetail = moved.json();
    expect(
      after.assignments.filter((a) => a.elementCode === "public_transport_vehicles").map((a) => a.agency.id),
    ).toEqual([agencies.industry]);
    const industry = await signedIn("reporter", agencies.industry);
    const form = await formOf(industry, cycleId, agencies.industry);
    expect(form.elements.find((e) => e.code === "public_transport_vehicles")?.readOnly).toBe(false);
    const bad = await coordinator.post(`/api/cycles/${cycleId}/assignments`, {
      add: [{ agencyId: agencies.industry, elementCode: "no_such_element" }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe("add[0].elementCode");
  });
});

describe("an agency's form", () => {
  let cycleId: string;
  let agencies: ProvinceAgencies;
  beforeAll(async () => {
    const province = await makeCycleProvince(t.database.db);
    agencies = province.agencies;
    cycleId = await makeCycle(t.database.db, province.provinceId);
  });

  it("shows a reporter their own assignments by indicator, and nothing of another agency", async () => {
    const reporter = await signedIn("reporter", agencies.construction);
    const form = await formOf(reporter, cycleId, agencies.construction);
    expect(form.indicators.map((i) => i.code)).toContain("07");
    const vehicles = form.elements.find((e) => e.code === "public_transport_vehicles")!;
    expect(vehicles.readOnly).toBe(false);
    expect(vehicles.integer).toBe(true);
    // Urban population is the statistics office's figure: shown, not editable.
    expect(form.elements.find((e) => e.code === "urban_population")?.readOnly).toBe(true);
    expect(form.allowedActions).toContain("submission.edit");
    expect(form.allowedActions).not.toContain("submission.review");

    expect((await reporter.get(`/api/cycles/${cycleId}/agencies/${agencies.health}/form`)).statusCode).toBe(
      403,
    );
    const foreign = await reporter.put(`/api/cycles/${cycleId}/agencies/${agencies.health}/values`, {
      values: [{ element: "medical_hazardous_waste_generated_t", number: "5", baseVersion: null }],
    });
    expect(foreign.statusCode).toBe(403);
    const notMine = await reporter.put(`/api/cycles/${cycleId}/agencies/${agencies.construction}/values`, {
      values: [{ element: "urban_population", number: "5", baseVersion: null }],
    });
    expect(notMine.statusCode).toBe(403);
    expect(notMine.json().error.code).toBe("NOT_ASSIGNED");
    const detail: CycleDetail = (await reporter.get(`/api/cycles/${cycleId}`)).json();
    expect(detail.submissions.map((s) => s.agency.id)).toEqual([agencies.construction]);
    expect(detail.unassigned).toEqual([]);
  });

  it("reads both decimal notations, shows shared figures and computes the indicator live", async () => {
    const statistics = await signedIn("reporter", agencies.statistics);
    const saved = await statistics.put(`/api/cycles/${cycleId}/agencies/${agencies.statistics}/values`, {
      values: [
        { element: "urban_population", number: "450.000", baseVersion: null },
        { element: "rural_households", number: "1,234,567", baseVersion: null },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const construction = await signedIn("reporter", agencies.construction);
    const vehicles = await construction.put(
      `/api/cycles/${cycleId}/agencies/${agencies.construction}/values`,
      {
        values: [{ element: "public_transport_vehicles", number: "120", baseVersion: null }],
      },
    );
    expect(vehicles.statusCode, vehicles.body).toBe(200);
    const form = await formOf(construction, cycleId, agencies.construction);
    expect(form.elements.find((e) => e.code === "urban_population")?.number).toBe("450000");
    const line07 = form.indicators.find((i) => i.code === "07")!;
    expect(line07.value).toBeCloseTo(2.6667, 3);
    const statisticsForm = await formOf(statistics, cycleId, agencies.statistics);
    expect(statisticsForm.elements.find((e) => e.code === "rural_households")?.number).toBe("1234567");
  });

  it("refuses letters, negative and fractional counts with the field named, and stores nothing", async () => {
    const health = await signedIn("reporter", agencies.health);
    const url = `/api/cycles/${cycleId}/agencies/${agencies.health}/values`;
    const response = await health.put(url, {
      values: [
        { element: "medical_hazardous_waste_generated_t", number: "12,5", baseVersion: null },
        { element: "medical_hazardous_waste_treated_t", number: "mười", baseVersion: null },
      ],
    });
    expect(response.statusCode).toBe(400);
    const details = response.json().error.details as { field: string; message: string }[];
    expect(details).toEqual([
      {
        field: "values.medical_hazardous_waste_treated_t",
        message: expect.stringContaining("không phải là số"),
      },
    ]);
    const form = await formOf(health, cycleId, agencies.health);
    expect(form.elements.find((e) => e.code === "medical_hazardous_waste_generated_t")?.number).toBeNull();

    const statistics = await signedIn("reporter", agencies.statistics);
    const counts = await statistics.put(`/api/cycles/${cycleId}/agencies/${agencies.statistics}/values`, {
      values: [
        { element: "rural_households", number: "-3", baseVersion: null },
        { element: "population_total", number: "1.5", baseVersion: null },
      ],
    });
    expect(counts.statusCode).toBe(400);
    const messages = (counts.json().error.details as { field: string; message: string }[]).map(
      (d) => d.message,
    );
    expect(messages[0]).toContain("Không được âm");
    expect(messages[1]).toContain("số nguyên");
  });

  it("flags a treated amount above the amount generated", async () => {
    const health = await signedIn("reporter", agencies.health);
    const response = await health.put(`/api/cycles/${cycleId}/agencies/${agencies.health}/values`, {
      values: [
        { element: "medical_hazardous_waste_generated_t", number: "10", baseVersion: null },
        { element: "medical_hazardous_waste_treated_t", number: "12", baseVersion: null },
      ],
    });
    expect(response.statusCode, response.body).toBe(200);
    const form = await formOf(health, cycleId, agencies.health);
    const treated = form.elements.find((e) => e.code === "medical_hazardous_waste_treated_t")!;
    expect(treated.problems[0]).toContain("Không được lớn hơn");
    expect(form.issues.some((i) => i.field === "element:medical_hazardous_waste_treated_t")).toBe(true);
  });

  it("refuses a save from a stale version and keeps every version with who and why", async () => {
    const first = await signedIn("reporter", agencies.industry);
    const second = await signedIn("reporter", agencies.industry);
    const url = `/api/cycles/${cycleId}/agencies/${agencies.industry}/values`;
    const created = await first.put(url, {
      values: [{ element: "renewable_electricity_kwh", number: "83.108.003,5", baseVersion: null }],
    });
    expect(created.json().saved).toEqual([{ element: "renewable_electricity_kwh", version: 1 }]);
    const updated = await first.put(url, {
      values: [
        {
          element: "renewable_electricity_kwh",
          number: "90000000",
          baseVersion: 1,
          reason: "Số liệu EVN cập nhật",
        },
      ],
    });
    expect(updated.json().saved[0].version).toBe(2);
    // The second tab still has version 1 open.
    const stale = await second.put(url, {
      values: [{ element: "renewable_electricity_kwh", number: "1", baseVersion: 1 }],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("STALE_UPDATE");
    expect(stale.json().error.details[0].message).toContain("đã được sửa thành 90.000.000");
    // Saving the same figure again from a stale tab is no conflict and no new version.
    const same = await second.put(url, {
      values: [{ element: "renewable_electricity_kwh", number: "90.000.000", baseVersion: 1 }],
    });
    expect(same.json().saved[0].version).toBe(2);
    const history = await first.get(
      `/api/cycles/${cycleId}/agencies/${agencies.industry}/values/renewable_electricity_kwh/history`,
    );
    expect(
      history.json().versions.map((v: { number: string; reason: string | null }) => [v.number, v.reason]),
    ).toEqual([
      ["90000000", "Số liệu EVN cập nhật"],
      ["83108003.5", null],
    ]);
  });
});
