import fs from "node:fs";
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from "docx";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { readPlanText } from "../plans/plan-text.js";
import { docxText } from "./docx-text.js";
import { sampleZip } from "./samples.test-support.js";

const limits = { unpacked: 8 * 1024 * 1024, characters: 300_000 };
const seed = fs.readFileSync(
  new URL("../../../tests/fixtures/ke-hoach-pgi-bac-giang-2023-2025.txt", import.meta.url),
  "utf8",
);

const docxOf = (
  paragraphs: Paragraph[],
  numbering?: ConstructorParameters<typeof Document>[0]["numbering"],
) => Packer.toBuffer(new Document({ numbering, sections: [{ children: paragraphs }] }));

describe("the text of a Word document", () => {
  it("is its paragraphs one a line, so a plan issued as Word reads as its pasted text does", async () => {
    const lines = seed.split(/\r?\n/);
    const read = await docxText(await docxOf(lines.map((line) => new Paragraph(line))), limits);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    // In composed form, as the server reads any text (the fixture has some letters decomposed).
    expect(read.text.split("\n")).toEqual(lines.map((l) => l.normalize("NFC")));
    expect(readPlanText(read.text)).toEqual(readPlanText(seed.normalize("NFC")));
  });

  it("joins a paragraph's runs, keeps tabs and breaks, decodes what XML escapes", async () => {
    const read = await docxText(
      await docxOf([
        new Paragraph({
          children: [
            new TextRun("a) Sở Công Thương "),
            new TextRun({ text: "chủ trì", bold: true }),
            new TextRun({ text: " <cụm công nghiệp> & “khu”", break: 0 }),
            new TextRun("\tthường xuyên"),
          ],
        }),
        new Paragraph({ children: [new TextRun("Mục"), new TextRun({ text: "tiếp", break: 1 })] }),
      ]),
      limits,
    );
    expect(read).toEqual({
      ok: true,
      text: "a) Sở Công Thương chủ trì <cụm công nghiệp> & “khu”\tthường xuyên\nMục\ntiếp",
    });
  });

  it("leaves out deleted text, a text box's copy for old readers and the tab stops of a paragraph", async () => {
    const xml = [
      '<w:document xmlns:w="w" xmlns:mc="mc"><w:body>',
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>',
      '<w:r><w:t>1.</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">Kinh t&#x1EBF; </w:t></w:r>',
      "<w:del><w:r><w:delText>cũ</w:delText></w:r></w:del><w:r><w:t>xanh</w:t><w:noBreakHyphen/><w:t>sạch&#0;</w:t></w:r>",
      "<w:r><mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:r><w:t>Hộp</w:t></w:r></w:p></w:txbxContent></mc:Choice>",
      "<mc:Fallback><w:txbxContent><w:p><w:r><w:t>Hộp</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent></w:r>",
      "</w:p><w:p/><w:p><w:r><w:t>Hết</w:t></w:r></w:p></w:body></w:document>",
    ].join("");
    expect(await docxText(sampleZip({ "word/document.xml": xml }), limits)).toEqual({
      ok: true,
      text: "Hộp\n1.\tKinh tế xanh-sạch\uFFFD\n\nHết",
    });
  });

  it("puts back the numbers Word draws for a numbered list", async () => {
    const read = await docxOf(
      [
        new Paragraph({ text: "NHIỆM VỤ", numbering: { reference: "plan", level: 0 } }),
        new Paragraph({ text: "Mục một", numbering: { reference: "plan", level: 1 } }),
        new Paragraph({ text: "Việc thứ nhất.", numbering: { reference: "plan", level: 2 } }),
        new Paragraph({ text: "Việc thứ hai.", numbering: { reference: "plan", level: 2 } }),
        new Paragraph({ text: "Mục hai", numbering: { reference: "plan", level: 1 } }),
        new Paragraph({ text: "Việc khác.", numbering: { reference: "plan", level: 2 } }),
      ],
      {
        config: [
          {
            reference: "plan",
            levels: [
              { level: 0, format: LevelFormat.UPPER_ROMAN, text: "%1.", alignment: AlignmentType.LEFT },
              { level: 1, format: LevelFormat.DECIMAL, text: "%2.", alignment: AlignmentType.LEFT },
              { level: 2, format: LevelFormat.LOWER_LETTER, text: "%3)", alignment: AlignmentType.LEFT },
            ],
          },
        ],
      },
    );
    const text = await docxText(read, limits);
    expect(text).toEqual({
      ok: true,
      text: [
        "I. NHIỆM VỤ",
        "1. Mục một",
        "a) Việc thứ nhất.",
        "b) Việc thứ hai.",
        "2. Mục hai",
        "a) Việc khác.",
      ].join("\n"),
    });
  });

  it("refuses what is not a Word document, is cut short, or unpacks past its bound", async () => {
    expect(await docxText(sampleZip({ "xl/workbook.xml": "<workbook/>" }), limits)).toEqual({
      ok: false,
      reason: "tệp nén này không phải tài liệu Word (.docx)",
    });
    const whole = await docxOf([new Paragraph("Kế hoạch")]);
    expect(await docxText(whole.subarray(0, whole.length - 30), limits)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("bị hỏng hoặc bị cắt ngang"),
    });
    // A few kilobytes that unpack to 16 MB of one paragraph.
    const bomb = await new JSZip()
      .file("word/document.xml", `<w:document><w:body>${" ".repeat(16 * 1024 * 1024)}`)
      .generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    expect(bomb.length).toBeLessThan(100_000);
    expect(await docxText(bomb, limits)).toEqual({
      ok: false,
      reason: "nội dung tài liệu khi giải nén lớn hơn 8 MB, không phải một văn bản kế hoạch thông thường",
    });
    expect(
      await docxText(await docxOf([new Paragraph("x".repeat(2000))]), { ...limits, characters: 1000 }),
    ).toMatchObject({ ok: false, reason: expect.stringMatching(/^văn bản dài hơn 1\.000 ký tự/) });
    expect(await docxText(await docxOf([new Paragraph("")]), limits)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("không có chữ nào"),
    });
  });
});
