import { describe, expect, it } from "vitest";
import {
  type Detected,
  findZipDirectory,
  judgeFileType,
  officePartsOfZip,
  scanOleDirectory,
  sniffContainer,
  zipEntryNames,
} from "./file-type.js";
import {
  sampleDocx,
  sampleJpeg,
  sampleOle2,
  samplePdf,
  samplePng,
  sampleXlsx,
  sampleZip,
} from "./samples.test-support.js";

/** Detection as the server does it, on a whole buffer. */
function detect(bytes: Buffer): Detected | null {
  const container = sniffContainer(bytes.subarray(0, 4096));
  if (container === "zip") {
    const tail = bytes.subarray(Math.max(0, bytes.length - 65_557));
    const where = findZipDirectory(tail, bytes.length);
    const names = where ? zipEntryNames(bytes.subarray(where.offset, where.offset + where.size)) : [];
    return { container, ...officePartsOfZip(names) };
  }
  if (container === "ole2") {
    const found = { word: false, excel: false };
    scanOleDirectory(bytes.subarray(512), found);
    return { container, ...found };
  }
  return container ? { container } : null;
}

describe("judgeFileType", () => {
  it.each([
    ["bien ban.pdf", samplePdf(), "application/pdf"],
    ["BIEN BAN.PDF", samplePdf(), "application/pdf"],
    ["bao cao.docx", sampleDocx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["so lieu.xlsx", sampleXlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    [
      "cu.doc",
      sampleOle2(["1Table", "SummaryInformation", "CompObj", "Data", "WordDocument"]),
      "application/msword",
    ],
    ["cu.xls", sampleOle2(["Workbook"], 3), "application/vnd.ms-excel"],
    ["anh.jpg", sampleJpeg(), "image/jpeg"],
    ["anh.jpeg", sampleJpeg(), "image/jpeg"],
    ["anh.png", samplePng(), "image/png"],
    ["with-bom.pdf", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), samplePdf()]), "application/pdf"],
  ])("accepts %s", (name, bytes, mediaType) => {
    expect(judgeFileType(name, detect(bytes))).toEqual({ ok: true, kind: expect.any(String), mediaType });
  });

  it.each([
    ["anh.pdf", samplePng(), "tên tệp có đuôi .pdf nhưng nội dung là ảnh PNG"],
    ["bao cao.xlsx", sampleDocx(), "tên tệp có đuôi .xlsx nhưng nội dung là tài liệu Word (.docx)"],
    [
      "nen.docx",
      sampleZip({ "a.txt": "x" }),
      "tên tệp có đuôi .docx nhưng nội dung là tệp nén ZIP, không phải tài liệu Word hay Excel",
    ],
    [
      "cu.xls",
      sampleOle2(["WordDocument"]),
      "tên tệp có đuôi .xls nhưng nội dung là tài liệu Word cũ (.doc)",
    ],
    [
      "trinh chieu.doc",
      sampleOle2(["PowerPoint Document"]),
      "tên tệp có đuôi .doc nhưng nội dung là tệp Office cũ nhưng không phải Word hay Excel",
    ],
    ["chay.exe", Buffer.from("MZ\x90\x00"), "không nhận tệp có đuôi .exe"],
    [
      "van ban.pdf",
      Buffer.from("just text"),
      "tên tệp có đuôi .pdf nhưng nội dung không phải PDF, Word, Excel hay ảnh JPEG, PNG",
    ],
    ["khong duoi", samplePdf(), "tên tệp không có đuôi (nội dung là tài liệu PDF)"],
  ])("refuses %s", (name, bytes, reason) => {
    expect(judgeFileType(name, detect(bytes))).toEqual({ ok: false, reason });
  });
});

describe("ZIP directory", () => {
  it("is found behind an archive comment", () => {
    const zip = sampleZip({ "word/document.xml": "<x/>", "word/styles.xml": "<y/>" }, "chú thích");
    const where = findZipDirectory(zip, zip.length);
    expect(where?.entries).toBe(2);
    expect(zipEntryNames(zip.subarray(where!.offset, where!.offset + where!.size))).toEqual([
      "word/document.xml",
      "word/styles.xml",
    ]);
  });

  it("is not found in a cut archive", () => {
    const zip = sampleDocx().subarray(0, 60);
    expect(findZipDirectory(zip, zip.length)).toBeNull();
  });
});

describe("OLE2 directory scan", () => {
  it("ignores the stream name written as document text off the entry layout", () => {
    const text = Buffer.alloc(1024);
    text.write("WordDocument", 128 + 10, "utf16le");
    const found = { word: false, excel: false };
    scanOleDirectory(text, found);
    expect(found).toEqual({ word: false, excel: false });
  });
});
