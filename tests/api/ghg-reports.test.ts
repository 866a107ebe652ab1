// A listed facility's greenhouse-gas reports: tCO2e computed from activity data and factors and
// checked here by hand, a declared figure that differs flagged and kept, bad input refused with
// its row and field and nothing saved, a GWP change recomputed and said, documents and comments,
// and a facility's own account kept to its own reports. The appraisal: ghg-report-appraisal.test.ts.
import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GhgReportReference } from "../../src/contracts/ghg-report-reference.js";
import type { GhgFacilityReports, GhgReportDetail } from "../../src/contracts/ghg-reports.js";
import { samplePdf } from "../../src/domain/files/samples.test-support.js";
import { auditEvents, ghgReports } from "../../src/server/db/schema.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { makeAgency } from "../support/factories.js";
import {
  detail,
  diesel,
  dieselFactors,
  facilityClient,
  insertFacility,
  inventory,
} from "../support/ghg-reports.js";

let t: TestApp;
let coordinator: TestClient;
let leader: TestClient;
let reporter: TestClient;
let facilityA: TestClient;
const ids = { a: randomUUID(), b: randomUUID(), quota: randomUUID() };

const reportCount = async (facilityId: string) =>
  (
    await t.database.db.select({ n: count() }).from(ghgReports).where(eq(ghgReports.facilityId, facilityId))
  )[0]!.n;
const auditCount = async () => (await t.database.db.select({ n: count() }).from(auditEvents))[0]!.n;

beforeAll(async () => {
  t = await createTestApp();
  await insertFacility(t, ids.a, "Công ty Giấy Đồng Nai");
  await insertFacility(t, ids.b, "Công ty Thép Biên Hòa");
  await insertFacility(t, ids.quota, "Công ty Xi măng Hạ Long", {
    quotaStatus: "allocated",
    quotaSector: "cement",
  });
  coordinator = await signedInClient(t, "coordinator");
  leader = await signedInClient(t, "leader");
  reporter = await signedInClient(t, "reporter", await makeAgency(t.database.db));
  facilityA = await facilityClient(t, ids.a);
}, 60_000);
afterAll(() => t?.close());

let r1: GhgReportDetail;

describe("what the report form offers", () => {
  it("names the obligations, the shipped grid factors with their value and status, and the GWP sets", async () => {
    const response = await coordinator.get("/api/ghg/report-reference");
    expect(response.statusCode).toBe(200);
    const reference = response.json() as GhgReportReference;
    expect(reference.rules).toContainEqual({
      code: "activity-data",
      name: "Cung cấp số liệu hoạt động phục vụ kiểm kê khí nhà kính của năm trước",
      status: "confirmed",
    });
    expect(reference.factors.find((f) => f.code === "grid-vn-2023")).toMatchObject({
      name: "Hệ số phát thải lưới điện Việt Nam năm 2023",
      value: 0.6592,
      unit: "tCO2/MWh",
      status: "confirmed",
    });
    expect(reference.factors.find((f) => f.code === "grid-vn-2024")?.status).toBe("unconfirmed");
    expect(reference.gwpSets.map((g) => g.code)).toEqual(["AR4", "AR5", "AR6"]);
  });
});

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
        // Kept with the version though no row uses it yet: refused without its source too.
        { code: "khi-thien-nhien", gas: "CO2", value: 56.1, unit: "tCO2/TJ", validFrom: 2023, validTo: 2024 },
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
      "factors[5].source",
      "factors[5].document",
    ]);
    expect(details[0]).toMatchObject({ row: 1, message: expect.stringContaining("không được âm") });
    expect(details[1]!.message).toContain("không phải là số");
    expect(details[2]!.message).toContain("Khí CH4 ghi bằng tCH4 hoặc kgCH4");
    expect(details[3]!.message).toContain("ngoài kỳ báo cáo 2023–2024");
    expect(details[4]!.message).toContain("không có nguồn");
    expect(details[5]!.message).toBe("Hệ số 5 (khi-thien-nhien): thiếu nguồn của hệ số phát thải");
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

describe("documents, comments and who sees what", () => {
  it("keeps the facility's signed report, the department's minutes; the facility may not attach minutes", async () => {
    const pdf = samplePdf("Báo cáo kiểm kê");
    const signed = await facilityA.upload(
      `/api/ghg/reports/${r1.id}/documents`,
      { kind: "report_signed" },
      { name: "bao-cao.pdf", content: pdf },
    );
    expect(signed.statusCode, signed.body).toBe(200);
    expect(detail(signed).documents).toEqual([
      expect.objectContaining({
        kind: "report_signed",
        versionNumber: 2,
        uploadedBy: expect.stringContaining("Cán bộ cơ sở"),
      }),
    ]);
    const unknownKind = await facilityA.upload(
      `/api/ghg/reports/${r1.id}/documents`,
      { kind: "khac" },
      { name: "x.pdf", content: pdf },
    );
    expect(unknownKind.json().error.details[0].field).toBe("kind");
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
    const document = detail(byDepartment).documents[1]!;
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
    const recorded = await coordinator.post(`/api/ghg/facilities/${ids.quota}/reports`, inventory);
    const other = detail(recorded).id;
    const own = (await facilityA.get(`/api/ghg/facilities/${ids.a}/reports`)).json() as GhgFacilityReports;
    expect(own.items.map((r) => r.id)).toEqual([r1.id]);
    expect(own.canRecord).toBe(true);
    expect((await facilityA.get(`/api/ghg/facilities/${ids.quota}/reports`)).statusCode).toBe(403);
    expect((await facilityA.get(`/api/ghg/reports/${other}`)).statusCode).toBe(403);
    expect((await facilityA.get(`/api/ghg/reports/${randomUUID()}`)).statusCode).toBe(404);
    expect((await facilityA.post(`/api/ghg/reports/${other}/comments`, { text: "x" })).statusCode).toBe(403);
    expect((await facilityA.post(`/api/ghg/facilities/${ids.b}/reports`, inventory)).statusCode).toBe(403);
    expect((await coordinator.get(`/api/ghg/reports/${randomUUID()}`)).statusCode).toBe(404);
    expect((await coordinator.get(`/api/ghg/facilities/${randomUUID()}/reports`)).statusCode).toBe(404);
    expect(detail(await leader.get(`/api/ghg/reports/${other}`)).allowedActions).toEqual([]);
    expect((await leader.post(`/api/ghg/reports/${other}/comments`, { text: "x" })).statusCode).toBe(403);
    expect((await reporter.get(`/api/ghg/reports/${other}`)).statusCode).toBe(403);
    expect((await reporter.get(`/api/ghg/facilities/${ids.a}/reports`)).statusCode).toBe(403);
  });
});
