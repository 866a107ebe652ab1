// Review: accepting figures settles their documents, a value changed since a return is marked,
// and every value marked "Cần làm rõ" is gathered in one list across agencies.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AgencyForm, EvidenceView, FollowUpList } from "../../src/contracts/cycles.js";
import { samplePdf } from "../../src/domain/files/samples.test-support.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { makeAssignedCycle, makeCycleProvince } from "../support/cycle-factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("reviewing an agency's figures", () => {
  let cycleId: string;
  let health: string;
  let industry: string;
  let reporter: TestClient;
  let coordinator: TestClient;
  const base = (agencyId = health) => `/api/cycles/${cycleId}/agencies/${agencyId}`;
  const form = async (): Promise<AgencyForm> => (await coordinator.get(`${base()}/form`)).json();

  beforeAll(async () => {
    const province = await makeCycleProvince(t.database.db);
    health = province.agencies.health;
    industry = province.agencies.industry;
    cycleId = await makeAssignedCycle(
      t.database.db,
      province.provinceId,
      {
        [health]: ["medical_hazardous_waste_generated_t", "medical_hazardous_waste_treated_t"],
        [industry]: ["renewable_electricity_kwh"],
      },
      { only: true },
    );
    reporter = await signedInClient(t, "reporter", health);
    coordinator = await signedInClient(t, "coordinator");
    const saved = await reporter.put(`${base()}/values`, {
      values: [
        { element: "medical_hazardous_waste_generated_t", number: "100", baseVersion: null },
        { element: "medical_hazardous_waste_treated_t", number: "90", baseVersion: null },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const uploaded = await reporter.upload(
      `/api/cycles/${cycleId}/agencies/${health}/evidence`,
      { indicatorCode: "09", docNumber: "12/BC-SYT", docDate: "2024-01-10", issuer: "" },
      { name: "Bao cao chat thai y te.pdf", content: samplePdf("y te") },
    );
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    expect((await reporter.post(`${base()}/submit`)).statusCode).toBe(200);
  });

  it("marks the values changed since the figures were returned", async () => {
    const returned = await coordinator.post(`${base()}/return`, { reason: "Lượng xử lý cần đối chiếu" });
    expect(returned.statusCode, returned.body).toBe(200);
    const before = await form();
    expect(before.elements.every((e) => !e.changedSinceReturn)).toBe(true);
    const treated = before.elements.find((e) => e.code === "medical_hazardous_waste_treated_t")!;
    const fixed = await reporter.put(`${base()}/values`, {
      values: [{ element: treated.code, number: "85", baseVersion: treated.version }],
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    const after = await form();
    const changed = Object.fromEntries(
      after.elements.filter((e) => !e.readOnly).map((e) => [e.code, e.changedSinceReturn]),
    );
    expect(changed).toEqual({
      medical_hazardous_waste_generated_t: false,
      medical_hazardous_waste_treated_t: true,
    });
    expect((await reporter.post(`${base()}/submit`)).statusCode).toBe(200);
  });

  it("gathers every value marked Cần làm rõ, with the last word on it, for those who may read it", async () => {
    const questioned = await coordinator.post(`${base()}/review`, {
      element: "medical_hazardous_waste_generated_t",
      status: "questioned",
    });
    expect(questioned.statusCode, questioned.body).toBe(200);
    const comment = await coordinator.post(`${base()}/comments`, {
      subject: "element:medical_hazardous_waste_generated_t",
      body: "Số này cao hơn tổng của các bệnh viện.",
    });
    expect(comment.statusCode, comment.body).toBe(201);
    const list: FollowUpList = (await coordinator.get(`/api/cycles/${cycleId}/follow-up`)).json();
    expect(list.items).toEqual([
      expect.objectContaining({
        agencyId: health,
        agencyName: "Sở Y tế",
        element: "medical_hazardous_waste_generated_t",
        elementName: "Khối lượng chất thải y tế nguy hại phát sinh",
        number: "100",
        lastComment: expect.objectContaining({ body: "Số này cao hơn tổng của các bệnh viện." }),
      }),
    ]);
    const leader = await signedInClient(t, "leader");
    expect(
      ((await leader.get(`/api/cycles/${cycleId}/follow-up`)).json() as FollowUpList).items,
    ).toHaveLength(1);
    // Another agency sees nothing of it; the agency itself sees its own.
    const other = await signedInClient(t, "reporter", industry);
    expect(((await other.get(`/api/cycles/${cycleId}/follow-up`)).json() as FollowUpList).items).toEqual([]);
    expect(
      ((await reporter.get(`/api/cycles/${cycleId}/follow-up`)).json() as FollowUpList).items,
    ).toHaveLength(1);
    // Judged "đạt", it leaves the list.
    await coordinator.post(`${base()}/review`, {
      element: "medical_hazardous_waste_generated_t",
      status: "accepted",
    });
    expect(
      ((await coordinator.get(`/api/cycles/${cycleId}/follow-up`)).json() as FollowUpList).items,
    ).toEqual([]);
  });

  it("asks about documents not yet reviewed before accepting, and accepts them with the figures when told", async () => {
    const asked = await coordinator.post(`${base()}/accept`, {});
    expect(asked.statusCode).toBe(409);
    expect(asked.json().error.code).toBe("EVIDENCE_UNREVIEWED");
    expect(asked.json().error.details).toEqual([
      expect.objectContaining({ message: "“Bao cao chat thai y te.pdf” (chỉ số 09) chưa được xem xét" }),
    ]);
    expect((await form()).submission.status).toBe("submitted");
    const accepted = await coordinator.post(`${base()}/accept`, { unreviewedEvidence: "accept" });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const settled: AgencyForm = accepted.json();
    expect(settled.submission.status).toBe("accepted");
    expect(settled.evidence.map((e: EvidenceView) => [e.reviewStatus, e.reviewNote])).toEqual([
      ["accepted", "Chấp nhận cùng số liệu"],
    ]);
  });
});
