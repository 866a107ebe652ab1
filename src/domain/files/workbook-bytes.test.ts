import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { sampleDocx, sampleOle2, samplePdf, sampleXlsx, sampleZip } from "./samples.test-support.js";
import { judgeWorkbookBytes, measureZip } from "./workbook-bytes.js";

const limit = { unpacked: 1024 * 1024, cells: 1000 };

describe("judgeWorkbookBytes", () => {
  it("accepts a ZIP holding xl/workbook.xml", async () => {
    expect(await judgeWorkbookBytes(sampleXlsx(), limit)).toEqual({ ok: true });
  });

  it("says a password-protected workbook is password protected", async () => {
    const verdict = await judgeWorkbookBytes(sampleOle2(["EncryptionInfo", "EncryptedPackage"]), limit);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reason).toMatch(/^tệp Excel được đặt mật khẩu/);
  });

  it("says an old .xls is the old format", async () => {
    const verdict = await judgeWorkbookBytes(sampleOle2(["Workbook"]), limit);
    expect(!verdict.ok && verdict.reason).toContain("định dạng Excel cũ (.xls)");
  });

  it("refuses other content, a Word document, an empty or cut file", async () => {
    expect(await judgeWorkbookBytes(samplePdf(), limit)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("không phải là bảng tính"),
    });
    expect(await judgeWorkbookBytes(sampleDocx(), limit)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("không phải là bảng tính"),
    });
    expect(await judgeWorkbookBytes(new Uint8Array(), limit)).toEqual({ ok: false, reason: "tệp rỗng" });
    const cut = sampleXlsx().subarray(0, 60);
    expect(await judgeWorkbookBytes(cut, limit)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("bị hỏng"),
    });
  });

  it("refuses a workbook that would unpack past the limit", async () => {
    const big = sampleZip({ "xl/workbook.xml": "<workbook/>", "xl/worksheets/sheet1.xml": "x".repeat(2000) });
    expect(await judgeWorkbookBytes(big, { unpacked: 1000, cells: 1000 })).toMatchObject({
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

describe("measureZip", () => {
  const directoryOf = (zip: Buffer) => zip.subarray(zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])));

  it("adds the unpacked sizes of every entry, stored or deflated", async () => {
    const stored = sampleZip({ a: "12345", b: "123" });
    expect(await measureZip(stored, directoryOf(stored), { unpacked: 100, cells: 10 })).toMatchObject({
      unpacked: 8,
    });
    const deflated = deflatedZip({ a: "x".repeat(500), b: "y".repeat(300) });
    expect(await measureZip(deflated, directoryOf(deflated), { unpacked: 1000, cells: 10 })).toMatchObject({
      unpacked: 800,
    });
  });

  it("unpacks instead of trusting the declared sizes, so a small bomb is refused", async () => {
    // 20 MB of one letter deflates to about 20 kB; the directory claims 10 bytes.
    const bomb = deflatedZip(
      { "xl/workbook.xml": "<workbook/>", "xl/worksheets/sheet1.xml": "a".repeat(20e6) },
      10,
    );
    expect(bomb.length).toBeLessThan(100_000);
    expect(await measureZip(bomb, directoryOf(bomb), limit)).toBe("too_large");
    expect(await judgeWorkbookBytes(bomb, limit)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("quá lớn"),
    });
  });

  it("calls an entry that does not unpack corrupt", async () => {
    const zip = deflatedZip({ "xl/workbook.xml": "<workbook/>" });
    const broken = Buffer.from(zip);
    broken.fill(0xff, 30 + "xl/workbook.xml".length, 30 + "xl/workbook.xml".length + 4);
    expect(await measureZip(broken, directoryOf(broken), limit)).toBe("corrupt");
  });

  it("counts the cells of every worksheet and the shared strings, whatever the chunks", async () => {
    const row = (n: number) => `<row r="${n}"><c r="A${n}"><v>1</v></c><c r="B${n}" t="s"><v>0</v></c></row>`;
    // 40,000 cells (about 1.5 MB of XML) deflate to a tenth of that: counted, not trusted.
    const sheet = `<worksheet><cols><col/></cols><sheetData>${Array.from({ length: 20_000 }, (_, i) => row(i + 1)).join("")}</sheetData></worksheet>`;
    const zip = deflatedZip({
      "xl/workbook.xml": "<workbook/>",
      "xl/worksheets/sheet1.xml": sheet,
      "xl/sharedStrings.xml": `<sst>${"<si><t>x</t></si>".repeat(300)}</sst>`,
    });
    expect(zip.length).toBeLessThan(sheet.length / 5);
    const measured = await measureZip(zip, directoryOf(zip), { unpacked: 10e6, cells: 50_000 });
    expect(measured).toMatchObject({ cells: 40_000, sharedStrings: 300 });
    expect(await measureZip(zip, directoryOf(zip), { unpacked: 10e6, cells: 39_999 })).toBe("too_many_cells");
    expect(await judgeWorkbookBytes(zip, { unpacked: 10e6, cells: 10_000 })).toMatchObject({
      ok: false,
      // No workbook relationships here to name the sheet by: the limit alone.
      reason: expect.stringContaining("quá nhiều ô (hơn 10.000 ô)"),
    });
  });
});
