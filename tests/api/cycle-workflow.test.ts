// Every transition of a submission and of a cycle, by every role that may or may not take it,
// with the explanations last year's figures call for, the dashboard and the overdue list.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import type { AgencyForm, CycleDetail, Dashboard } from "../../src/contracts/cycles.js";
import type { computationSummarySchema } from "../../src/contracts/frameworks.js";
import type { Role } from "../../src/domain/auth/roles.js";
import { auditEvents, computations, cycles } from "../../src/server/db/schema.js";
import { storeMissingApprovedResults } from "../../src/server/features/cycles/approved-result.js";
import { systemContext } from "../../src/server/platform/audit.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { makeCycle, makeCycleProvince, type ProvinceAgencies } from "../support/cycle-factories.js";
import { docxText } from "../support/documents.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const signedIn = (role: Role, agencyId: string | null = null) => signedInClient(t, role, agencyId);

/** Keeps only the given agencies in the cycle, so a test can take it to the end. */
async function keepOnly(coordinator: TestClient, cycleId: string, keep: string[]) {
  const detail: CycleDetail = (await coordinator.get(`/api/cycles/${cycleId}`)).json();
  const remove = detail.assignments.filter((a) => !keep.includes(a.agency.id)).map((a) => a.id);
  const response = await coordinator.post(`/api/cycles/${cycleId}/assignments`, { remove });
  expect(response.statusCode, response.body).toBe(200);
}

/** Fills every figure the agency reports with the given number (lists empty). */
async function fillAll(client: TestClient, cycleId: string, agencyId: string, number: string) {
  const form: AgencyForm = (await client.get(`/api/cycles/${cycleId}/agencies/${agencyId}/form`)).json();
  const values = form.elements
    .filter((e) => !e.readOnly)
    .map((e) =>
      e.kind === "list"
        ? { element: e.code, list: [], baseVersion: e.version }
        : { element: e.code, number, baseVersion: e.version },
    );
  const response = await client.put(`/api/cycles/${cycleId}/agencies/${agencyId}/values`, { values });
  expect(response.statusCode, response.body).toBe(200);
}

const path = (cycleId: string, agencyId: string, command: string) =>
  `/api/cycles/${cycleId}/agencies/${agencyId}/${command}`;

async function auditTypes(entityId: string) {
  const rows = await t.database.db
    .select({ type: auditEvents.type })
    .from(auditEvents)
    .where(eq(auditEvents.entityId, entityId));
  return rows.map((r) => r.type);
}

type ComputationSummary = z.infer<typeof computationSummarySchema>;

describe("the submission workflow", () => {
  let cycleId: string;
  let agencies: ProvinceAgencies;
  let coordinator: TestClient;
  let reporter: TestClient;
  let head: TestClient;
  let statistics: TestClient;
  let leader: TestClient;

  beforeAll(async () => {
    const province = await makeCycleProvince(t.database.db);
    agencies = province.agencies;
    cycleId = await makeCycle(t.database.db, province.provinceId);
    coordinator = await signedIn("coordinator");
    reporter = await signedIn("reporter", agencies.construction);
    head = await signedIn("agency_head", agencies.construction);
    statistics = await signedIn("reporter", agencies.statistics);
    leader = await signedIn("leader");
    await keepOnly(coordinator, cycleId, [agencies.construction, agencies.statistics]);
  });

  it("lets the administrator read the cycle but not run it: no accepting, returning or reopening", async () => {
    const admin = await signedIn("admin");
    expect((await admin.get(`/api/cycles/${cycleId}`)).statusCode).toBe(200);
    for (const command of ["accept", "return"])
      expect(
        (await admin.post(path(cycleId, agencies.construction, command), { reason: "Thử" })).statusCode,
        command,
      ).toBe(403);
    expect((await admin.post(`/api/cycles/${cycleId}/reopen`, { reason: "Thử mở lại" })).statusCode).toBe(
      403,
    );
    expect((await admin.post(`/api/cycles/${cycleId}/send-for-approval`)).statusCode).toBe(403);
  });

  it("refuses to submit an incomplete form, saying what is missing", async () => {
    const response = await statistics.post(path(cycleId, agencies.statistics, "submit"));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("SUBMISSION_INCOMPLETE");
    expect(response.json().error.details[0].message).toContain("Chưa nhập");
  });

  it("needs the agency head's sign-off, and a later change needs it again", async () => {
    await fillAll(reporter, cycleId, agencies.construction, "10");
    const unsigned = await reporter.post(path(cycleId, agencies.construction, "submit"));
    expect(unsigned.statusCode).toBe(409);
    expect(unsigned.json().error.code).toBe("SIGN_OFF_REQUIRED");
    expect((await reporter.post(path(cycleId, agencies.construction, "sign-off"))).statusCode).toBe(403);
    const signed = await head.post(path(cycleId, agencies.construction, "sign-off"));
    expect(signed.statusCode, signed.body).toBe(200);
    expect((signed.json() as AgencyForm).submission.signedOffAt).not.toBeNull();
    await fillAll(reporter, cycleId, agencies.construction, "11");
    const form: AgencyForm = (
      await reporter.get(`/api/cycles/${cycleId}/agencies/${agencies.construction}/form`)
    ).json();
    expect(form.submission.signedOffAt).toBeNull();
    expect((await head.post(path(cycleId, agencies.construction, "sign-off"))).statusCode).toBe(200);
    const submitted = await reporter.post(path(cycleId, agencies.construction, "submit"));
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect((submitted.json() as AgencyForm).submission.status).toBe("submitted");
  });

  it("freezes a submitted form for the agency", async () => {
    const form: AgencyForm = (
      await reporter.get(`/api/cycles/${cycleId}/agencies/${agencies.construction}/form`)
    ).json();
    const element = form.elements.find((e) => !e.readOnly && e.kind === "number")!;
    const response = await reporter.put(`/api/cycles/${cycleId}/agencies/${agencies.construction}/values`, {
      values: [{ element: element.code, number: "99", baseVersion: element.version }],
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe("INVALID_TRANSITION");
    expect(response.json().error.message).toContain("đã gửi");
  });

  it("lets only the coordinator review, question a value, return with a reason and accept", async () => {
    const form: AgencyForm = (
      await coordinator.get(`/api/cycles/${cycleId}/agencies/${agencies.construction}/form`)
    ).json();
    const element = form.elements.find((e) => !e.readOnly && e.kind === "number")!;
    for (const client of [reporter, head, leader]) {
      expect((await client.post(path(cycleId, agencies.construction, "accept"))).statusCode).toBe(403);
      expect(
        (await client.post(path(cycleId, agencies.construction, "return"), { reason: "Sai số liệu" }))
          .statusCode,
      ).toBe(403);
    }
    const questioned = await coordinator.post(path(cycleId, agencies.construction, "review"), {
      element: element.code,
      status: "questioned",
    });
    expect(questioned.statusCode, questioned.body).toBe(200);
    const refused = await coordinator.post(path(cycleId, agencies.construction, "accept"));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain("còn 1 số liệu cần làm rõ");
    expect(refused.json().error.details[0]).toMatchObject({
      field: `element:${element.code}`,
      message: expect.stringContaining(element.name.vi),
    });

    const comment = await coordinator.post(path(cycleId, agencies.construction, "comments"), {
      subject: `element:${element.code}`,
      body: "Số liệu này tăng bất thường, đề nghị kiểm tra lại.",
    });
    expect(comment.statusCode).toBe(201);
    const noReason = await coordinator.post(path(cycleId, agencies.construction, "return"), { reason: "" });
    expect(noReason.statusCode).toBe(400);
    const returned = await coordinator.post(path(cycleId, agencies.construction, "return"), {
      reason: "Đề nghị kiểm tra lại số phương tiện công cộng",
    });
    expect(returned.statusCode, returned.body).toBe(200);
    const after: AgencyForm = returned.json();
    expect(after.submission.status).toBe("returned");
    expect(after.submission.returnReason).toBe("Đề nghị kiểm tra lại số phương tiện công cộng");

    // The agency is told, in the app (and by e-mail when configured), with the reason.
    const notices = (await reporter.get("/api/notifications")).json().items as {
      title: string;
      body: string;
      link: string;
    }[];
    expect(notices[0]).toMatchObject({
      title: "Số liệu năm 2023 bị trả lại",
      link: `/cycles/${cycleId}/agencies/${agencies.construction}`,
    });
    expect(notices[0]!.body).toContain("Đề nghị kiểm tra lại số phương tiện công cộng");

    // The reporter answers on the thread, corrects, and the head signs off again.
    const answer = await reporter.post(path(cycleId, agencies.construction, "comments"), {
      subject: `element:${element.code}`,
      body: "Đã kiểm tra, sửa lại theo báo cáo của Sở.",
    });
    expect(answer.statusCode).toBe(201);
    const corrected = await reporter.put(`/api/cycles/${cycleId}/agencies/${agencies.construction}/values`, {
      values: [
        {
          element: element.code,
          number: "12",
          baseVersion: element.version,
          reason: "Sửa theo ý kiến thẩm định",
        },
      ],
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    // A second figure corrected without a stated reason answers the return.
    const other = form.elements.filter((e) => !e.readOnly && e.kind === "number")[1]!;
    await reporter.put(`/api/cycles/${cycleId}/agencies/${agencies.construction}/values`, {
      values: [{ element: other.code, number: "13", baseVersion: other.version }],
    });
    const history = await reporter.get(
      `/api/cycles/${cycleId}/agencies/${agencies.construction}/values/${other.code}/history`,
    );
    expect(history.json().versions[0].reason).toBe(
      "Sửa sau khi bị trả lại: Đề nghị kiểm tra lại số phương tiện công cộng",
    );
    expect((await head.post(path(cycleId, agencies.construction, "sign-off"))).statusCode).toBe(200);
    expect((await reporter.post(path(cycleId, agencies.construction, "submit"))).statusCode).toBe(200);
    const thread: AgencyForm = (
      await reporter.get(`/api/cycles/${cycleId}/agencies/${agencies.construction}/form`)
    ).json();
    expect(thread.comments.map((c) => c.authorRole)).toEqual(["điều phối viên", "cán bộ báo cáo"]);
    const accepted = await coordinator.post(path(cycleId, agencies.construction, "accept"));
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect((accepted.json() as AgencyForm).submission.status).toBe("accepted");
    expect(
      (accepted.json() as AgencyForm).elements
        .filter((e) => !e.readOnly)
        .every((e) => e.reviewStatus === "accepted"),
    ).toBe(true);
  });

  it("sends the cycle to the leader only when every agency is accepted; the leader approves and it locks", async () => {
    const early = await coordinator.post(`/api/cycles/${cycleId}/send-for-approval`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe("NOT_ALL_ACCEPTED");
    expect(early.json().error.message).toContain("Thống kê");

    await fillAll(statistics, cycleId, agencies.statistics, "1.000");
    expect((await statistics.post(path(cycleId, agencies.statistics, "submit"))).statusCode).toBe(200);
    expect((await coordinator.post(path(cycleId, agencies.statistics, "accept"))).statusCode).toBe(200);

    const dashboard: Dashboard = (await coordinator.get(`/api/cycles/${cycleId}/dashboard`)).json();
    expect(dashboard.totals).toMatchObject({ agencies: 2, accepted: 2, completenessPct: 100 });
    // Deadline 20/02/2024 has long passed: both submitted late, by the same number of days.
    expect(dashboard.agencies.map((a) => a.timeliness)).toEqual(["late", "late"]);
    expect(dashboard.indicators.find((i) => i.code === "07")?.status).toBe("computed");

    expect((await leader.post(`/api/cycles/${cycleId}/send-for-approval`)).statusCode).toBe(403);
    expect((await coordinator.post(`/api/cycles/${cycleId}/send-for-approval`)).statusCode).toBe(200);
    expect((await coordinator.post(`/api/cycles/${cycleId}/approve`)).statusCode).toBe(403);
    const leaderNotices = (await leader.get("/api/notifications")).json().items as { title: string }[];
    expect(leaderNotices.map((n) => n.title)).toContain("Kỳ đánh giá năm 2023 chờ phê duyệt");
    const approved = await leader.post(`/api/cycles/${cycleId}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    expect((approved.json() as CycleDetail).status).toBe("approved");
    // The approved result is kept under "Kết quả tính", with its framework version, as the
    // dashboard showed it; its what-if opens on it without retyping a figure.
    const stored = (await leader.get("/api/computations?year=2023")).json().items as ComputationSummary[];
    const mine = stored.filter((c) => c.cycleId === cycleId);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ total: dashboard.total.points, frameworkCode: "PEPI-2782", version: 1 });
    expect((await leader.get(`/api/computations/${mine[0]!.id}/what-if`)).statusCode).toBe(200);
    // It carries every agency's figures: the Ministry reads it only once the cycle is sent.
    const ministry = await signedIn("ministry_viewer");
    expect((await ministry.get(`/api/computations/${mine[0]!.id}`)).statusCode).toBe(403);
    expect((await ministry.get(`/api/computations/${mine[0]!.id}/what-if`)).statusCode).toBe(403);
    const seen = (await ministry.get("/api/computations?year=2023")).json().items as ComputationSummary[];
    expect(seen.map((c) => c.cycleId)).not.toContain(cycleId);

    const locked = await statistics.put(`/api/cycles/${cycleId}/agencies/${agencies.statistics}/values`, {
      values: [{ element: "urban_population", number: "5", baseVersion: 1 }],
    });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe("CYCLE_LOCKED");
    const lockedSubmit = await statistics.post(path(cycleId, agencies.statistics, "submit"));
    expect(lockedSubmit.json().error.code).toBe("CYCLE_LOCKED");
    expect(lockedSubmit.json().error.message).toContain("2023");
    const lockedReturn = await coordinator.post(path(cycleId, agencies.statistics, "return"), {
      reason: "Sai số liệu",
    });
    expect(lockedReturn.json().error.code).toBe("CYCLE_LOCKED");
    const lockedComment = await coordinator.post(path(cycleId, agencies.statistics, "comments"), {
      subject: "element:urban_population",
      body: "Thêm ý kiến",
    });
    expect(lockedComment.json().error.code).toBe("CYCLE_LOCKED");

    const noReason = await coordinator.post(`/api/cycles/${cycleId}/reopen`, {});
    expect(noReason.statusCode).toBe(400);
    const reopened = await coordinator.post(`/api/cycles/${cycleId}/reopen`, {
      reason: "Bộ yêu cầu bổ sung minh chứng",
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect((reopened.json() as CycleDetail).status).toBe("open");
    expect(await auditTypes(cycleId)).toEqual(
      expect.arrayContaining(["cycle.opened", "cycle.sent_for_approval", "cycle.approved", "cycle.reopened"]),
    );
    // Reopened, it is no longer the approved result: withdrawn, kept, and no longer in force.
    const afterReopen = (await leader.get("/api/computations?year=2023")).json()
      .items as ComputationSummary[];
    expect(afterReopen.filter((c) => c.cycleId === cycleId)).toHaveLength(0);
    expect(await auditTypes(mine[0]!.id)).toContain("computation.withdrawn");
    // Approved again after the reopening: the new result replaces the first.
    expect((await coordinator.post(`/api/cycles/${cycleId}/send-for-approval`)).statusCode).toBe(200);
    expect((await leader.post(`/api/cycles/${cycleId}/approve`)).statusCode).toBe(200);
    const again = (await leader.get("/api/computations?year=2023")).json().items as ComputationSummary[];
    expect(again.filter((c) => c.cycleId === cycleId)).toHaveLength(1);
    const all = (await leader.get("/api/computations?year=2023&includeSuperseded=true")).json()
      .items as ComputationSummary[];
    const both = all.filter((c) => c.cycleId === cycleId);
    expect(both).toHaveLength(2);
    expect(both.filter((c) => c.withdrawnAt !== null)).toHaveLength(1);
  });
});

describe("cycles approved before results were kept", () => {
  it("get their result kept at the next start, once, audited", async () => {
    const db = t.database.db;
    const province = await makeCycleProvince(db);
    const cycleId = await makeCycle(db, province.provinceId, { year: 2021 });
    await db.update(cycles).set({ status: "approved" }).where(eq(cycles.id, cycleId));
    const ctx = systemContext("test");
    expect(await storeMissingApprovedResults(db, ctx)).toBeGreaterThanOrEqual(1);
    const kept = await db.select().from(computations).where(eq(computations.cycleId, cycleId));
    expect(kept).toHaveLength(1);
    expect(await auditTypes(kept[0]!.id)).toEqual(["computation.created"]);
    await storeMissingApprovedResults(db, ctx);
    expect(await db.select().from(computations).where(eq(computations.cycleId, cycleId))).toHaveLength(1);
  });
});

describe("explanations against last year", () => {
  let cycleId: string;
  let agencies: ProvinceAgencies;

  beforeAll(async () => {
    const province = await makeCycleProvince(t.database.db);
    agencies = province.agencies;
    const coordinator = await signedIn("coordinator");
    // 2022 entered afterwards as history by the coordinator; 2023 is the year being assessed.
    const history = await makeCycle(t.database.db, province.provinceId, { year: 2022, kind: "history" });
    const entered = await coordinator.put(`/api/cycles/${history}/agencies/${agencies.health}/values`, {
      values: [
        { element: "medical_hazardous_waste_generated_t", number: "100", baseVersion: null },
        { element: "medical_hazardous_waste_treated_t", number: "90", baseVersion: null },
      ],
    });
    expect(entered.statusCode, entered.body).toBe(200);
    const other = await coordinator.put(`/api/cycles/${history}/agencies/${agencies.environment}/values`, {
      values: [
        { element: "hazardous_waste_generated_t", number: "100", baseVersion: null },
        { element: "hazardous_waste_treated_t", number: "90", baseVersion: null },
      ],
    });
    expect(other.statusCode, other.body).toBe(200);
    cycleId = await makeCycle(t.database.db, province.provinceId, { year: 2023, changeThresholdPct: 20 });
    await keepOnly(coordinator, cycleId, [agencies.health, agencies.environment]);
  });

  it("does not let a coordinator enter an assessed year's figures in the agency's place without its letter", async () => {
    const coordinator = await signedIn("coordinator");
    const response = await coordinator.put(`/api/cycles/${cycleId}/agencies/${agencies.health}/values`, {
      values: [{ element: "medical_hazardous_waste_generated_t", number: "1", baseVersion: null }],
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe("ON_BEHALF_LETTER_REQUIRED");
  });

  it("asks the agency responsible for an indicator to explain its move, and never blocks the one whose figure moved it", async () => {
    // Indicator 09 (hazardous waste treated) reads the department's and the health service's
    // figures; the framework names the department first, so the department explains it.
    const health = await signedIn("reporter", agencies.health);
    const form0: AgencyForm = (
      await health.get(`/api/cycles/${cycleId}/agencies/${agencies.health}/form`)
    ).json();
    const generated0 = form0.elements.find((e) => e.code === "medical_hazardous_waste_generated_t")!;
    expect(generated0.lastYear).toBe(100);
    await fillAll(health, cycleId, agencies.health, "0");
    const saved = await health.put(`/api/cycles/${cycleId}/agencies/${agencies.health}/values`, {
      values: [
        { element: "medical_hazardous_waste_generated_t", number: "150", baseVersion: 1 },
        { element: "medical_hazardous_waste_treated_t", number: "60", baseVersion: 1 },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const form: AgencyForm = (
      await health.get(`/api/cycles/${cycleId}/agencies/${agencies.health}/form`)
    ).json();
    const generated = form.elements.find((e) => e.code === "medical_hazardous_waste_generated_t")!;
    expect(generated.changePct).toBe(50);
    // The figure's own note is welcome, never required: the indicator is what is explained.
    expect(generated.changeNoteSuggested).toBe(true);
    expect(form.indicators.find((i) => i.code === "09")).toMatchObject({
      explanationRequired: false,
      explainedHere: false,
      explainedBy: "Sở Nông nghiệp và Môi trường",
    });
    const notYours = await health.put(`/api/cycles/${cycleId}/agencies/${agencies.health}/explanations`, {
      subject: "indicator:09",
      body: "Thêm hai bệnh viện.",
      previousBody: "",
    });
    expect(notYours.json().error.code).toBe("EXPLANATION_NOT_YOURS");
    const healthSent = await health.post(path(cycleId, agencies.health, "submit"));
    expect(healthSent.statusCode, healthSent.body).toBe(200);

    // The department's own figures are last year's, but the indicator moved: it explains, once.
    const environment = await signedIn("reporter", agencies.environment);
    const envBase = `/api/cycles/${cycleId}/agencies/${agencies.environment}`;
    await fillAll(environment, cycleId, agencies.environment, "0");
    const envForm: AgencyForm = (await environment.get(`${envBase}/form`)).json();
    const own = (code: string) => envForm.elements.find((e) => e.code === code)!.version;
    const same = await environment.put(`${envBase}/values`, {
      values: [
        {
          element: "hazardous_waste_generated_t",
          number: "100",
          baseVersion: own("hazardous_waste_generated_t"),
        },
        { element: "hazardous_waste_treated_t", number: "90", baseVersion: own("hazardous_waste_treated_t") },
      ],
    });
    expect(same.statusCode, same.body).toBe(200);
    const refused = await environment.post(path(cycleId, agencies.environment, "submit"));
    expect(refused.statusCode).toBe(400);
    const fields = (refused.json().error.details as { field: string }[]).map((d) => d.field);
    expect(fields).toContain("indicator:09");
    expect(fields.filter((f) => f.startsWith("element:"))).toEqual([]);
    const explanation = "Năm 2023 đưa vào vận hành thêm hai bệnh viện tuyến tỉnh, lượng chất thải y tế tăng.";
    const explained = await environment.put(`${envBase}/explanations`, {
      subject: "indicator:09",
      body: explanation,
      previousBody: "",
    });
    expect(explained.statusCode, explained.body).toBe(200);
    // Every agency reading indicator 09 sees the one explanation.
    const healthView: AgencyForm = (
      await health.get(`/api/cycles/${cycleId}/agencies/${agencies.health}/form`)
    ).json();
    expect(healthView.indicators.find((i) => i.code === "09")?.explanation).toBe(explanation);
  });

  it("lets the department explain an indicator itself while the year is collecting", async () => {
    const coordinator = await signedIn("coordinator");
    const url = `/api/cycles/${cycleId}/indicator-explanations/09`;
    const current: AgencyForm = (
      await coordinator.get(`/api/cycles/${cycleId}/agencies/${agencies.health}/form`)
    ).json();
    const before = current.indicators.find((i) => i.code === "09")!.explanation ?? "";
    const text = "Sở bổ sung: số liệu đã được đối chiếu với báo cáo của các bệnh viện.";
    const saved = await coordinator.put(url, { body: text, previousBody: before });
    expect(saved.statusCode, saved.body).toBe(200);
    // The report carries one explanation for the indicator, once.
    const report = await coordinator.get(`/api/cycles/${cycleId}/documents/report.docx`);
    const reportText = await docxText(report.rawPayload);
    expect(reportText.split(`Sở Nông nghiệp và Môi trường: ${text}`)).toHaveLength(2);
    const health = await signedIn("reporter", agencies.health);
    expect((await health.put(url, { body: "x", previousBody: text })).statusCode).toBe(403);
    const unknown = await coordinator.put(`/api/cycles/${cycleId}/indicator-explanations/99`, {
      body: text,
      previousBody: "",
    });
    expect(unknown.statusCode).toBe(404);
  });

  it("treats an explanation saved meanwhile in another tab as a conflict, not something to overwrite", async () => {
    const province = await makeCycleProvince(t.database.db);
    const health = province.agencies.health;
    const openCycle = await makeCycle(t.database.db, province.provinceId);
    const firstTab = await signedIn("reporter", health);
    const secondTab = await signedIn("reporter", health);
    const url = `/api/cycles/${openCycle}/agencies/${health}/explanations`;
    const subject = "element:medical_hazardous_waste_generated_t";
    const first = await firstTab.put(url, { subject, body: "Bản thứ nhất.", previousBody: "" });
    expect(first.statusCode, first.body).toBe(200);
    // The second tab also started from an empty box.
    const second = await secondTab.put(url, { subject, body: "Bản thứ hai.", previousBody: "" });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe("STALE_UPDATE");
    expect(second.json().error.message).toContain("Lời giải trình đã được người khác sửa");
    expect(second.json().error.details[0].message).toContain("Bản thứ nhất.");
    // Having seen the first text, it may keep its own.
    const kept = await secondTab.put(url, { subject, body: "Bản thứ hai.", previousBody: "Bản thứ nhất." });
    expect(kept.statusCode).toBe(200);
  });
});

describe("the overdue list", () => {
  it("lists agencies past the deadline for the leadership, not for reporters", async () => {
    const province = await makeCycleProvince(t.database.db);
    const cycleId = await makeCycle(t.database.db, province.provinceId);
    const leader = await signedIn("leader");
    const response = await leader.get("/api/overdue");
    expect(response.statusCode).toBe(200);
    const mine = (
      response.json().items as { province: string; daysOverdue: number; agency: { id: string } }[]
    ).filter((i) => i.province === province.provinceName);
    expect(mine.map((i) => i.agency.id)).toContain(province.agencies.construction);
    expect(mine.every((i) => i.daysOverdue > 0)).toBe(true);
    const reporter = await signedIn("reporter", province.agencies.construction);
    expect((await reporter.get("/api/overdue")).statusCode).toBe(403);
    expect((await reporter.get(`/api/cycles/${cycleId}/dashboard`)).statusCode).toBe(403);
  });
});
