// A listed facility's greenhouse-gas reports: tCO2e computed from activity data and factors and
// checked here by hand, a declared figure that differs flagged and kept, bad input refused with
// its row and field and nothing saved, a GWP change recomputed and said, a report through the
// province's appraisal with a returned finding, information requested with a deadline, the
// province's own figure determined, a quota facility verified, and a facility's own account
// kept to its own reports.
import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GhgFacilityReports, GhgReportDetail } from "../../src/contracts/ghg-reports.js";
import { provinceToday } from "../../src/domain/cycle/reminders.js";
import { samplePdf } from "../../src/domain/files/samples.test-support.js";
import {
  auditEvents,
  ghgFacilities,
  ghgReports,
  ghgReportVersions,
  users,
} from "../../src/server/db/schema.js";
import { hashPassword } from "../../src/server/platform/passwords.js";
import { createTestApp, signedInClient, type TestApp, TestClient } from "../support/app.js";
import { makeAgency, testPassword } from "../support/factories.js";

let t: TestApp;
let coordinator: TestClient;
let leader: TestClient;
let reporter: TestClient;
let facilityA: TestClient;
const ids = { a: randomUUID(), b: randomUUID(), quota: randomUUID() };

async function makeFacility(
  id: string,
  name: string,
  extra: Partial<typeof ghgFacilities.$inferInsert> = {},
) {
  await t.database.db.insert(ghgFacilities).values({
    id,
    name,
    address: "KCN Nhơn Trạch, Đồng Nai",
    listedAddress: "KCN Nhơn Trạch, Đồng Nai",
    sector: "industrial_processes",
    ministry: "industry_trade",
    ...extra,
  });
}

/** A facility's own account, made as the users screen would (role facility, its facility). */
async function facilityClient(facilityId: string): Promise<TestClient> {
  const username = `coso.${facilityId.slice(0, 6)}`;
  await t.database.db.insert(users).values({
    id: randomUUID(),
    username,
    fullName: `Cán bộ cơ sở ${facilityId.slice(0, 6)}`,
    role: "facility",
    facilityId,
    passwordHash: await hashPassword(testPassword),
  });
  const client = new TestClient(t.app);
  const response = await client.login(username, testPassword);
  if (response.statusCode !== 200) throw new Error(response.body);
  return client;
}

// The facility's own factors for diesel (IPCC 2006 stationary combustion), each with its source.
const ipcc = {
  source: "IPCC 2006, Tập 2, Bảng 2.2",
  document: "Quyết định 2626/QĐ-BTNMT",
  validFrom: 2023,
  validTo: 2024,
};
const dieselFactors = [
  { code: "do-co2", name: "Dầu DO, CO2", gas: "CO2", value: 74.1, unit: "tCO2/TJ", ...ipcc },
  { code: "do-ch4", name: "Dầu DO, CH4", gas: "CH4", value: 3, unit: "kgCH4/TJ", ...ipcc },
  { code: "do-n2o", name: "Dầu DO, N2O", gas: "N2O", value: 0.6, unit: "kgN2O/TJ", ...ipcc },
];
const diesel = ["do-co2", "do-ch4", "do-n2o"];
const inventory = {
  ruleCode: "inventory-report",
  year: 2025,
  receivedOn: "2025-03-20",
  gwpCode: "AR5",
  lines: [
    {
      year: 2023,
      label: "Điện mua từ lưới",
      scope: "indirect_electricity",
      amount: 1000,
      unit: "MWh",
      factors: ["grid-vn-2023"],
    },
    { year: 2023, label: "Dầu DO cho lò hơi", scope: "direct", amount: "10", unit: "TJ", factors: diesel },
    {
      year: 2024,
      label: "Điện mua từ lưới",
      scope: "indirect_electricity",
      amount: "1.200",
      unit: "MWh",
      factors: ["grid-vn-2024"],
    },
    { year: 2024, label: "Dầu DO cho lò hơi", scope: "direct", amount: 8, unit: "TJ", factors: diesel },
  ],
  factors: dieselFactors,
  declared: [
    { year: 2023, total: 1402.6 },
    { year: 2024, total: 1500 },
  ],
};

const detail = (r: { json(): unknown }) => r.json() as GhgReportDetail;
const reportCount = async (facilityId: string) =>
  (
    await t.database.db.select({ n: count() }).from(ghgReports).where(eq(ghgReports.facilityId, facilityId))
  )[0]!.n;
const auditCount = async () => (await t.database.db.select({ n: count() }).from(auditEvents))[0]!.n;

beforeAll(async () => {
  t = await createTestApp();
  await makeFacility(ids.a, "Công ty Giấy Đồng Nai");
  await makeFacility(ids.b, "Công ty Thép Biên Hòa");
  await makeFacility(ids.quota, "Công ty Xi măng Hạ Long", {
    quotaStatus: "allocated",
    quotaSector: "cement",
  });
  coordinator = await signedInClient(t, "coordinator");
  leader = await signedInClient(t, "leader");
  reporter = await signedInClient(t, "reporter", await makeAgency(t.database.db));
  facilityA = await facilityClient(ids.a);
}, 60_000);
afterAll(() => t?.close());

let r1: GhgReportDetail;

describe("recording a report", () => {
  it("computes tCO2e by year, gas and scope from activity data and factors, as worked out by hand", async () => {
    const response = await coordinator.post(`/api/ghg/facilities/${ids.a}/reports`, inventory);
    expect(response.statusCode, response.body).toBe(200);
    r1 = detail(response);
    expect(r1).toMatchObject({
      status: "received",
      receivedVia: "recorded",
      periodFrom: 2023,
      periodTo: 2024,
      dueDate: "2025-03-31",
      onTime: true,
      daysLate: null,
      currentVersion: 1,
    });
    const [y2023, y2024] = r1.versions[0]!.result.years;
    // 2023: 1.000 MWh × 0,6592 tCO2/MWh (grid 2023) = 659,2; 10 TJ of diesel: CO2 10 × 74,1 = 741,
    // CH4 10 × 3 kg = 0,03 t × 28 (AR5) = 0,84, N2O 10 × 0,6 kg = 0,006 t × 265 = 1,59.
    expect(y2023!.scopes.indirect_electricity).toBeCloseTo(659.2, 6);
    expect(y2023!.gases.CO2.co2e).toBeCloseTo(659.2 + 741, 6);
    expect(y2023!.gases.CH4).toEqual({ tonnes: 0.03, co2e: expect.closeTo(0.84, 6) });
    expect(y2023!.gases.N2O.co2e).toBeCloseTo(1.59, 6);
    expect(y2023!.scopes.direct).toBeCloseTo(743.43, 6);
    expect(y2023!.total).toBeCloseTo(1402.63, 6);
    // 2024: 1.200 MWh × 0,6811 (an estimate) = 817,32; 8 TJ: 592,8 + 0,024 × 28 + 0,0048 × 265.
    expect(y2024!.total).toBeCloseTo(817.32 + 592.8 + 0.672 + 1.272, 6);
    expect(r1.totals.map((x) => x.year)).toEqual([2023, 2024]);
  });

  it("flags the declared figure that differs and keeps it as declared; says an estimated factor was used", async () => {
    const version = r1.versions[0]!;
    expect(version.declared).toEqual(inventory.declared);
    const declared = version.flags.filter((f) => f.kind === "declared");
    expect(declared).toEqual([
      expect.objectContaining({
        year: 2024,
        what: "total",
        declared: 1500,
        computed: expect.closeTo(1412.064, 6),
      }),
    ]);
    expect(declared[0]!.message).toContain("Số kê khai được giữ nguyên");
    expect(version.flags.filter((f) => f.kind === "estimated_factor")).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^Dòng 3: .*ước tính/) }),
    ]);
    expect(version.flags.some((f) => f.kind === "implausible")).toBe(false);
    expect(r1.flagCount).toBe(2);
  });

  it("refuses bad input whole, each problem with its row and field, and saves nothing", async () => {
    const before = await auditCount();
    const bad = {
      ...inventory,
      factors: [
        ...dieselFactors,
        {
          code: "than",
          gas: "CO2",
          value: 2.5,
          unit: "tCO2/t",
          document: "Quyết định 2626/QĐ-BTNMT",
          validFrom: 2023,
          validTo: 2024,
        },
      ],
      lines: [
        {
          year: 2023,
          label: "Điện",
          scope: "indirect_electricity",
          amount: "-5",
          unit: "MWh",
          factors: ["grid-vn-2023"],
        },
        { year: 2023, label: "Dầu", scope: "direct", amount: "mười", unit: "TJ", factors: diesel },
        { year: 2023, label: "Khí đo trực tiếp", scope: "direct", amount: 2, unit: "tCO2", gas: "CH4" },
        {
          year: 2021,
          label: "Điện năm cũ",
          scope: "indirect_electricity",
          amount: 10,
          unit: "MWh",
          factors: ["grid-vn-2023"],
        },
        { year: 2024, label: "Than", scope: "direct", amount: 10, unit: "t", factors: ["than"] },
      ],
    };
    const response = await coordinator.post(`/api/ghg/facilities/${ids.b}/reports`, bad);
    expect(response.statusCode).toBe(400);
    const details = response.json().error.details as { field: string; row?: number; message: string }[];
    expect(details.map((d) => d.field)).toEqual([
      "lines[1].amount",
      "lines[2].amount",
      "lines[3].unit",
      "lines[4].year",
      "lines[5].factors[1]",
    ]);
    expect(details[0]).toMatchObject({ row: 1, message: expect.stringContaining("không được âm") });
    expect(details[1]!.message).toContain("không phải là số");
    expect(details[2]!.message).toContain("Khí CH4 ghi bằng tCH4 hoặc kgCH4");
    expect(details[3]!.message).toContain("ngoài kỳ báo cáo 2023–2024");
    expect(details[4]!.message).toContain("không có nguồn");
    expect(await reportCount(ids.b)).toBe(0);
    expect(await auditCount()).toBe(before);
  });

  it("refuses an unknown rule, a year the rule does not fall in, a declared year outside the period", async () => {
    const unknown = await coordinator.post(`/api/ghg/facilities/${ids.b}/reports`, {
      ...inventory,
      ruleCode: "khong-co",
    });
    expect(unknown.json().error.details).toEqual([
      { field: "ruleCode", message: "Không có nghĩa vụ báo cáo “khong-co”" },
    ]);
    const offYear = await coordinator.post(`/api/ghg/facilities/${ids.b}/reports`, {
      ...inventory,
      year: 2026,
    });
    expect(offYear.json().error.details[0].field).toBe("year");
    const declared = await coordinator.post(`/api/ghg/facilities/${ids.b}/reports`, {
      ...inventory,
      declared: [{ year: 2022, total: 1 }],
    });
    expect(declared.json().error.details[0]).toMatchObject({ field: "declared[1].year" });
    expect(await reportCount(ids.b)).toBe(0);
  });

  it("refuses a second report for the same facility, rule and year with 409", async () => {
    const response = await coordinator.post(`/api/ghg/facilities/${ids.a}/reports`, inventory);
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: "GHG_REPORT_EXISTS" });
    expect(response.json().error.message).toContain("Công ty Giấy Đồng Nai");
    expect(await reportCount(ids.a)).toBe(1);
  });
});

describe("changing the GWP set", () => {
  it("recomputes as a new version whose reason says what moved, the earlier version kept", async () => {
    const response = await coordinator.post(`/api/ghg/reports/${r1.id}/gwp`, {
      rowVersion: r1.rowVersion,
      gwpCode: "AR6",
    });
    expect(response.statusCode, response.body).toBe(200);
    const { report, change } = response.json() as {
      report: GhgReportDetail;
      change: Record<string, unknown>;
    };
    expect(change).toMatchObject({ stored: "new_version", versionNumber: 2 });
    expect(change.summary).toBe("Đổi bộ GWP từ AR5 sang AR6: tính lại, 6 số liệu tCO2e thay đổi.");
    expect(report.versions.map((v) => v.gwpCode)).toEqual(["AR5", "AR6"]);
    expect(report.versions[1]!.reason).toContain("Năm 2023, CH4:");
    // AR6: CH4 27,9, N2O 273 → 2023: 659,2 + 741 + 0,03 × 27,9 + 0,006 × 273.
    expect(report.versions[1]!.result.years[0]!.total).toBeCloseTo(659.2 + 741 + 0.837 + 1.638, 6);
    expect(report.status).toBe("received");
    r1 = report;
  });
});

describe("the province's appraisal", () => {
  const step = async (client: TestClient, body: Record<string, unknown>) => {
    const response = await client.post(`/api/ghg/reports/${r1.id}/transitions`, {
      rowVersion: r1.rowVersion,
      ...body,
    });
    if (response.statusCode === 200) r1 = detail(response);
    return response;
  };

  it("goes received → under appraisal → returned with findings → corrected version → under appraisal → accepted", async () => {
    expect((await step(coordinator, { action: "start_appraisal" })).statusCode).toBe(200);
    expect(r1.status).toBe("under_appraisal");
    const appraisal = await coordinator.put(`/api/ghg/reports/${r1.id}/appraisal`, {
      rowVersion: r1.rowVersion,
      appraisalBody: "council",
      names: ["Nguyễn Văn An", "Trần Thị Bình"],
    });
    r1 = detail(appraisal);
    expect(r1).toMatchObject({ appraisalBody: "council", appraisers: ["Nguyễn Văn An", "Trần Thị Bình"] });

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
    expect(r1.versions.map((v) => v.number)).toEqual([1, 2, 3]);
    expect(r1.versions[2]!.flags.filter((f) => f.kind === "declared")).toEqual([]);
    expect(r1.versions[0]!.declared).toEqual(inventory.declared);

    const byFacility = await facilityA.post(`/api/ghg/reports/${r1.id}/transitions`, {
      rowVersion: r1.rowVersion,
      action: "accept",
    });
    expect(byFacility.statusCode).toBe(403);
    await step(coordinator, { action: "accept" });
    expect(r1.status).toBe("accepted");
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

describe("documents, comments and who sees what", () => {
  it("keeps the facility's signed report, the department's minutes; the facility may not attach minutes", async () => {
    const pdf = samplePdf("Báo cáo kiểm kê");
    const signed = await facilityA.upload(
      `/api/ghg/reports/${r1.id}/documents`,
      { kind: "information" },
      { name: "bao-cao.pdf", content: pdf },
    );
    // Accepted: the facility attaches nothing more.
    expect(signed.statusCode).toBe(409);
    const minutes = await facilityA.upload(
      `/api/ghg/reports/${r1.id}/documents`,
      { kind: "minutes" },
      { name: "bb.pdf", content: pdf },
    );
    expect(minutes.statusCode).toBe(403);
    const byDepartment = await coordinator.upload(
      `/api/ghg/reports/${r1.id}/documents`,
      { kind: "minutes" },
      { name: "bien-ban.pdf", content: pdf },
    );
    expect(byDepartment.statusCode, byDepartment.body).toBe(200);
    const document = detail(byDepartment).documents[0]!;
    expect(document).toMatchObject({
      kind: "minutes",
      fileName: "bien-ban.pdf",
      mediaType: "application/pdf",
    });
    const back = await facilityA.get(`/api/ghg/reports/${r1.id}/documents/${document.id}/file`);
    expect(back.rawPayload.equals(pdf)).toBe(true);
    const comment = await facilityA.post(`/api/ghg/reports/${r1.id}/comments`, { text: "Đã nhận biên bản" });
    expect(detail(comment).events.at(-1)).toMatchObject({
      kind: "comment",
      note: "Đã nhận biên bản",
      actor: expect.stringContaining("Cán bộ cơ sở"),
    });
  });

  it("shows a facility's account its own reports only: another's is 403, an unknown one 404", async () => {
    const own = (await facilityA.get(`/api/ghg/facilities/${ids.a}/reports`)).json() as GhgFacilityReports;
    expect(own.items).toHaveLength(2);
    expect(own.canRecord).toBe(true);
    expect((await facilityA.get(`/api/ghg/facilities/${ids.quota}/reports`)).statusCode).toBe(403);
    const quotaReport = (
      await coordinator.get(`/api/ghg/facilities/${ids.quota}/reports`)
    ).json() as GhgFacilityReports;
    const other = quotaReport.items[0]!.id;
    expect((await facilityA.get(`/api/ghg/reports/${other}`)).statusCode).toBe(403);
    expect((await facilityA.post(`/api/ghg/reports/${other}/comments`, { text: "x" })).statusCode).toBe(403);
    expect((await facilityA.post(`/api/ghg/facilities/${ids.b}/reports`, inventory)).statusCode).toBe(403);
    expect((await coordinator.get(`/api/ghg/reports/${randomUUID()}`)).statusCode).toBe(404);
    expect((await leader.get(`/api/ghg/reports/${other}`)).statusCode).toBe(200);
    expect(detail(await leader.get(`/api/ghg/reports/${other}`)).allowedActions).toEqual([]);
    expect((await leader.post(`/api/ghg/reports/${other}/comments`, { text: "x" })).statusCode).toBe(403);
    expect((await reporter.get(`/api/ghg/reports/${other}`)).statusCode).toBe(403);
    const versions = await t.database.db.select({ n: count() }).from(ghgReportVersions);
    expect(versions[0]!.n).toBeGreaterThan(0);
  });
});
