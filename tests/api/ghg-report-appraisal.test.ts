// A facility's greenhouse-gas report through the province's appraisal: returned with findings,
// corrected by the facility and accepted; information requested with a deadline and answered; the
// province's own figure determined with its reason; a quota facility verified instead.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GhgFacilityListItem } from "../../src/contracts/ghg-register.js";
import type { GhgReportDetail } from "../../src/contracts/ghg-reports.js";
import { provinceToday } from "../../src/domain/cycle/reminders.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { detail, dieselFactors, facilityClient, insertFacility, inventory } from "../support/ghg-reports.js";

let t: TestApp;
let coordinator: TestClient;
let facilityA: TestClient;
const ids = { a: randomUUID(), quota: randomUUID() };
let r1: GhgReportDetail;

beforeAll(async () => {
  t = await createTestApp();
  await insertFacility(t, ids.a, "Công ty Giấy Đồng Nai");
  await insertFacility(t, ids.quota, "Công ty Xi măng Hạ Long", {
    quotaStatus: "allocated",
    quotaSector: "cement",
  });
  coordinator = await signedInClient(t, "coordinator");
  facilityA = await facilityClient(t, ids.a);
  r1 = detail(await coordinator.post(`/api/ghg/facilities/${ids.a}/reports`, inventory));
}, 60_000);
afterAll(() => t?.close());

describe("the province's appraisal", () => {
  const step = async (client: TestClient, body: Record<string, unknown>) => {
    const response = await client.post(`/api/ghg/reports/${r1.id}/transitions`, {
      rowVersion: r1.rowVersion,
      ...body,
    });
    if (response.statusCode === 200) r1 = detail(response);
    return response;
  };

  // The register page's column: the report sent last and its state, never a stale one.
  const latestOnRegister = async () =>
    ((await coordinator.get("/api/ghg/facilities")).json().items as GhgFacilityListItem[]).find(
      (f) => f.id === ids.a,
    )!.latestReport;

  it("goes received → under appraisal → returned with findings → corrected version → under appraisal → accepted", async () => {
    expect(await latestOnRegister()).toEqual({
      id: r1.id,
      kind: "inventory_report",
      year: 2025,
      periodFrom: 2023,
      periodTo: 2024,
      status: "received",
    });
    expect((await step(coordinator, { action: "start_appraisal" })).statusCode).toBe(200);
    expect((await latestOnRegister())?.status).toBe("under_appraisal");
    expect(r1.status).toBe("under_appraisal");
    const appraisal = await coordinator.put(`/api/ghg/reports/${r1.id}/appraisal`, {
      rowVersion: r1.rowVersion,
      appraisalBody: "council",
      names: ["Nguyễn Văn An", "Trần Thị Bình"],
    });
    r1 = detail(appraisal);
    expect(r1).toMatchObject({ appraisalBody: "council", appraisers: ["Nguyễn Văn An", "Trần Thị Bình"] });
    // The report's own history says who appraises, as the audit trail does.
    expect(r1.events.at(-1)).toMatchObject({
      kind: "appraisal",
      note: "Hội đồng thẩm định: Nguyễn Văn An, Trần Thị Bình",
    });

    const noFindings = await step(coordinator, { action: "return" });
    expect(noFindings.statusCode).toBe(400);
    expect(noFindings.json().error.details).toEqual([
      { field: "findings", message: "Nêu các nội dung cơ sở phải sửa khi trả lại báo cáo" },
    ]);
    await step(coordinator, { action: "return", findings: "Số kê khai năm 2024 chênh với số tính lại" });
    expect(r1).toMatchObject({ status: "returned", findings: "Số kê khai năm 2024 chênh với số tính lại" });

    const asFacility = detail(await facilityA.get(`/api/ghg/reports/${r1.id}`));
    expect(asFacility.allowedActions).toEqual(["add_version", "change_gwp", "comment", "add_document"]);
    const stale = await facilityA.post(`/api/ghg/reports/${r1.id}/versions`, {
      ...inventory,
      rowVersion: r1.rowVersion - 1,
      reason: "Sửa số kê khai",
    });
    expect(stale.json().error.code).toBe("STALE_UPDATE");
    const corrected = await facilityA.post(`/api/ghg/reports/${r1.id}/versions`, {
      gwpCode: "AR6",
      lines: inventory.lines,
      factors: dieselFactors,
      declared: [
        { year: 2023, total: 1402.675 },
        { year: 2024, total: 1412.1 },
      ],
      rowVersion: r1.rowVersion,
      reason: "Sửa số kê khai năm 2024 theo số liệu hoạt động",
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    r1 = detail(corrected);
    expect(r1.status).toBe("under_appraisal");
    expect(r1.versions.map((v) => v.number)).toEqual([1, 2]);
    expect(r1.versions[1]!.flags.filter((f) => f.kind === "declared")).toEqual([]);
    expect(r1.versions[0]!.declared).toEqual(inventory.declared);

    const byFacility = await facilityA.post(`/api/ghg/reports/${r1.id}/transitions`, {
      rowVersion: r1.rowVersion,
      action: "accept",
    });
    expect(byFacility.statusCode).toBe(403);
    await step(coordinator, { action: "accept" });
    expect(r1.status).toBe("accepted");
    expect((await latestOnRegister())?.status).toBe("accepted");
    expect(r1.events.filter((e) => e.kind === "status").map((e) => e.toStatus)).toEqual([
      "received",
      "under_appraisal",
      "returned",
      "under_appraisal",
      "accepted",
    ]);
  });

  it("keeps an accepted report final: no step but reopening, no new version", async () => {
    const refused = await step(coordinator, { action: "return", findings: "x" });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: "GHG_REPORT_REFUSED",
      message: "Không thể trả lại báo cáo khi báo cáo đang ở trạng thái “đã chấp nhận”.",
    });
    const version = await facilityA.post(`/api/ghg/reports/${r1.id}/versions`, {
      ...inventory,
      rowVersion: r1.rowVersion,
      reason: "Thêm",
    });
    expect(version.statusCode).toBe(409);
    expect(detail(await coordinator.get(`/api/ghg/reports/${r1.id}`)).allowedActions).toEqual([
      "reopen",
      "comment",
      "add_document",
      "set_appraisal",
    ]);
  });

  it("requests information with a deadline; the facility's answer brings it back; the province determines its figure", async () => {
    const today = provinceToday(new Date());
    const sent = await facilityA.post(`/api/ghg/facilities/${ids.a}/reports`, {
      ruleCode: "activity-data",
      year: 2024,
      receivedOn: today,
      gwpCode: "AR5",
      lines: [inventory.lines[0]],
      factors: [],
      declared: [],
    });
    expect(sent.statusCode, sent.body).toBe(200);
    let r2 = detail(sent);
    expect(r2).toMatchObject({ receivedVia: "facility", periodFrom: 2023, periodTo: 2023, onTime: false });
    const move = async (body: Record<string, unknown>) => {
      const response = await coordinator.post(`/api/ghg/reports/${r2.id}/transitions`, {
        rowVersion: r2.rowVersion,
        ...body,
      });
      if (response.statusCode === 200) r2 = detail(response);
      return response;
    };
    await move({ action: "start_appraisal" });
    const noDeadline = await move({ action: "request_information", note: "Gửi hóa đơn tiền điện 2023" });
    expect(noDeadline.json().error.details).toEqual([
      { field: "dueOn", message: "Nêu hạn cơ sở gửi thông tin bổ sung" },
    ]);
    const past = await move({ action: "request_information", note: "Gửi hóa đơn", dueOn: today });
    expect(past.json().error.details[0].field).toBe("dueOn");
    await move({ action: "request_information", note: "Gửi hóa đơn tiền điện 2023", dueOn: "2099-01-15" });
    expect(r2).toMatchObject({ status: "information_requested", informationDueOn: "2099-01-15" });
    expect(r2.events.at(-1)).toMatchObject({ note: "Gửi hóa đơn tiền điện 2023", dueOn: "2099-01-15" });

    const answer = await facilityA.post(`/api/ghg/reports/${r2.id}/versions`, {
      rowVersion: r2.rowVersion,
      reason: "Bổ sung hóa đơn tiền điện năm 2023",
      gwpCode: "AR5",
      lines: [{ ...inventory.lines[0], amount: 1100 }],
      factors: [],
      declared: [],
    });
    r2 = detail(answer);
    expect(r2).toMatchObject({ status: "under_appraisal", informationDueOn: null, currentVersion: 2 });

    const outside = await move({
      action: "determine",
      determined: { years: [{ year: 2024, total: 700 }], reason: "Hóa đơn" },
    });
    expect(outside.json().error.details[0]).toMatchObject({ field: "determined.years[1].year" });
    await move({
      action: "determine",
      determined: {
        years: [{ year: 2023, total: 725.12 }],
        reason: "Theo hóa đơn tiền điện: 1.100 MWh × 0,6592",
      },
    });
    expect(r2).toMatchObject({
      status: "determined",
      determined: {
        years: [{ year: 2023, total: 725.12 }],
        reason: "Theo hóa đơn tiền điện: 1.100 MWh × 0,6592",
      },
    });
    // The computed figure of the answer agrees: 1.100 × 0,6592.
    expect(r2.versions[1]!.result.years[0]!.total).toBeCloseTo(725.12, 6);
  });
});

describe("a quota facility", () => {
  let q: GhgReportDetail;

  it("is verified independently, not appraised: accepted once the verifier, conclusion and date are recorded", async () => {
    q = detail(await coordinator.post(`/api/ghg/facilities/${ids.quota}/reports`, inventory));
    expect(q).toMatchObject({ verificationPath: true, status: "received" });
    // Far below a cement plant's plausible range: flagged for the appraiser.
    expect(q.versions[0]!.flags.filter((f) => f.kind === "implausible").map((f) => f.year)).toEqual([
      2023, 2024,
    ]);
    const appraise = await coordinator.post(`/api/ghg/reports/${q.id}/transitions`, {
      rowVersion: q.rowVersion,
      action: "start_appraisal",
    });
    expect(appraise.statusCode).toBe(409);
    expect(appraise.json().error.message).toContain("thẩm tra độc lập");
    const early = await coordinator.post(`/api/ghg/reports/${q.id}/transitions`, {
      rowVersion: q.rowVersion,
      action: "accept",
    });
    expect(early.statusCode).toBe(409);
    const verified = await coordinator.put(`/api/ghg/reports/${q.id}/verification`, {
      rowVersion: q.rowVersion,
      verifier: "Trung tâm Thẩm tra Khí nhà kính Việt Nam",
      conclusion: "Báo cáo phù hợp, số liệu được xác nhận",
      verifiedOn: "2025-06-30",
    });
    q = detail(verified);
    expect(q.verification).toMatchObject({ verifiedOn: "2025-06-30" });
    expect(q.events.at(-1)).toMatchObject({
      kind: "verification",
      note: "Trung tâm Thẩm tra Khí nhà kính Việt Nam, ngày 30/06/2025: Báo cáo phù hợp, số liệu được xác nhận",
    });
    const accepted = await coordinator.post(`/api/ghg/reports/${q.id}/transitions`, {
      rowVersion: q.rowVersion,
      action: "accept",
    });
    expect(detail(accepted).status).toBe("accepted");
  });

  it("refuses a verification on a facility without quota, and appraisers on a quota facility", async () => {
    const onA = await coordinator.put(`/api/ghg/reports/${r1.id}/verification`, {
      rowVersion: r1.rowVersion,
      verifier: "X",
      conclusion: "Đạt yêu cầu",
      verifiedOn: "2025-06-30",
    });
    expect(onA.statusCode).toBe(409);
    q = detail(await coordinator.get(`/api/ghg/reports/${q.id}`));
    const appraisers = await coordinator.put(`/api/ghg/reports/${q.id}/appraisal`, {
      rowVersion: q.rowVersion,
      appraisalBody: "reviewers",
      names: ["A"],
    });
    expect(appraisers.statusCode).toBe(409);
  });
});
