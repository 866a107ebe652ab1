import { deflateRawSync } from "node:zlib";
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

/** A ZIP of deflated entries whose directory declares `declared` as every unpacked size. */
function deflatedZip(entries: Record<string, string>, declared?: number): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name);
    const data = deflateRawSync(Buffer.from(content));
    const size = declared ?? Buffer.byteLength(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe("zipUnpackedBytes", () => {
  const directoryOf = (zip: Buffer) => zip.subarray(zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])));

  it("adds the unpacked sizes of every entry, stored or deflated", () => {
    const stored = sampleZip({ a: "12345", b: "123" });
    expect(zipUnpackedBytes(stored, directoryOf(stored), 100)).toBe(8);
    const deflated = deflatedZip({ a: "x".repeat(500), b: "y".repeat(300) });
    expect(zipUnpackedBytes(deflated, directoryOf(deflated), 1000)).toBe(800);
  });

  it("unpacks instead of trusting the declared sizes, so a small bomb is refused", () => {
    // 20 MB of one letter deflates to about 20 kB; the directory claims 10 bytes.
    const bomb = deflatedZip(
      { "xl/workbook.xml": "<workbook/>", "xl/worksheets/sheet1.xml": "a".repeat(20e6) },
      10,
    );
    expect(bomb.length).toBeLessThan(100_000);
    expect(zipUnpackedBytes(bomb, directoryOf(bomb), 1024 * 1024)).toBe("too_large");
    expect(judgeWorkbookBytes(bomb, 1024 * 1024)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("quá lớn"),
    });
  });

  it("calls an entry that does not unpack corrupt", () => {
    const zip = deflatedZip({ "xl/workbook.xml": "<workbook/>" });
    const broken = Buffer.from(zip);
    broken.fill(0xff, 30 + "xl/workbook.xml".length, 30 + "xl/workbook.xml".length + 4);
    expect(zipUnpackedBytes(broken, directoryOf(broken), 1000)).toBe("corrupt");
  });
});
