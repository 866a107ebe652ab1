// The self-assessment report and the leadership brief, generated from a real cycle and read
// back: the .docx through its XML, the .pdf through poppler (page count, text, page images).
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AgencyForm, Dashboard } from "../../src/contracts/cycles.js";
import type { DocumentDraft } from "../../src/contracts/documents.js";
import { samplePdf } from "../../src/domain/files/samples.test-support.js";
import { provincesOf } from "../../src/domain/org/provinces.js";
import { resultHeadline } from "../../src/domain/results/result-status.js";
import { formatChangePctVi, formatPointsVi } from "../../src/domain/text/format-vi.js";
import { placeName } from "../../src/server/features/documents/draft-defaults.js";
import { importPublished } from "../../src/server/features/published/published.service.js";
import { systemContext } from "../../src/server/platform/audit.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { makeCycle, makeCycleProvince, type ProvinceAgencies } from "../support/cycle-factories.js";
import { docxText, docxXml, hasPoppler, pdfInfo, pdfText, pdfToPngs } from "../support/documents.js";

let t: TestApp;
let coordinator: TestClient;
let agencies: ProvinceAgencies;
let cycleId: string;
let provinceName: string;
const introduction = "Lời mở đầu do Sở soạn lại: số liệu được tổng hợp từ 11 cơ quan, đơn vị.";
const explanation = "Năm 2023 đưa vào khai thác thêm hai tuyến xe buýt nội thị.";

const url = (name: string) => `/api/cycles/${cycleId}/documents/${name}`;
const flat = (text: string) => text.replace(/\s+/g, " ");

/** Saves the given figures of an agency; with `all`, every other one too (0, lists empty). */
async function fill(client: TestClient, agencyId: string, numbers: Record<string, string>, all = false) {
  const form: AgencyForm = (await client.get(`/api/cycles/${cycleId}/agencies/${agencyId}/form`)).json();
  const values = form.elements
    .filter((e) => !e.readOnly && (all || e.code in numbers))
    .map((e) =>
      e.kind === "list"
        ? { element: e.code, list: [], baseVersion: e.version }
        : { element: e.code, number: numbers[e.code] ?? "0", baseVersion: e.version },
    );
  const response = await client.put(`/api/cycles/${cycleId}/agencies/${agencyId}/values`, { values });
  expect(response.statusCode, response.body).toBe(200);
}

function publishedCsv(year: number, rows: [string, number, number][]): string {
  const lines = rows.map(
    ([province, total, rank]) => `${year},${province},${total},${rank},https://example.gov.vn/pepi`,
  );
  return ["year,province,total_score,rank,source_url", ...lines].join("\n");
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const province = await makeCycleProvince(db, "Tỉnh Cao Bằng");
  agencies = province.agencies;
  provinceName = province.provinceName;
  coordinator = await signedInClient(t, "coordinator");
  // Last year: indicator values known from last year's report, and the Ministry's total.
  const history = await makeCycle(db, province.provinceId, { year: 2022, kind: "history" });
  const baseline = await coordinator.put(`/api/cycles/${history}/baseline`, {
    indicators: { "07": 10, "21": 80_000_000 },
  });
  expect(baseline.statusCode, baseline.body).toBe(200);
  cycleId = await makeCycle(db, province.provinceId, { year: 2023 });

  const construction = await signedInClient(t, "reporter", agencies.construction);
  const statistics = await signedInClient(t, "reporter", agencies.statistics);
  const industry = await signedInClient(t, "reporter", agencies.industry);
  await fill(construction, agencies.construction, { public_transport_vehicles: "1.234" });
  await fill(statistics, agencies.statistics, { urban_population: "1.000.000" });
  await fill(industry, agencies.industry, { renewable_electricity_kwh: "83.108.003" }, true);
  const explained = await construction.put(
    `/api/cycles/${cycleId}/agencies/${agencies.construction}/explanations`,
    {
      subject: "indicator:07",
      body: explanation,
      previousBody: "",
    },
  );
  expect(explained.statusCode, explained.body).toBe(200);

  const upload = async (client: TestClient, agencyId: string, indicatorCode: string, docNumber: string) => {
    const response = await client.upload(
      `/api/cycles/${cycleId}/agencies/${agencyId}/evidence`,
      { indicatorCode, docNumber, docDate: "2024-01-15", issuer: "Sở Xây dựng" },
      { name: `Văn bản ${docNumber.replace("/", "-")}.pdf`, content: samplePdf(docNumber) },
    );
    expect(response.statusCode, response.body).toBe(200);
    return response.json().id as string;
  };
  await upload(construction, agencies.construction, "07", "15/BC-SXD");
  const withdrawn = await upload(construction, agencies.construction, "07", "99/BC-RUT");
  expect((await construction.post(`/api/evidence/${withdrawn}/withdraw`)).statusCode).toBe(200);
  const rejected = await upload(industry, agencies.industry, "21", "77/BC-TUCHOI");

  // The industry department's figures are accepted; the others are still drafts (provisional).
  const submit = await industry.post(`/api/cycles/${cycleId}/agencies/${agencies.industry}/submit`);
  expect(submit.statusCode, submit.body).toBe(200);
  const review = await coordinator.post(`/api/evidence/${rejected}/review`, {
    status: "rejected",
    note: "Không đúng năm",
  });
  expect(review.statusCode, review.body).toBe(200);
  const accept = await coordinator.post(`/api/cycles/${cycleId}/agencies/${agencies.industry}/accept`);
  expect(accept.statusCode, accept.body).toBe(200);

  // Twenty provinces' 2023 totals to rank against; the province's own 2022 total.
  const ctx = systemContext("test");
  const others = provincesOf("63")
    .filter((p) => p.shortName !== "Cao Bằng")
    .slice(0, 20)
    .map((p, i): [string, number, number] => [p.shortName, 80 - i * 2, (i + 1) * 3]);
  await importPublished(db, { kind: "pepi", fileName: "2023.csv", content: publishedCsv(2023, others) }, ctx);
  await importPublished(
    db,
    {
      kind: "pepi",
      fileName: "2022.csv",
      content: publishedCsv(2022, [[placeName(provinceName), 45.5, 50]]),
    },
    ctx,
  );

  const draft: DocumentDraft = (await coordinator.get(url("report/draft"))).json();
  const saved = await coordinator.put(url("report/draft"), {
    fields: { ...draft.fields, introduction, includeRank: true },
    rowVersion: draft.rowVersion,
  });
  expect(saved.statusCode, saved.body).toBe(200);
});
afterAll(() => t.close());

/** The rows of the .docx tables, each as its cells' text joined with " | ". */
async function docxRows(buffer: Buffer): Promise<string[]> {
  const xml = await docxXml(buffer);
  return (xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((row) =>
    (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [])
      .map((cell) =>
        flat([...cell.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(" ")).trim(),
      )
      .join(" | "),
  );
}

async function download(client: TestClient, name: string) {
  const response = await client.get(url(name));
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  return response;
}

describe("the self-assessment report", () => {
  it("says in Word everything the Ministry reads: total, each indicator, explanations, evidence, annex", async () => {
    const response = await download(coordinator, "report.docx");
    expect(response.headers["content-type"]).toContain("wordprocessingml");
    expect(decodeURIComponent(String(response.headers["content-disposition"]))).toContain(
      "Báo cáo tự đánh giá PEPI 2023.docx",
    );
    const docx = response.rawPayload;
    const text = await docxText(docx);
    const dashboard: Dashboard = (await coordinator.get(`/api/cycles/${cycleId}/dashboard`)).json();

    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("Số:      /BC-UBND");
    expect(text).toContain("BÁO CÁO");
    expect(text).toContain("Bộ chỉ số đánh giá kết quả bảo vệ môi trường năm 2023");
    // Reported in February 2024, before the ministries merged.
    expect(text).toContain("Kính gửi: Bộ Tài nguyên và Môi trường.");
    expect(text).toContain(introduction);
    // The cycle still misses figures: the report states the groups in, no band, no comparison of
    // totals, and (asked for by the coordinator) no place, since nothing comparable is published.
    const { total } = dashboard;
    expect(total.status.complete).toBe(false);
    const headline = resultHeadline(total.status, { ...total, band: null });
    expect(headline).toMatch(/^Nhóm I: /);
    expect(text).toContain(`Tổng điểm tự đánh giá: ${headline}.`);
    expect(text).not.toContain("xếp loại");
    expect(text).toContain("Chưa so sánh được tổng điểm vì kết quả năm nay chưa đầy đủ.");
    expect(text).toContain("Thứ hạng ước tính: Chưa ước tính được: chỉ ước tính khi kết quả đủ các nhóm");

    const rows = await docxRows(docx);
    const row = (code: string) => rows.find((r) => r.startsWith(`${code} | `)) ?? "";
    const line07 = dashboard.indicators.find((i) => i.code === "07")!;
    expect(row("07")).toContain("12,34 (tạm tính)");
    expect(row("07")).toContain(`10 | ${formatChangePctVi(line07.changePct!)}`);
    expect(row("07")).toContain(explanation);
    expect(row("07")).toContain(`${formatPointsVi(line07.points)}/${formatPointsVi(line07.maxPoints)}`);
    expect(row("21")).toContain("83.108.003 | kWh");
    expect(row("21")).toContain("80.000.000 | +3,9%");
    expect(row("21")).not.toContain("tạm tính");
    // Every assessed indicator has its row; those not assessed since 2021 are named, not listed.
    for (const i of dashboard.indicators.filter((x) => x.status !== "not_assessed"))
      expect(row(i.code)).not.toBe("");
    expect(row("06")).toBe("");
    const quoted = (code: string) => `“${dashboard.indicators.find((i) => i.code === code)!.name.vi}”`;
    expect(text).toContain(
      `Các chỉ số ${["06", "08", "10", "17"].map(quoted).join(", ")} không thuộc phạm vi tự đánh giá năm 2023.`,
    );
    const provisionalLine =
      text.split("\n").find((l) => l.includes("đánh dấu “(tạm tính)” trong bảng: ")) ?? "";
    expect(provisionalLine).toContain(quoted("07"));

    // The evidence in force is cited; a withdrawn and a rejected document are not.
    expect(rows).toContain("07 | 15/BC-SXD | 15/01/2024 | Sở Xây dựng | Văn bản 15-BC-SXD.pdf");
    expect(text).not.toContain("99/BC-RUT");
    expect(text).not.toContain("77/BC-TUCHOI");

    // The annex as Nghị định 30 sets it out, referred to from the body.
    expect(text).toContain("nêu tại Phụ lục I kèm theo Báo cáo này");
    const annex = text.slice(text.indexOf("Phụ lục I\n"));
    expect(annex).toMatch(
      /^Phụ lục I\nSỐ LIỆU DO CÁC CƠ QUAN, ĐƠN VỊ CUNG CẤP NĂM 2023\n\(Kèm theo Báo cáo số +\/BC-UBND ngày +tháng +năm \d{4} của Ủy ban nhân dân tỉnh /,
    );
    for (const name of ["Sở Công Thương", "Sở Xây dựng", "Thống kê tỉnh"]) expect(annex).toContain(name);
    expect(rows).toContainEqual(
      expect.stringMatching(/^\d+ \| Số phương tiện giao thông công cộng \| 1\.234 \| xe$/),
    );
    // People read names: no code of a figure in the annex.
    expect(annex).not.toContain("public_transport_vehicles");

    // Not approved yet: every page says "DỰ THẢO".
    const zip = await JSZip.loadAsync(docx);
    const headers = await Promise.all(zip.file(/word\/header\d*\.xml/).map((f) => f.async("string")));
    expect(headers.some((h) => h.includes("DỰ THẢO"))).toBe(true);
  });

  it("renders the same report as a PDF of several pages, diacritics intact", async () => {
    const response = await download(coordinator, "report.pdf");
    expect(response.headers["content-type"]).toBe("application/pdf");
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    if (!hasPoppler) return;
    const { pages } = pdfInfo(pdf);
    expect(pages).toBeGreaterThan(1);
    expect(pdfToPngs(pdf)).toHaveLength(pages);
    const text = flat(pdfText(pdf));
    expect(text).toContain("Bộ chỉ số đánh giá kết quả bảo vệ môi trường");
    expect(text).toContain("15/01/2024");
    expect(text).toContain("12,34");
    expect(text).toContain("Phụ lục I");
    expect(text).toContain("SỐ LIỆU DO CÁC CƠ QUAN, ĐƠN VỊ CUNG CẤP NĂM 2023");
  });
});

describe("the leadership brief", () => {
  it("fits on one page with the five largest gains and the agencies holding things up", async () => {
    const leader = await signedInClient(t, "leader");
    const dashboard: Dashboard = (await leader.get(`/api/cycles/${cycleId}/dashboard`)).json();
    // The survey (scored by the Fatherland Front) is not a gain any agency can make.
    const gains = dashboard.indicators
      .filter((i) => i.status !== "not_assessed" && !i.external && i.maxPoints > i.points)
      .map((i) => ({ code: i.code, gain: Math.round((i.maxPoints - i.points) * 100) / 100 }))
      .sort((a, b) => b.gain - a.gain || a.code.localeCompare(b.code))
      .slice(0, 5);
    const overdue = dashboard.agencies.find((a) => a.timeliness === "overdue")!;
    expect(dashboard.agencies.find((a) => a.agency.id === agencies.industry)?.timeliness).toBe("late");

    const response = await download(leader, "brief.pdf");
    const pdf = response.rawPayload;
    expect(decodeURIComponent(String(response.headers["content-disposition"]))).toContain(
      "Báo cáo nhanh PEPI 2023.pdf",
    );
    expect(pdf.includes("/Subtype /Image")).toBe(true);
    if (hasPoppler) {
      expect(pdfInfo(pdf).pages).toBe(1);
      const text = flat(pdfText(pdf));
      const section = text.slice(text.indexOf("Năm chỉ số có thể tăng"), text.indexOf("Cơ quan cần đôn đốc"));
      expect(section.match(/\+\d/g)).toHaveLength(gains.length);
      for (const g of gains) {
        expect(section).toMatch(new RegExp(`\\b${g.code}\\b`));
        expect(section).toContain(`+${formatPointsVi(g.gain)}`);
      }
      expect(text).toContain(overdue.agency.name);
      expect(text).toContain("Gửi muộn: Sở Công Thương");
    }

    const docx = (await download(leader, "brief.docx")).rawPayload;
    const media = Object.keys((await JSZip.loadAsync(docx)).files).filter((f) =>
      /^word\/media\/.+\.png$/.test(f),
    );
    expect(media.length).toBeGreaterThanOrEqual(2);
    expect(await docxText(docx)).toContain("Năm chỉ số có thể tăng điểm nhiều nhất");
  });
});

describe("who may download", () => {
  it("refuses a reporter every generated document", async () => {
    const reporter = await signedInClient(t, "reporter", agencies.construction);
    for (const name of ["report.docx", "report.pdf", "brief.docx", "brief.pdf"])
      expect((await reporter.get(url(name))).statusCode).toBe(403);
  });
});
