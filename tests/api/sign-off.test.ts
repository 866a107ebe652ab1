// Sign-off is asked for: the reporter sends the figures to the agency head ("Trình ký"), the head
// is told and finds them in a queue, and a sign-off voided by a change or a return is explained
// to both sides.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AgencyForm, SignOffQueue, ValueInput } from "../../src/contracts/cycles.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { makeAssignedCycle, makeCycleProvince } from "../support/cycle-factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Notice = { title: string; body: string };
const notices = async (client: TestClient): Promise<Notice[]> =>
  (await client.get("/api/notifications")).json().items;

describe("asking the head for sign-off", () => {
  let cycleId: string;
  let agencyId: string;
  let reporter: TestClient;
  let head: TestClient;
  let coordinator: TestClient;
  const base = () => `/api/cycles/${cycleId}/agencies/${agencyId}`;
  const form = async (): Promise<AgencyForm> => (await reporter.get(`${base()}/form`)).json();
  const save = async (number: string) => {
    const current = await form();
    const values: ValueInput[] = current.elements
      .filter((e) => !e.readOnly)
      .map((e) => ({ element: e.code, number, baseVersion: e.version }));
    const response = await reporter.put(`${base()}/values`, { values });
    expect(response.statusCode, response.body).toBe(200);
  };

  beforeAll(async () => {
    const province = await makeCycleProvince(t.database.db);
    agencyId = province.agencies.construction; // its head signs off what it sends
    cycleId = await makeAssignedCycle(
      t.database.db,
      province.provinceId,
      { [agencyId]: ["public_transport_vehicles", "urban_population"] },
      { only: true },
    );
    reporter = await signedInClient(t, "reporter", agencyId);
    head = await signedInClient(t, "agency_head", agencyId);
    coordinator = await signedInClient(t, "coordinator");
  });

  it("is asked only for complete figures, tells the head and puts them in the head's queue", async () => {
    const early = await reporter.post(`${base()}/request-sign-off`);
    expect(early.json().error.code).toBe("SUBMISSION_INCOMPLETE");
    await save("120");
    const asked = await reporter.post(`${base()}/request-sign-off`);
    expect(asked.statusCode, asked.body).toBe(200);
    expect((asked.json() as AgencyForm).submission.signOffRequestedAt).not.toBeNull();
    expect((await notices(head)).map((n) => n.title)).toContain("Số liệu năm 2023 chờ ký duyệt");

    const queue: SignOffQueue = (await head.get("/api/sign-off-queue")).json();
    expect(queue.items).toEqual([
      expect.objectContaining({
        cycleId,
        year: 2023,
        agencyId,
        agencyName: "Sở Xây dựng",
        submissionDue: "2024-02-20",
      }),
    ]);
    expect((await reporter.get("/api/sign-off-queue")).statusCode).toBe(403);
    expect((await coordinator.get("/api/sign-off-queue")).statusCode).toBe(403);
  });

  it("leaves the queue once signed, and the reporter is told the figures may be sent", async () => {
    expect((await head.post(`${base()}/sign-off`)).statusCode).toBe(200);
    expect(((await head.get("/api/sign-off-queue")).json() as SignOffQueue).items).toEqual([]);
    expect((await notices(reporter)).map((n) => n.title)).toContain("Số liệu năm 2023 đã được ký duyệt");
    const again = await reporter.post(`${base()}/request-sign-off`);
    expect(again.json().error.message).toContain("đã được lãnh đạo cơ quan ký duyệt");
  });

  it("explains to both sides that a change after the sign-off voids it", async () => {
    await save("121");
    const after = await form();
    expect(after.submission.signedOffAt).toBeNull();
    expect(after.submission.signOffRequestedAt).toBeNull();
    expect(after.submission.signOffResetNote).toMatch(
      /^Số liệu đã thay đổi sau khi lãnh đạo cơ quan ký duyệt ngày \d\d\/\d\d\/\d{4}, nên cần trình ký lại\.$/,
    );
    for (const side of [head, reporter]) {
      const told = (await notices(side)).find(
        (n) => n.title === "Ký duyệt số liệu năm 2023 không còn hiệu lực",
      );
      expect(told?.body).toBe(after.submission.signOffResetNote);
    }
  });

  it("explains a sign-off voided by a return, in the form and in the message to the agency", async () => {
    expect((await reporter.post(`${base()}/request-sign-off`)).statusCode).toBe(200);
    expect((await head.post(`${base()}/sign-off`)).statusCode).toBe(200);
    expect((await reporter.post(`${base()}/submit`)).statusCode).toBe(200);
    const returned = await coordinator.post(`${base()}/return`, { reason: "Số xe buýt chưa khớp báo cáo" });
    expect(returned.statusCode, returned.body).toBe(200);
    const note = (await form()).submission.signOffResetNote;
    expect(note).toMatch(
      /^Số liệu bị trả lại ngày \d\d\/\d\d\/\d{4} nên ký duyệt ngày \d\d\/\d\d\/\d{4} không còn hiệu lực\. Sau khi sửa, cán bộ trình ký lại\.$/,
    );
    for (const side of [reporter, head]) {
      const message = (await notices(side)).find((n) => n.title === "Số liệu năm 2023 bị trả lại");
      expect(message?.body).toContain(note);
    }
  });

  it("is not asked of an agency whose head does not sign off", async () => {
    const province = await makeCycleProvince(t.database.db);
    const health = province.agencies.health;
    const other = await makeAssignedCycle(
      t.database.db,
      province.provinceId,
      {
        [health]: ["medical_hazardous_waste_generated_t"],
      },
      { only: true },
    );
    const client = await signedInClient(t, "reporter", health);
    const refused = await client.post(`/api/cycles/${other}/agencies/${health}/request-sign-off`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain("không yêu cầu lãnh đạo cơ quan ký duyệt");
  });
});
