// The green index (PGI) in exports and documents, on the results shipped with PEPI Hub and an
// installation of Bà Rịa - Vũng Tàu (merged into TP. Hồ Chí Minh on 01/7/2025): the .xlsx of
// every province's results read back as a person sees it (numbers as numbers, the total that
// differs from its sub-indices flagged, ranks computed here marked, a hostile note neutralised),
// the cycle's data export with the province's PGI sheet, the leader's brief (.docx and .pdf) and
// the plan's synthesis for the chairman with their PGI section and its figures (2023: 23,47
// points, 8th of 63, 4th of 6 in Đông Nam Bộ, as seed 002 reports).
import type ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CycleExport } from "../../src/contracts/forms.js";
import type { PgiOverview } from "../../src/contracts/pgi.js";
import type { PlanDetail } from "../../src/contracts/plan-content.js";
import type { PlanReports } from "../../src/contracts/plan-reports.js";
import type { Plan } from "../../src/contracts/plans.js";
import { seed004Schedule } from "../../src/domain/plans/report-periods.js";
import { importPublished } from "../../src/server/features/published/published.service.js";
import { systemContext } from "../../src/server/platform/audit.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { makeCycle, makeCycleProvince } from "../support/cycle-factories.js";
import { docxText, hasPoppler, pdfInfo, pdfText } from "../support/documents.js";
import { openWorkbook } from "../support/form-workbooks.js";

let t: TestApp;
let coordinator: TestClient;
let reporter: TestClient;
let cycleId: string;
let plan: Plan;
let period2023: string;
const hostile = '=HYPERLINK("http://example.invalid/x";"Bấm vào đây")';
const flat = (text: string) => text.replace(/\s+/g, " ");

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const province = await makeCycleProvince(db, "Tỉnh Bà Rịa - Vũng Tàu");
  cycleId = await makeCycle(db, province.provinceId, { year: 2023 });
  coordinator = await signedInClient(t, "coordinator");
  reporter = await signedInClient(t, "reporter", province.agencies.construction);
  // A row whose note would run as a formula if written as it is.
  await importPublished(
    db,
    {
      kind: "pgi",
      fileName: "ghi-chu.csv",
      content: [
        "year,province,sub1,sub2,sub3,sub4,total,rank,source_url,notes",
        `2022,Kon Tum,3,3,3,3,12,,https://example.gov.vn/pgi,"${hostile.replaceAll('"', '""')}"`,
      ].join("\n"),
    },
    systemContext("test"),
  );
  const targets = await coordinator.put("/api/pgi/targets", {
    targets: [{ year: 2024, part: "total", score: null, rank: 5, note: null }],
  });
  expect(targets.statusCode, targets.body).toBe(200);

  const created = await coordinator.post("/api/plans", {
    numberSymbol: "15/KH-UBND",
    issuedOn: "2023-03-20",
    issuer: "UBND tỉnh",
    title: "Kế hoạch nâng cao Chỉ số Xanh cấp tỉnh (PGI) giai đoạn 2023-2025",
    periodFrom: 2023,
    periodTo: 2025,
    scope: "pgi",
    status: "issued",
  });
  expect(created.statusCode, created.body).toBe(201);
  plan = created.json();
  const withTargets = await coordinator.put(`/api/plans/${plan.id}/targets`, {
    expectedRowVersion: plan.rowVersion,
    atRiskBelowPercent: 90,
    targets: [
      {
        measure: "pgi_rank",
        baselineValue: 8,
        baselineYear: 2023,
        yearly: [
          { year: 2024, value: 6 },
          { year: 2025, value: 5 },
        ],
      },
    ],
  });
  expect(withTargets.statusCode, withTargets.body).toBe(200);
  const scheduled = await coordinator.put(`/api/plans/${plan.id}/schedule`, {
    expectedRowVersion: (withTargets.json() as PlanDetail).rowVersion,
    schedule: seed004Schedule,
  });
  expect(scheduled.statusCode, scheduled.body).toBe(200);
  period2023 = (scheduled.json() as PlanReports).periods.find((p) => p.label === "năm 2023")!.id;
});
afterAll(() => t.close());

/** Each row of a sheet as its cell values from column A, an empty cell null. */
const rowsOf = (sheet: ExcelJS.Worksheet) =>
  sheet
    .getSheetValues()
    .flatMap((row, n) =>
      Array.isArray(row) ? [{ n, cells: Array.from(row.slice(1), (v) => v ?? null) }] : [],
    );

describe("the PGI export", () => {
  let wb: ExcelJS.Workbook;
  let disposition: string;

  beforeAll(async () => {
    const response = await reporter.get("/api/pgi/export");
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toContain("spreadsheetml.sheet");
    disposition = decodeURIComponent(String(response.headers["content-disposition"]));
    wb = await openWorkbook(response.rawPayload);
  });

  it("is named in Vietnamese after the years and the province, with its three sheets", () => {
    expect(disposition).toContain("Chỉ số Xanh cấp tỉnh (PGI) 2022-2024 - Hồ Chí Minh.xlsx");
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      "Kết quả các tỉnh",
      "PGI của Hồ Chí Minh",
      "Ghi chú các năm",
    ]);
  });

  it("lists every province's published figures as numbers, VCCI's ranks only", () => {
    const sheet = wb.getWorksheet("Kết quả các tỉnh")!;
    const rows = rowsOf(sheet);
    expect(rows[0]!.cells.slice(0, 4)).toEqual(["Năm", "Tỉnh, thành phố", "Thời kỳ (số tỉnh)", "Vùng"]);
    expect(rows.length - 1).toBe(81); // the 80 shipped rows and the one imported here
    const brvt = rows.find((r) => r.cells[0] === 2023 && r.cells[1] === "Tỉnh Bà Rịa - Vũng Tàu")!;
    // Year, name, era, region, four sub-indices, total, rank, four sub-index ranks.
    expect(brvt.cells.slice(0, 14)).toEqual([
      2023,
      "Tỉnh Bà Rịa - Vũng Tàu",
      63,
      "Đông Nam Bộ",
      null,
      null,
      4.44,
      null,
      23.47,
      8,
      null,
      null,
      null,
      null,
    ]);
    const total = sheet.getRow(brvt.n).getCell(9);
    expect(total.numFmt).toBe("#,##0.00");
    // Bình Dương's 2023 rank was not published: the cell is empty, not computed here.
    const binhDuong = rows.find((r) => r.cells[0] === 2023 && r.cells[1] === "Tỉnh Bình Dương")!;
    expect(binhDuong.cells[8]).toBe(22.44);
    expect(binhDuong.cells[9]).toBeNull();
  });

  it("flags Hồ Chí Minh's 2022 total that differs from its sub-indices, and keeps the published total", () => {
    const sheet = wb.getWorksheet("Kết quả các tỉnh")!;
    const rows = rowsOf(sheet);
    const header = rows[0]!.cells as string[];
    const gapColumn = header.findIndex((h) => h.startsWith("Tổng điểm công bố trừ tổng"));
    const hcm = rows.find((r) => r.cells[0] === 2022 && r.cells[1] === "Thành phố Hồ Chí Minh")!;
    expect(hcm.cells[8]).toBe(13.99);
    expect(hcm.cells[gapColumn]).toBe(-0.03);
    const fill = sheet.getRow(hcm.n).getCell(9).fill as ExcelJS.FillPattern;
    expect(fill.fgColor?.argb).toBe("FFFFE0B2");
    // A total that matches its sub-indices has no flag.
    const matched = rows.find((r) => r.cells[0] === 2023 && r.cells[1] === "Thành phố Hồ Chí Minh")!;
    expect(matched.cells[gapColumn]).toBeNull();
  });

  it("writes a note that looks like a formula as text, never as a formula", () => {
    const sheet = wb.getWorksheet("Kết quả các tỉnh")!;
    const rows = rowsOf(sheet);
    const kontum = rows.find((r) => r.cells[0] === 2022 && r.cells[1] === "Tỉnh Kon Tum")!;
    const note = sheet.getRow(kontum.n).getCell(17);
    expect(note.value).toBe(`'${hostile}`);
    expect(note.formula).toBeUndefined();
    for (const s of wb.worksheets)
      s.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.formula, `${s.name}!${cell.address}`).toBeUndefined();
        }),
      );
  });

  it("gives the province's overview: ranks marked published or computed, the region's place, the targets", () => {
    const sheet = wb.getWorksheet("PGI của Hồ Chí Minh")!;
    const rows = rowsOf(sheet);
    expect(String(rows[0]!.cells[0])).toBe("Chỉ số Xanh cấp tỉnh (PGI) của Hồ Chí Minh");
    expect(rows.some((r) => /hình thành từ .*Bà Rịa - Vũng Tàu/.test(String(r.cells[0])))).toBe(true);
    const brvt = rows.find((r) => r.cells[0] === 2023 && r.cells[1] === "Bà Rịa - Vũng Tàu")!;
    expect(brvt.cells.slice(2, 6)).toEqual([63, 23.47, 8, "VCCI công bố"]);
    // Sub-index 3: its score, and a rank computed from the other provinces' scores, in italics.
    expect(brvt.cells[12]).toBe(4.44);
    expect(typeof brvt.cells[13]).toBe("number");
    expect(String(brvt.cells[14])).toMatch(/^PEPI Hub tính từ điểm công bố/);
    expect(sheet.getRow(brvt.n).getCell(14).font?.italic).toBe(true);
    expect(sheet.getRow(brvt.n).getCell(5).font?.italic).toBeFalsy();
    // The region: 4th of the 6 provinces of Đông Nam Bộ.
    expect(brvt.cells.slice(18, 21)).toEqual(["Đông Nam Bộ", 4, 6]);
    const binhDuong = rows.find((r) => r.cells[0] === 2023 && r.cells[1] === "Bình Dương")!;
    expect(String(binhDuong.cells[5])).toMatch(/^PEPI Hub tính/);

    const targetsAt = rows.findIndex((r) => r.cells[0] === "Mục tiêu");
    expect(targetsAt).toBeGreaterThan(0);
    const header = rows[targetsAt + 1]!.cells as string[];
    const page = rows.slice(targetsAt + 2).find((r) => r.cells[0] === "Đặt tại trang PGI")!;
    const cell = (name: string) => page.cells[header.indexOf(name)];
    expect(cell("Chỉ số")).toBe("Tổng điểm PGI");
    expect(cell("Mục tiêu")).toBe(5);
    const targetRow = sheet.getRow(page.n);
    expect(targetRow.getCell(header.indexOf("Mục tiêu") + 1).numFmt).toBe("0");
    expect(cell("Hạng dùng để ước tính")).toBe(5);
    // Fifth in 2024 needed Bình Dương's 27,64 (as the PGI page says).
    expect(cell("Điểm cần đạt (nhiều khả năng)")).toBe(27.64);
    const planned = rows.slice(targetsAt + 2).find((r) => String(r.cells[0]).startsWith("Kế hoạch nâng cao"));
    expect(planned?.cells[header.indexOf("Năm mục tiêu")]).toBe(2025);
  });

  it("says what each edition published: in 2024 only the top 30 were ranked", () => {
    const rows = rowsOf(wb.getWorksheet("Ghi chú các năm")!);
    expect(rows.find((r) => r.cells[0] === 2024)?.cells.slice(1, 3)).toEqual([
      30,
      expect.stringContaining("30 tỉnh, thành phố đứng đầu"),
    ]);
    expect(rows.find((r) => r.cells[0] === 2023)?.cells[1]).toBe(63);
    expect(rows.some((r) => String(r.cells[0]).startsWith("3. Vai trò lãnh đạo"))).toBe(true);
  });

  it("is for the province's people, not the Ministry's viewer, and another province is asked by its code", async () => {
    const viewer = await signedInClient(t, "ministry_viewer");
    expect((await viewer.get("/api/pgi/export")).statusCode).toBe(403);
    const other = await coordinator.get("/api/pgi/export?province=VN63-tinh-ba-ria-vung-tau");
    expect(other.statusCode, other.body).toBe(200);
    const sheet = (await openWorkbook(other.rawPayload)).worksheets[1]!;
    expect(sheet.name).toBe("PGI của Bà Rịa - Vũng Tàu");
    expect((await coordinator.get("/api/pgi/export?province=VN63-khong-co")).statusCode).toBe(404);
  });
});

describe("the cycle's data export", () => {
  it("carries the province's PGI rows up to the cycle's year, as Excel and as JSON", async () => {
    const response = await coordinator.get(`/api/cycles/${cycleId}/export?format=xlsx`);
    expect(response.statusCode, response.body).toBe(200);
    const wb = await openWorkbook(response.rawPayload);
    const sheet = wb.getWorksheet("PGI")!;
    expect(sheet).toBeDefined();
    const rows = rowsOf(sheet);
    expect(rows.slice(1).map((r) => [r.cells[0], r.cells[1], r.cells[3], r.cells[4]])).toEqual([
      [2022, "Bà Rịa - Vũng Tàu", 15.42, 19],
      [2023, "Bà Rịa - Vũng Tàu", 23.47, 8],
    ]);
    const json = (await coordinator.get(`/api/cycles/${cycleId}/export?format=json`)).json() as CycleExport;
    expect(json.pgi?.province).toBe("Bà Rịa - Vũng Tàu");
    expect(json.pgi?.rows.map((r) => r.year)).toEqual([2022, 2023]);
  });
});

describe("the leader's brief", () => {
  it("has a PGI page: 2023's score and rank, each sub-index, against 2022, the region's place", async () => {
    const leader = await signedInClient(t, "leader");
    const docx = await leader.get(`/api/cycles/${cycleId}/documents/brief.docx`);
    expect(docx.statusCode, docx.body).toBe(200);
    const text = flat(await docxText(docx.rawPayload));
    const section = text.slice(text.indexOf("4. Chỉ số Xanh cấp tỉnh (PGI)"));
    expect(section).toContain(
      "Năm 2023, Bà Rịa - Vũng Tàu đạt 23,47/40 điểm, xếp hạng 8/63, tăng 11 bậc và 8,05 điểm so với năm 2022, đứng thứ 4/6 tỉnh, thành phố vùng Đông Nam Bộ (PEPI Hub tính từ điểm công bố).",
    );
    expect(section).toContain("23,47 – hạng 8/63");
    expect(section).toContain("15,42 – hạng 19/63");
    expect(section).toContain("+8,05 điểm; tăng 11 bậc");
    expect(section).toMatch(/3\. Vai trò lãnh đạo.*?4,44 – hạng \d+(–\d+)?\/63\*/);
    expect(section).toContain("(*) Hạng do PEPI Hub tính từ điểm VCCI công bố");
    // 2023 against the pilot year: the edition says the method changed.
    expect(section).toContain("Năm 2023: Công bố ngày 09/5/2024");

    const pdf = await leader.get(`/api/cycles/${cycleId}/documents/brief.pdf`);
    expect(pdf.statusCode, pdf.body).toBe(200);
    if (hasPoppler) {
      // The PEPI page stays one page; the PGI section is the second.
      expect(pdfInfo(pdf.rawPayload).pages).toBe(2);
      const pages = pdfText(pdf.rawPayload).split("\f").map(flat);
      expect(pages[0]).not.toContain("Chỉ số Xanh cấp tỉnh");
      expect(flat(pdfText(pdf.rawPayload))).toContain("23,47/40 điểm, xếp hạng 8/63");
    }
  });
});

describe("the plan's synthesis for the chairman", () => {
  it("carries the province's PGI in section II: the former provinces side by side and the plan's targets", async () => {
    const response = await coordinator.get(`/api/plans/${plan.id}/periods/${period2023}/synthesis`);
    expect(response.statusCode, response.body).toBe(200);
    const text = flat(await docxText(response.rawPayload));
    const two = text.slice(text.indexOf("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"), text.indexOf("III. "));
    const pgi = two.slice(two.indexOf("Chỉ số Xanh cấp tỉnh (PGI) do VCCI công bố"));
    expect(pgi.length).toBeGreaterThan(100);
    expect(pgi).toContain(
      "Từ ngày 01/07/2025, Thành phố Hồ Chí Minh được hình thành từ Bình Dương, Bà Rịa - Vũng Tàu và Hồ Chí Minh (cũ); kết quả PGI năm 2023 của từng tỉnh, thành phố cũ được nêu cạnh nhau, không cộng hay tính bình quân.",
    );
    expect(pgi).toContain("24,20 – hạng 5/63");
    expect(pgi).toContain("23,47 – hạng 8/63");
    expect(pgi).toContain("năm 2022: 15,42 – hạng 19/63");
    expect(pgi).toContain("4/6*");
    // The plan's target of 2025 with the score the place would have needed, as the PGI page says.
    const pageResponse = await coordinator.get("/api/pgi");
    expect(pageResponse.statusCode, pageResponse.body).toBe(200);
    const page = pageResponse.json() as PgiOverview;
    const needed = page.targets.find((x) => x.planId === plan.id && x.year === 2025)!.scoreNeeded!;
    expect(pgi).toMatch(/Tổng PGI: hạng 5 năm 2025 \(Kế hoạch nâng cao Chỉ số Xanh[^)]*\)/);
    const twoDecimals = (n: number) =>
      n.toLocaleString("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    expect(pgi).toContain(`khoảng ${twoDecimals(needed.likely)} điểm`);
    expect(pgi).toContain(`(hạng ${needed.rank}/63 theo điểm năm ${needed.year})`);
    expect(pgi).toContain("Tỉnh mới chưa có kết quả PGI riêng");
    // The page's own target is not the plan's.
    expect(pgi).not.toContain("đặt tại trang PGI");
  });
});
