// Both renderers on one document holding every block type, read back: the .docx through its
// XML, the PDF through poppler (text, page count, title, page images).
import fs from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import {
  docxText,
  docxXml,
  hasPoppler,
  pdfInfo,
  pdfText,
  pdfToPngs,
} from "../../../tests/support/documents.js";
import { renderDocx } from "./docx.js";
import { rowsPerPiece } from "./docx-pieces.js";
import type { Cell, OfficialDocument } from "./model.js";
import { renderPdf } from "./pdf.js";

const chart = new Resvg(
  '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="400" height="200" fill="#fff"/><rect x="40" y="60" width="80" height="140" fill="#1677ff"/></svg>',
).render();

const sample = (extra: Partial<OfficialDocument> = {}): OfficialDocument => ({
  title: "Báo cáo kết quả tự đánh giá PEPI năm 2024",
  pageNumbers: true,
  draftMark: true,
  blocks: [
    {
      type: "adminHeader",
      superiorBody: "UBND tỉnh Lào Cai",
      issuingBody: "Sở Nông nghiệp\nvà Môi trường",
      numberSymbol: "Số: 125/SNNMT-MT",
      letterSubject: "V/v cung cấp số liệu PEPI năm 2024",
      placeDate: "Lào Cai, ngày      tháng      năm 2025",
    },
    { type: "addressees", names: ["Sở Xây dựng", "Sở Y tế;", "Thống kê tỉnh"] },
    { type: "title", text: "Báo cáo", subtitle: "Kết quả tự đánh giá Bộ chỉ số PEPI năm 2024" },
    { type: "heading", text: "I. KẾT QUẢ THỰC HIỆN", level: 1 },
    { type: "heading", text: "1. Các chỉ số nhóm I", level: 2 },
    {
      type: "paragraph",
      runs: ["Gửi ", { text: "Bộ Nông nghiệp và Môi trường", bold: true }, " theo quy định;\ndòng thứ hai."],
    },
    { type: "bullets", items: [["Chỉ số 01 tăng ", { text: "12,5%", italic: true }], ["Chỉ số 07 giảm"]] },
    {
      type: "table",
      columns: [
        { header: "TT", width: 1, align: "center" },
        { header: "Chỉ tiêu", width: 5 },
        { header: "Giá trị", width: 2, align: "right" },
      ],
      rows: [
        ["1", "Khối lượng nước thải được xử lý (m³)", "1.234,5"],
        [{ runs: ["Tổng cộng"], colSpan: 2, bold: true }, "98.765"],
      ],
    },
    {
      type: "image",
      png: chart.asPng(),
      pixelWidth: chart.width,
      pixelHeight: chart.height,
      width: 120,
      caption: "Biểu đồ 1",
    },
    { type: "pageBreak" },
    { type: "paragraph", runs: ["Trang sau: Độc lập - Tự do - Hạnh phúc."], indent: false },
    {
      type: "signature",
      recipients: ["Như trên;", "- Lưu: VT, MT."],
      authority: "KT. Giám đốc",
      title: "Phó Giám đốc",
      signerName: "Nguyễn Văn Bình",
    },
  ],
  ...extra,
});

describe("renderDocx", () => {
  it("writes every block in the NĐ 30 layout", async () => {
    const docx = await renderDocx(sample());
    const text = await docxText(docx);
    for (const expected of [
      "UBND TỈNH LÀO CAI",
      "SỞ NÔNG NGHIỆP",
      "VÀ MÔI TRƯỜNG",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 125/SNNMT-MT",
      "V/v cung cấp số liệu PEPI năm 2024",
      "Lào Cai, ngày      tháng      năm 2025",
      "Kính gửi:",
      "- Sở Xây dựng;\n- Sở Y tế;\n- Thống kê tỉnh.",
      "BÁO CÁO",
      "Gửi Bộ Nông nghiệp và Môi trường theo quy định;\ndòng thứ hai.",
      "- Chỉ số 01 tăng 12,5%",
      "1.234,5",
      "Nơi nhận:\n- Như trên;\n- Lưu: VT, MT.",
      "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
      "Nguyễn Văn Bình",
    ])
      expect(text).toContain(expected);

    const xml = await docxXml(docx);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(xml).toContain("<w:titlePg/>"); // no number on the first page
    expect(xml).toContain('<w:br w:type="page"/>');
    expect(xml).toContain("<w:tblHeader/>");
    expect(xml).toContain('<w:jc w:val="both"/>');
    expect(xml).toContain('<w:ind w:firstLine="567"/>');
    expect(await docxXml(docx, "word/styles.xml")).toContain('w:ascii="Times New Roman"');
    const headers = await Promise.all(["word/header1.xml", "word/header2.xml"].map((p) => docxXml(docx, p)));
    expect(headers.join()).toContain("PAGE");
    expect(headers.every((h) => h.includes("DỰ THẢO"))).toBe(true);
    // The box is around the words only: the run with the border holds no tab.
    const boxed = headers.flatMap((h) => [
      ...h.matchAll(/<w:r>(?:(?!<\/w:r>).)*<w:bdr [^>]*\/>(?:(?!<\/w:r>).)*<\/w:r>/gs),
    ]);
    expect(boxed.length).toBeGreaterThan(0);
    for (const [run] of boxed) {
      expect(run).toContain("DỰ THẢO");
      expect(run).not.toMatch(/<w:tab\/>|<w:t[^>]*>[^<]*\t/);
    }
    expect(await docxXml(docx, "docProps/core.xml")).toContain("Báo cáo kết quả tự đánh giá PEPI năm 2024");
    expect(xml).toContain("<a:blip r:embed=");
    expect(await docxXml(docx, "word/_rels/document.xml.rels")).toMatch(/Target="media\/[0-9a-f]+\.png"/);
  });

  it("writes one addressee on the Kính gửi line, and a landscape page when asked", async () => {
    const doc = sample({ orientation: "landscape", draftMark: false });
    doc.blocks[1] = { type: "addressees", names: ["Bộ Nông nghiệp và Môi trường"] };
    const docx = await renderDocx(doc);
    expect(await docxText(docx)).toContain("Kính gửi: Bộ Nông nghiệp và Môi trường.");
    const xml = await docxXml(docx);
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    const headers = await Promise.all(["word/header1.xml", "word/header2.xml"].map((p) => docxXml(docx, p)));
    expect(headers.join()).not.toContain("DỰ THẢO");
  });
});

describe.skipIf(!hasPoppler)("renderPdf", () => {
  it("writes the same text with Vietnamese diacritics, numbered pages and a title", async () => {
    const pdf = await renderPdf(sample());
    const info = pdfInfo(pdf);
    expect(info.pages).toBe(2);
    expect(info.title).toBe("Báo cáo kết quả tự đánh giá PEPI năm 2024");
    const text = pdfText(pdf);
    for (const expected of [
      "UBND TỈNH LÀO CAI",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 125/SNNMT-MT",
      "Kính gửi:",
      "Sở Y tế;",
      "Thống kê tỉnh.",
      "Bộ Nông nghiệp và Môi trường",
      "1.234,5",
      "98.765",
      "Nơi nhận:",
      "KT. GIÁM ĐỐC",
      "Nguyễn Văn Bình",
      "DỰ THẢO",
    ])
      expect(text).toContain(expected);
    expect(text).toMatch(/Lào Cai, ngày +tháng +năm 2025/); // pdftotext narrows the blanks
    // The number is on page 2 only, above the text moved there by the page break.
    const [first, second] = text.split("\f");
    expect(second).toMatch(/^\s*2\s+DỰ THẢO\s*\n/);
    expect(first).not.toMatch(/^\s*1\s/);
    const pngs = pdfToPngs(pdf);
    expect(pngs).toHaveLength(info.pages);
    expect(fs.readFileSync(pngs[0]!).subarray(1, 4).toString()).toBe("PNG");
  });

  it("turns the page for a landscape document", async () => {
    const pdf = await renderPdf(sample({ orientation: "landscape", pageNumbers: false, draftMark: false }));
    expect(pdfText(pdf)).not.toContain("DỰ THẢO");
    const pngs = pdfToPngs(pdf);
    const png = fs.readFileSync(pngs[0]!);
    // Width and height of the first page image, from the PNG header.
    expect(png.readUInt32BE(16)).toBeGreaterThan(png.readUInt32BE(20));
  });

  it.runIf(hasPoppler)(
    "never leaves the signature alone on a page, wherever the page ends",
    async () => {
      // Each length puts the page's end somewhere else around the signature; on every one the
      // page that carries "Nơi nhận" also carries the last paragraph, "./." and all.
      for (let fillers = 22; fillers <= 34; fillers += 2) {
        const filler: OfficialDocument["blocks"] = Array.from({ length: fillers }, (_, i) => ({
          type: "paragraph",
          runs: [`Đoạn số ${i + 1} của phần nội dung báo cáo, đủ dài để chiếm trọn một dòng văn bản.`],
        }));
        const pdf = await renderPdf({
          title: "Thử",
          blocks: [
            ...filler,
            { type: "paragraph", runs: ["Trên đây là báo cáo kết quả thực hiện./."] },
            {
              type: "signature",
              recipients: ["Như trên;", "Lưu: VT."],
              authority: "KT. GIÁM ĐỐC",
              title: "PHÓ GIÁM ĐỐC",
              signerName: "Nguyễn Văn Bình",
            },
            { type: "pageBreak" },
            { type: "paragraph", runs: ["Phụ lục I"] },
          ],
        });
        const pages = pdfText(pdf).split("\f").slice(0, -1);
        const page = pages.find((p) => p.includes("Nơi nhận"));
        expect(page, `${fillers} đoạn`).toContain("báo cáo kết quả thực hiện./.");
        // And the break before the annex never leaves a blank page behind a full one.
        expect(
          pages.filter((p) => !/\p{L}/u.test(p)),
          `${fillers} đoạn`,
        ).toEqual([]);
        expect(pages.at(-1)).toContain("Phụ lục I");
      }
      const docx = await docxXml(
        await renderDocx({
          title: "Thử",
          blocks: [
            { type: "paragraph", runs: ["Trên đây là báo cáo./."] },
            { type: "signature", recipients: [], authority: "", title: "GIÁM ĐỐC", signerName: "A" },
          ],
        }),
      );
      // Word keeps the last paragraph with the signature that follows it.
      expect(docx).toMatch(/<w:p>\s*<w:pPr>(?:(?!<\/w:pPr>).)*<w:keepNext\/>(?:(?!<\/w:p>).)*báo cáo\.\/\./s);
    },
    30_000,
  );

  it("boxes the draft mark in the PDF as in the .docx", async () => {
    // Strokes drawn on a one-paragraph page: the four sides of the box, only when marked.
    const strokes = async (draftMark: boolean) => {
      const pdf = await renderPdf({
        title: "Thử",
        draftMark,
        blocks: [{ type: "paragraph", runs: ["Nội dung."] }],
      });
      const { inflateSync } = await import("node:zlib");
      return (
        [...pdf.toString("latin1").matchAll(/stream\r?\n([\s\S]*?)endstream/g)]
          .map((m) => {
            try {
              return inflateSync(Buffer.from(m[1]!, "latin1")).toString("latin1");
            } catch {
              return "";
            }
          })
          .join("\n")
          .match(/ m\n[^\n]* l\n(?:[^\n]*\n){0,4}S\n/g)?.length ?? 0
      );
    };
    expect(await strokes(true)).toBe(4);
    expect(await strokes(false)).toBe(0);
  });
});

describe("a table longer than a piece", () => {
  it("is written a piece at a time into the same table, every row once and in order", async () => {
    const count = rowsPerPiece * 2 + 7;
    const xml = await docxXml(
      await renderDocx({
        title: "Thử",
        blocks: [
          { type: "paragraph", runs: ["Trước bảng."] },
          {
            type: "table",
            columns: [
              { header: "STT", width: 1 },
              { header: "Tên", width: 4 },
            ],
            rows: Array.from({ length: count }, (_, i) => [String(i + 1), `Dòng thứ ${i + 1}`]),
          },
          { type: "paragraph", runs: ["Sau bảng."] },
        ],
      }),
    );
    expect(xml.match(/<w:tbl>/g)).toHaveLength(1);
    expect(xml.match(/<w:tr[ >]/g)).toHaveLength(count + 1);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(xml).not.toContain("PLACEHOLDER");
    const order = [...xml.matchAll(/Dòng thứ (\d+)/g)].map((m) => Number(m[1]));
    expect(order).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect(xml.indexOf("Trước bảng.")).toBeLessThan(xml.indexOf("Dòng thứ 1<"));
    expect(xml.indexOf("Sau bảng.")).toBeGreaterThan(xml.indexOf(`Dòng thứ ${count}<`));
  });

  it("writes each row exactly as the library writes it, whatever its shape and words", async () => {
    // Shapes a report's annex has: plain rows, an agency's heading across the columns, bold and
    // italic runs, several lines in a cell, empty cells; words with XML's special characters,
    // quotes, spaces at the ends, Vietnamese in both Unicode forms.
    const shapes: ((i: number) => Cell[])[] = [
      (i) => [String(i), `Dòng thứ ${i} & <số> "liệu" 'x'`],
      (i) => [{ runs: [{ text: `Sở Xây dựng ${i}`, bold: true }], colSpan: 2 }],
      (i) => [
        { runs: [`  đầu ${i}`, { text: " nghiêng ", italic: true }], align: "right" },
        `hai\ndòng ${i}`,
      ],
      (i) => ["", `Hòa ${i} Hoà ${i}`.normalize("NFD")],
      (i) => [{ runs: [`${i}`], bold: true }, { runs: [{ text: "gạch", underline: true }, `\n${i}`] }],
    ];
    const rows = Array.from({ length: rowsPerPiece + 40 }, (_, i) => shapes[i % shapes.length]!(i + 1));
    const table = (rows: Cell[][]): OfficialDocument => ({
      title: "Thử",
      blocks: [
        {
          type: "table",
          columns: [
            { header: "STT", width: 1 },
            { header: "Nội dung", width: 4, align: "left" },
          ],
          rows,
        },
      ],
    });
    const rowsOf = async (doc: OfficialDocument) =>
      ((await docxXml(await renderDocx(doc))).match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).slice(1);
    // Each half is short enough to go through the library whole.
    const expected = [
      ...(await rowsOf(table(rows.slice(0, rowsPerPiece)))),
      ...(await rowsOf(table(rows.slice(rowsPerPiece)))),
    ];
    const pieced = await rowsOf(table(rows));
    expect(pieced).toHaveLength(rows.length);
    for (const [i, row] of pieced.entries()) expect(row, `row ${i + 1}`).toBe(expected[i]);
  });

  it("puts each long table's rows in its own place, whatever words the rows hold", async () => {
    const long = (name: string, extra: string) => ({
      type: "table" as const,
      columns: [{ header: name, width: 1 }],
      rows: Array.from({ length: rowsPerPiece + 1 }, (_, i) => [i === 0 ? extra : `${name} ${i}`]),
    });
    const xml = await docxXml(
      await renderDocx({
        title: "Thử",
        // A word that looks like a placeholder must not draw the second table's rows into the first.
        blocks: [long("Một", "PEPI-HUB-ROWS-1-PLACEHOLDER"), long("Hai", "Hai 0")],
      }),
    );
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables).toHaveLength(2);
    expect(tables[0]).not.toContain("Hai 1<");
    expect(tables[1]).toContain(`Hai ${rowsPerPiece}<`);
    expect(tables[0]).toContain("PEPI-HUB-ROWS-1-PLACEHOLDER");
  });
});
