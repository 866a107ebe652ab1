import { describe, expect, it } from "vitest";
import { sampleDocx, sampleOle2, samplePdf, sampleXlsx, sampleZip } from "./samples.test-support.js";
import { judgeWorkbookBytes, zipUnpackedBytes } from "./workbook-bytes.js";

const limit = 1024 * 1024;

describe("judgeWorkbookBytes", () => {
  it("accepts a ZIP holding xl/workbook.xml", () => {
    expect(judgeWorkbookBytes(sampleXlsx(), limit)).toEqual({ ok: true });
  });

  it("says a password-protected workbook is password protected", () => {
    const verdict = judgeWorkbookBytes(sampleOle2(["EncryptionInfo", "EncryptedPackage"]), limit);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reason).toMatch(/^tệp Excel được đặt mật khẩu/);
  });

  it("says an old .xls is the old format", () => {
    const verdict = judgeWorkbookBytes(sampleOle2(["Workbook"]), limit);
    expect(!verdict.ok && verdict.reason).toContain("định dạng Excel cũ (.xls)");
  });

  it("refuses other content, a Word document, an empty or cut file", () => {
    expect(judgeWorkbookBytes(samplePdf(), limit)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("không phải là bảng tính"),
    });
    expect(judgeWorkbookBytes(sampleDocx(), limit)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("không phải là bảng tính"),
    });
    expect(judgeWorkbookBytes(new Uint8Array(), limit)).toEqual({ ok: false, reason: "tệp rỗng" });
    const cut = sampleXlsx().subarray(0, 60);
    expect(judgeWorkbookBytes(cut, limit)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("bị hỏng"),
    });
  });

  it("refuses a workbook that would unpack past the limit", () => {
    const big = sampleZip({ "xl/workbook.xml": "<workbook/>", "xl/worksheets/sheet1.xml": "x".repeat(2000) });
    expect(judgeWorkbookBytes(big, 1000)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("quá lớn"),
    });
  });
});

describe("zipUnpackedBytes", () => {
  it("adds the unpacked sizes of every entry", () => {
    const zip = sampleZip({ a: "12345", b: "123" });
    const directoryStart = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    expect(zipUnpackedBytes(zip.subarray(directoryStart))).toBe(8);
  });
});
