// Every text that is stored is bounded, on the page and in an Excel form alike: a list cell, an
// explanation, a comment. A too long one is refused with the field (or sheet, row and column)
// it is in, and nothing of the request is saved.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/app.js";
import { changedTemplate, expectRefused, type FormFixture, formFixture } from "../support/form-workbooks.js";

let t: TestApp;
let f: FormFixture;
beforeAll(async () => {
  t = await createTestApp();
  f = await formFixture(t);
});
afterAll(() => t.close());

describe("bounded texts", () => {
  it("refuses a list cell of megabytes, naming the field", async () => {
    const huge = "Bãi chôn lấp ".repeat(300_000); // about 5 MB: the route takes bodies up to 8 MB
    const response = await f.reporterA.put(`${f.formUrl.replace(/\/form$/, "")}/values`, {
      values: [{ element: "landfills", list: [{ name: huge, sanitary: true }], baseVersion: null }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("VALIDATION_FAILED");
    expect(response.json().error.details).toEqual([
      expect.objectContaining({ field: "values.0.list.0.name" }),
    ]);
  });

  it("refuses an explanation or a comment past 4,000 characters", async () => {
    const base = f.formUrl.replace(/\/form$/, "");
    const long = "x".repeat(4001);
    const explanation = await f.reporterA.put(`${base}/explanations`, {
      subject: "indicator:07",
      body: long,
      previousBody: "",
    });
    expect(explanation.statusCode).toBe(400);
    expect(explanation.json().error.details[0].field).toBe("body");
    const comment = await f.reporterA.post(`${base}/comments`, { subject: "indicator:07", body: long });
    expect(comment.statusCode).toBe(400);
    expect(comment.json().error.details[0].field).toBe("body");
  });

  it("refuses a list cell past 1,000 characters in an Excel form, with its sheet, row and column", async () => {
    const content = await changedTemplate(f, (wb) => {
      const sheet = wb.getWorksheet("Bãi chôn lấp chất thải rắn")!;
      sheet.getCell("A4").value = "Bãi ".repeat(300);
      sheet.getCell("B4").value = "Có";
    });
    const error = await expectRefused(f, content, "EXCEL_FILE_INVALID");
    expect(error.details).toEqual([
      expect.objectContaining({
        sheet: "Bãi chôn lấp chất thải rắn",
        row: 4,
        column: "A",
        message: expect.stringContaining("Dài quá 1.000 ký tự"),
      }),
    ]);
  });
});
