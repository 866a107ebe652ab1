// Saving only the valid part of a form workbook, a value changed both on the server and in the
// file since the download, and who may upload when.
import { and, eq } from "drizzle-orm";
import type ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submissions } from "../../src/server/db/schema.js";
import { createTestApp, signedInClient, type TestApp } from "../support/app.js";
import {
  changedTemplate,
  download,
  elementOf,
  expectRefused,
  type FormFixture,
  figureRow,
  formFixture,
  pack,
  readForm,
  uploadXlsx,
  vehiclesCell,
} from "../support/form-workbooks.js";

let t: TestApp;
let f: FormFixture;
beforeAll(async () => {
  t = await createTestApp();
  f = await formFixture(t);
});
afterAll(() => t.close());

const refused = (content: Buffer, code: "EXCEL_FILE_REFUSED" | "EXCEL_FILE_INVALID") =>
  expectRefused(f, content, code);
const changed = (edit: (wb: ExcelJS.Workbook) => void | Promise<void>) => changedTemplate(f, edit);

describe("saving only the valid part", () => {
  it("refuses the file first, then with keepValid saves the valid cells and says what it skipped", async () => {
    const content = await changed((wb) => {
      vehiclesCell(wb).value = 140;
      figureRow(wb, "Chỉ số 22", "air_stations_class4").getCell(5).value = "ba";
    });
    const first = await refused(content, "EXCEL_FILE_INVALID");
    expect(first.details).toHaveLength(1);
    const response = await f.reporterA.upload(
      `${f.xlsxUrl}?keepValid=true`,
      {},
      { name: "bieu mau.xlsx", content },
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      changed: 1,
      skipped: 1,
      problemCount: 1,
      problems: [expect.objectContaining({ sheet: "Chỉ số 22", row: 5, column: "E" })],
    });
    const form = await readForm(f.reporterA, f.formUrl);
    expect(elementOf(form, "public_transport_vehicles").number).toBe("140");
    expect(elementOf(form, "air_stations_class4").number).toBeNull();
  });

  it("lists at most 200 problems and says how many more there are", async () => {
    const content = await changed((wb) => {
      wb.getWorksheet("Bãi chôn lấp chất thải rắn")!.addRows(
        Array.from({ length: 250 }, (_, i) => [`Bãi ${i}`, "?"]),
      );
    });
    const error = await refused(content, "EXCEL_FILE_INVALID");
    expect(error.message).toContain("có 250 lỗi");
    expect(error.details).toHaveLength(201);
    expect(error.details?.[200]).toMatchObject({ message: "… và 50 lỗi khác không liệt kê" });
  });
});

describe("a value changed on the server since the download", () => {
  it("is a conflict when the file changed it differently, and is kept when the file did not", async () => {
    const wb = await download(f.reporterA, f.xlsxUrl);
    const form = await readForm(f.reporterA, f.formUrl);
    const saved = await f.reporterA.put(f.formUrl.replace(/form$/, "values"), {
      values: [
        {
          element: "public_transport_vehicles",
          number: "160",
          baseVersion: elementOf(form, "public_transport_vehicles").version,
        },
        {
          element: "air_stations_class4",
          number: "7",
          baseVersion: elementOf(form, "air_stations_class4").version,
        },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    vehiclesCell(wb).value = 170; // changed in the file too: conflict
    figureRow(wb, "Chỉ số 09", "hazardous_waste_treated_t").getCell(5).value = 9; // only in the file
    const error = await refused(await pack(wb), "EXCEL_FILE_INVALID");
    expect(error.details).toEqual([
      expect.objectContaining({
        sheet: "Chỉ số 07",
        row: 5,
        column: "E",
        message: expect.stringMatching(
          /^Số phương tiện giao thông công cộng: Xung đột – .*đã được sửa thành 160/,
        ),
      }),
    ]);
    const kept = await f.reporterA.upload(
      `${f.xlsxUrl}?keepValid=true`,
      {},
      { name: "b.xlsx", content: await pack(wb) },
    );
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json()).toMatchObject({ changed: 1, skipped: 1 });
    const after = await readForm(f.reporterA, f.formUrl);
    expect(elementOf(after, "public_transport_vehicles").number).toBe("160");
    expect(elementOf(after, "air_stations_class4").number).toBe("7"); // the file left it as downloaded
    expect(elementOf(after, "hazardous_waste_treated_t").number).toBe("9");
  });
});

describe("who may upload, and when", () => {
  it("refuses another agency's user, a sent submission and a file past the size limit", async () => {
    const content = await changed((wb) => {
      vehiclesCell(wb).value = 1;
    });
    expect((await uploadXlsx(f.reporterB, f.xlsxUrl, content)).statusCode).toBe(403);
    const leader = await signedInClient(t, "leader");
    expect((await uploadXlsx(leader, f.xlsxUrl, content)).statusCode).toBe(403);

    const where = and(eq(submissions.cycleId, f.cycleId), eq(submissions.agencyId, f.agencyA));
    await t.database.db.update(submissions).set({ status: "submitted" }).where(where);
    const sent = await uploadXlsx(f.reporterA, f.xlsxUrl, content);
    expect(sent.statusCode).toBe(409);
    expect(sent.json().error.code).toBe("INVALID_TRANSITION");
    await t.database.db.update(submissions).set({ status: "draft" }).where(where);

    const small = await createTestApp({ FORM_UPLOAD_MAX_MB: "0.02" });
    try {
      const g = await formFixture(small);
      const big = await download(g.reporterA, g.xlsxUrl);
      big
        .getWorksheet("Bãi chôn lấp chất thải rắn")!
        .addRows(Array.from({ length: 2000 }, (_, i) => [`Bãi số ${i}`, "Có"]));
      const response = await uploadXlsx(g.reporterA, g.xlsxUrl, await pack(big));
      expect(response.statusCode).toBe(413);
      expect(response.json().error.code).toBe("FILE_TOO_LARGE");
      expect(response.json().error.message).toContain("(0,02 MB)");
    } finally {
      await small.close();
    }
  });
});
