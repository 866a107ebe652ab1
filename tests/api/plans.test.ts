// Improvement plans as issued: the coordinator records the province's plan and the department's
// plan that implements it, the cascade is seen both ways, a bad record is refused field by field,
// a stale edit is refused, and agencies read but never change a plan.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Plan } from "../../src/contracts/plans.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { makeAgency } from "../support/factories.js";

let t: TestApp;
let coordinator: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  coordinator = await signedInClient(t, "coordinator");
});
afterAll(() => t.close());

const province = {
  numberSymbol: "262/KH-UBND",
  issuedOn: "2023-06-15",
  issuer: "UBND tỉnh Bắc Giang",
  title: "Kế hoạch nâng cao Chỉ số xanh cấp tỉnh giai đoạn 2023-2025",
  periodFrom: 2023,
  periodTo: 2025,
  scope: "pgi",
  status: "issued",
};

describe("improvement plans", () => {
  it("records a plan and the one that implements it, the cascade seen both ways", async () => {
    const created = await coordinator.post("/api/plans", province);
    expect(created.statusCode, created.body).toBe(201);
    const parent: Plan = created.json();
    const child = await coordinator.post("/api/plans", {
      ...province,
      numberSymbol: "121/KH-STNMT",
      issuer: "Sở Tài nguyên và Môi trường tỉnh Bắc Giang",
      title: "Kế hoạch triển khai Kế hoạch số 262/KH-UBND",
      implementsPlanId: parent.id,
    });
    expect(child.statusCode, child.body).toBe(201);
    expect((child.json() as Plan).implements).toEqual({
      id: parent.id,
      title: province.title,
      numberSymbol: "262/KH-UBND",
    });
    const reread: Plan = (await coordinator.get(`/api/plans/${parent.id}`)).json();
    expect(reread.implementedBy.map((p) => p.numberSymbol)).toEqual(["121/KH-STNMT"]);

    // The province's plan cannot in turn implement the department's.
    const loop = await coordinator.patch(`/api/plans/${parent.id}`, {
      ...province,
      implementsPlanId: (child.json() as Plan).id,
      expectedRowVersion: reread.rowVersion,
    });
    expect(loop.statusCode).toBe(400);
    expect(loop.json().error.details[0]).toMatchObject({ field: "implementsPlanId" });
  });

  it("refuses a record that is not sound, field by field, and a stale edit", async () => {
    const bad = await coordinator.post("/api/plans", {
      ...province,
      numberSymbol: "",
      issuedOn: null,
      periodFrom: 2025,
      periodTo: 2023,
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(["issuedOn", "numberSymbol", "periodTo"]);
    const draft: Plan = (
      await coordinator.post("/api/plans", {
        ...province,
        numberSymbol: null,
        issuedOn: null,
        status: "draft",
      })
    ).json();
    const closing = await coordinator.patch(`/api/plans/${draft.id}`, {
      ...province,
      status: "closed",
      expectedRowVersion: draft.rowVersion,
    });
    expect(closing.statusCode).toBe(400);
    expect(closing.json().error.details[0]).toMatchObject({ field: "status" });

    const issued = await coordinator.patch(`/api/plans/${draft.id}`, {
      ...province,
      expectedRowVersion: draft.rowVersion,
    });
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json()).toMatchObject({ status: "issued", rowVersion: draft.rowVersion + 1 });
    const stale = await coordinator.patch(`/api/plans/${draft.id}`, {
      ...province,
      title: "Tên khác",
      expectedRowVersion: draft.rowVersion,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("STALE_UPDATE");
  });

  it("is read by agencies and leaders, changed by the coordinator only", async () => {
    const agency = await makeAgency(t.database.db, { name: "Sở Xây dựng thử" });
    const reporter = await signedInClient(t, "reporter", agency);
    const list = await reporter.get("/api/plans");
    expect(list.statusCode).toBe(200);
    expect(list.json().allowedActions).toEqual([]);
    expect((await reporter.post("/api/plans", province)).statusCode).toBe(403);
    const leader = await signedInClient(t, "leader");
    expect((await leader.get("/api/plans")).statusCode).toBe(200);
    expect((await leader.post("/api/plans", province)).statusCode).toBe(403);
  });
});
