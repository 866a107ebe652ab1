// Importing VCCI's green index (PGI) results from an Excel workbook and a CSV file: a refused row
// named as the sheet shows it, a total that is not its sub-indices' sum imported as published
// with a warning, and the sub-indices' components stored and listed.
import { desc, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../src/server/db/schema.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { makeAgency } from "../support/factories.js";

let t: TestApp;
let coordinator: TestClient;
let reporter: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await signedInClient(t, "coordinator");
  reporter = await signedInClient(t, "reporter", await makeAgency(t.database.db));
});
afterAll(() => t.close());

const header = [
  "year",
  "province",
  "sub1",
  "sub2",
  "sub3",
  "sub4",
  "total",
  "rank",
  "source_url",
  "sub1_rank",
  "sub2_rank",
  "sub3_rank",
  "sub4_rank",
  "sub3.Mua sắm công xanh",
  "sub3.Hướng dẫn thực hiện quy định môi trường",
];
const source = "https://pcivietnam.vn/pgi/ho-so-tinh";

/** A workbook whose first sheet holds the rows (null: an empty row), numbers as numbers. */
async function workbook(rows: ((string | number | null)[] | null)[]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("PGI 2023");
  book.addWorksheet("Ghi chú").addRow(["Trang này không được đọc"]);
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row ?? []);
  return Buffer.from(await book.xlsx.writeBuffer()).toString("base64");
}

const importXlsx = (content: string, extra: Record<string, unknown> = {}) =>
  coordinator.post("/api/published-results/import", {
    kind: "pgi",
    fileName: "pgi-2023.xlsx",
    encoding: "base64",
    content,
    ...extra,
  });

const pgi2023 = async () =>
  (await reporter.get("/api/published-results?kind=pgi&year=2023")).json().items as {
    province: string;
    total: number | null;
    rank: number | null;
    parts: Record<string, number | null>;
    partRanks: Record<string, number | null>;
    components: Record<string, Record<string, number>>;
  }[];

describe("PGI import from Excel", () => {
  const caMau = [2023, "Cà Mau", 6.1, 5.9, 4.7, 5.6, 22.3, 40, source, 41, 38, 45, 30, 5.1, 3.02];
  // 6,2 + 6,1 + 5 + 5,1 = 22,4 against a published 22,5: imported as published, with a warning.
  const laiChau = [2023, "Lai Châu", 6.2, 6.1, 5, 5.1, 22.5, 39, source, null, null, null, null, null, null];

  it("refuses a workbook with a bad row, naming the row as the sheet shows it, and imports nothing", async () => {
    const refused = await importXlsx(
      await workbook([
        caMau,
        null, // an empty row: the next one is the sheet's row 4
        [2023, "Kon Tum", 5, 5.5, "10,5", 7, 28, 64, source, null, null, null, null, 11, null],
        [2023, "Kontum City", 5, 5, 5, 5, 20, 50, source, null, null, null, null, null, null],
      ]),
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe("CSV_INVALID");
    expect(refused.json().error.details).toEqual([
      { field: "sub3", row: 4, message: "Phải là số từ 0 đến 10, không phải 10,5" },
      {
        field: "rank",
        row: 4,
        message: "Hạng phải là số nguyên từ 1 đến 63 (năm 2023 xếp hạng 63 tỉnh, thành phố), không phải 64",
      },
      { field: "sub3.Mua sắm công xanh", row: 4, message: "Phải là số từ 0 đến 10, không phải 11" },
      {
        field: "province",
        row: 5,
        message: expect.stringMatching(/^Không có tỉnh, thành phố “Kontum City” .*gần nhất: Kon Tum/),
      },
    ]);
    expect((await pgi2023()).map((r) => r.province)).not.toContain("Cà Mau");
  });

  it("imports a good workbook with its components, and flags a total its sub-indices do not add up to", async () => {
    const done = await importXlsx(await workbook([caMau, laiChau]));
    expect(done.statusCode).toBe(200);
    expect(done.json()).toEqual({
      imported: 2,
      completed: 0,
      replaced: 0,
      unchanged: 0,
      warnings: [
        {
          row: 3,
          column: "total",
          message:
            "Tổng điểm công bố 22,5 khác tổng bốn chỉ số thành phần 22,4 (chênh 0,1); giữ nguyên số công bố",
        },
      ],
    });
    const rows = await pgi2023();
    expect(rows.find((r) => r.province === "Cà Mau")).toMatchObject({
      total: 22.3,
      rank: 40,
      parts: { PGI1: 6.1, PGI2: 5.9, PGI3: 4.7, PGI4: 5.6 },
      partRanks: { PGI1: 41, PGI2: 38, PGI3: 45, PGI4: 30 },
      components: { PGI3: { "Mua sắm công xanh": 5.1, "Hướng dẫn thực hiện quy định môi trường": 3.02 } },
    });
    // The published total is kept, never recomputed; ranks not published stay empty.
    expect(rows.find((r) => r.province === "Lai Châu")).toMatchObject({
      total: 22.5,
      partRanks: { PGI1: null, PGI2: null, PGI3: null, PGI4: null },
      components: {},
    });
    const audits = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.type, "published.imported"))
      .orderBy(desc(auditEvents.at))
      .limit(1);
    expect(audits[0]?.summary).toBe(
      "Nhập kết quả PGI công bố từ “pgi-2023.xlsx”: 2 dòng mới, 0 dòng bổ sung, 0 dòng thay thế, 0 dòng không đổi, 1 dòng có tổng điểm khác tổng chỉ số thành phần (giữ nguyên số công bố)",
    );

    // The same workbook again changes nothing (its components read back in any key order).
    const again = await importXlsx(await workbook([caMau, laiChau]));
    expect(again.json()).toMatchObject({ imported: 0, completed: 0, replaced: 0, unchanged: 2 });
    expect(again.json().warnings).toHaveLength(1);

    // A component that differs from the stored one is refused unless the file replaces it.
    const changed = [...caMau];
    changed[13] = 5.3;
    const conflict = await importXlsx(await workbook([changed]));
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().error.details).toEqual([
      expect.objectContaining({ field: "sub3.Mua sắm công xanh", row: 2 }),
    ]);
    expect((await importXlsx(await workbook([changed]), { replace: true })).json()).toMatchObject({
      replaced: 1,
    });
    expect((await pgi2023()).find((r) => r.province === "Cà Mau")?.components).toEqual({
      PGI3: { "Mua sắm công xanh": 5.3, "Hướng dẫn thực hiện quy định môi trường": 3.02 },
    });
  });

  it("refuses an .xlsx sent as text, content that is not base64, and a file that is not a workbook", async () => {
    const asText = await coordinator.post("/api/published-results/import", {
      kind: "pgi",
      fileName: "pgi.xlsx",
      content: "PK…",
    });
    expect(asText.statusCode).toBe(400);
    expect(asText.json().error.details).toEqual([expect.objectContaining({ field: "encoding" })]);
    const notBase64 = await importXlsx("không phải base64!");
    expect(notBase64.statusCode).toBe(400);
    expect(notBase64.json().error.details).toEqual([expect.objectContaining({ field: "content" })]);
    const notWorkbook = await importXlsx(Buffer.from("year,province\n").toString("base64"));
    expect(notWorkbook.statusCode).toBe(422);
    expect(notWorkbook.json().error.code).toBe("EXCEL_FILE_REFUSED");
    const pdf = await coordinator.post("/api/published-results/import", {
      kind: "pgi",
      fileName: "pgi.pdf",
      content: "x",
    });
    expect(pdf.statusCode).toBe(400);
    expect(pdf.json().error.details[0].message).toBe("Chỉ nhận tệp .csv hoặc .xlsx");
  });
});

describe("PGI import from CSV", () => {
  it("returns the warnings of totals that are not their sub-indices' sum, and keeps the published totals", async () => {
    const csv = [
      "year;province;sub1;sub2;sub3;sub4;total;rank;source_url",
      // Vietnamese Excel's CSV: semicolons and decimal commas.
      `2023;Điện Biên;5,1;5,2;5,3;5,4;21;50;${source}`,
      `2023;Sơn La;5,1;5,2;5,3;5,4;21,02;N/A;${source}`,
      `2023;Lạng Sơn;5,1;5,2;5,3;5,4;21,2;45;${source}`,
    ].join("\r\n");
    const done = await coordinator.post("/api/published-results/import", {
      kind: "pgi",
      fileName: "pgi.csv",
      content: csv,
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ imported: 3 });
    expect(done.json().warnings).toEqual([
      {
        row: 4,
        column: "total",
        message:
          "Tổng điểm công bố 21,2 khác tổng bốn chỉ số thành phần 21 (chênh 0,2); giữ nguyên số công bố",
      },
    ]);
    const rows = await pgi2023();
    expect(rows.find((r) => r.province === "Lạng Sơn")?.total).toBe(21.2);
    expect(rows.find((r) => r.province === "Sơn La")).toMatchObject({ total: 21.02, rank: null });
  });

  it("accepts a CSV sent as base64, and refuses one not in UTF-8", async () => {
    const csv = `year,province,sub1,sub2,sub3,sub4,total,rank,source_url\n2023,Hà Giang,5,5,5,5,20,55,${source}\n`;
    const done = await coordinator.post("/api/published-results/import", {
      kind: "pgi",
      fileName: "pgi.csv",
      encoding: "base64",
      content: Buffer.from(csv).toString("base64"),
    });
    expect(done.json()).toMatchObject({ imported: 1, warnings: [] });
    const latin1 = await coordinator.post("/api/published-results/import", {
      kind: "pgi",
      fileName: "pgi.csv",
      encoding: "base64",
      content: Buffer.from(csv.replace("Hà Giang", "H\u00e0 Giang"), "latin1").toString("base64"),
    });
    expect(latin1.statusCode).toBe(422);
    expect(latin1.json().error.message).toContain("UTF-8");
  });
});
