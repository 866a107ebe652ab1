// Nothing is lost between the screen and the page: a report whose tables run over many pages,
// with an indicator whose explanation alone is longer than a page, says in its PDF every word
// its .docx says.
import { describe, expect, it } from "vitest";
import { renderDocx } from "../../src/server/documents/docx.js";
import { renderPdf } from "../../src/server/documents/pdf.js";
import { buildReportDocument, type ReportData } from "../../src/server/features/documents/report-document.js";
import { docxText, hasPoppler, pdfInfo, pdfText } from "../support/documents.js";

function largeReport(): ReportData {
  const longExplanation = Array.from(
    { length: 180 },
    (_, i) =>
      `Xã số ${i + 1} báo cáo lượng chất thải rắn sinh hoạt được thu gom tăng do mở rộng tuyến thu gom.`,
  ).join(" ");
  return {
    fields: {
      superiorBody: "",
      issuingBody: "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG",
      numberSymbol: "/BC-UBND",
      place: "Lâm Đồng",
      date: "2026-03-05",
      signerAuthority: "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH",
      signerTitle: "PHÓ CHỦ TỊCH",
      signerName: "Nguyễn Văn A",
      recipients: ["Như trên;", "Lưu: VT."],
      addressees: ["Bộ Nông nghiệp và Môi trường"],
      subject: "Kết quả tự đánh giá năm 2025",
      introduction: "Mở đầu.",
      assessment: "",
      limitations: "",
      proposals: "",
    },
    year: 2025,
    provinceName: "Tỉnh Lâm Đồng",
    ministryName: "Bộ Nông nghiệp và Môi trường",
    approved: true,
    standing: {
      points: 70,
      complete: true,
      headline: "70/100 điểm",
      lastYear: null,
      rank: null,
      rankBasis: "total",
      rankProvisional: false,
      region: null,
    },
    groups: [{ name: "Nhóm I", points: 50, maxPoints: 70, state: "in", pending: 0, external: false }],
    indicators: Array.from({ length: 26 }, (_, i) => {
      const code = String(i + 1).padStart(2, "0");
      return {
        code,
        name: `Chỉ số thử nghiệm số ${code} về bảo vệ môi trường`,
        unit: "%",
        status: "computed" as const,
        value: 80 + i / 10,
        reason: null,
        points: 2,
        maxPoints: 3,
        lastYear: 75,
        changePct: 10,
        explanations:
          code === "26" ? [{ agency: "Sở Nông nghiệp và Môi trường", text: longExplanation }] : [],
        provisional: false,
      };
    }),
    evidence: [],
    figures: Array.from({ length: 400 }, (_, i) => ({
      agencyName: `UBND xã số ${Math.floor(i / 4) + 1}`,
      elementCode: `e${i}`,
      elementName: `Số liệu thử nghiệm thứ ${i + 1}`,
      value: 1000 + i,
      listItems: null,
      unit: "tấn",
    })),
    gaps: { missingAgencies: [], noData: [] },
  };
}

describe("a large report, read back", () => {
  it.runIf(hasPoppler)(
    "says in its PDF every word its .docx says, a row longer than a page included",
    async () => {
      const document = buildReportDocument(largeReport());
      const [docx, pdf] = [await renderDocx(document), await renderPdf(document)];
      expect(pdfInfo(pdf).pages).toBeGreaterThan(5);
      // Table columns interleave in the PDF's text, so it is compared word by word: every word
      // the .docx says is in the PDF at least as many times. A row cut at a page's foot, or a
      // table dropped after it, leaves words missing.
      const counts = (text: string) => {
        const found = new Map<string, number>();
        for (const word of text.split(/\s+/).filter(Boolean)) found.set(word, (found.get(word) ?? 0) + 1);
        return found;
      };
      const inPdf = counts(pdfText(pdf));
      const short = [...counts(await docxText(docx))].flatMap(([word, n]) =>
        (inPdf.get(word) ?? 0) < n ? [`${word}: ${inPdf.get(word) ?? 0}/${n}`] : [],
      );
      expect(short, short.join(" ; ")).toEqual([]);
      // The longest explanation's last sentence and the annex's last line are there.
      expect(inPdf.get("180")).toBeGreaterThan(0);
      expect(inPdf.get("400")).toBeGreaterThan(0);
    },
  );
});
