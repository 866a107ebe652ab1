import { describe, expect, it } from "vitest";
import type { Block, Cell, Inline } from "../../documents/model.js";
import { buildReportDocument, type ReportData } from "./report-document.js";
import type { ReportIndicator } from "./report-tables.js";

const indicator = (code: string, over: Partial<ReportIndicator> = {}): ReportIndicator => ({
  code,
  name: `Chỉ số thử ${code}`,
  unit: "%",
  status: "computed",
  value: 88.2,
  reason: null,
  points: 2.8,
  maxPoints: 3.18,
  lastYear: 80,
  changePct: 10.25,
  explanations: [],
  provisional: false,
  ...over,
});

function sample(over: Partial<ReportData> = {}): ReportData {
  return {
    fields: {
      superiorBody: "",
      issuingBody: "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI",
      numberSymbol: "/BC-UBND",
      place: "Lào Cai",
      date: "2025-03-05",
      signerAuthority: "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH",
      signerTitle: "PHÓ CHỦ TỊCH",
      signerName: "Nguyễn Văn A",
      recipients: ["Như trên;", "Lưu: VT."],
      addressees: ["Bộ Nông nghiệp và Môi trường"],
      subject: "Kết quả tự đánh giá Bộ chỉ số đánh giá kết quả bảo vệ môi trường năm 2024",
      introduction: "Đoạn mở đầu.\nĐoạn thứ hai.",
      assessment: "Nhận xét chung.",
      limitations: "",
      proposals: "Đề nghị Bộ hướng dẫn.",
    },
    year: 2024,
    provinceName: "Tỉnh Lào Cai",
    ministryName: "Bộ Nông nghiệp và Môi trường",
    approved: false,
    standing: {
      points: 65.5,
      complete: true,
      headline: "65,5/100 điểm, xếp loại Khá",
      lastYear: { year: 2023, points: 61.02, source: "published" },
      rank: {
        ...{ rank: 35, best: 30, worst: 40, exact: false, basedOn: 20, provinceCount: 63, year: 2023 },
        ...{ above: 9, level: 0, below: 11, inconsistent: false },
      },
      rankBasis: "total",
      rankProvisional: true,
      region: null,
    },
    groups: [{ name: "Nhóm I", points: 45.5, maxPoints: 70, state: "in", pending: 0, external: false }],
    indicators: [
      indicator("01", {
        provisional: true,
        explanations: [{ agency: "Sở Xây dựng", text: "Thêm nhà máy." }],
      }),
      indicator("06", { status: "not_assessed", value: null, maxPoints: 0 }),
      indicator("21", { value: 83108003, unit: "kWh", lastYear: null, changePct: null }),
      indicator("24", { value: null, status: "not_computable", reason: "Thiếu số liệu “Chi ngân sách”" }),
    ],
    evidence: [
      {
        indicatorCode: "01",
        fileName: "Báo cáo.pdf",
        docNumber: "15/BC-SXD",
        docDate: "2025-01-15",
        issuer: null,
      },
    ],
    figures: [
      {
        agencyName: "Sở Công Thương",
        elementCode: "a",
        elementName: "Số A",
        value: 1234.5,
        listItems: null,
        unit: "tấn",
      },
      {
        agencyName: "Sở Công Thương",
        elementCode: "b",
        elementName: "Danh sách B",
        value: null,
        listItems: [
          "Bệnh viện A; Đạt quy chuẩn: Có",
          "Bệnh viện B; Đạt quy chuẩn: Không",
          "Bệnh viện C; Đạt quy chuẩn: Có",
        ],
        unit: "",
      },
      { agencyName: "Sở Y tế", elementCode: "c", elementName: "Số C", value: 7, listItems: null, unit: "" },
    ],
    gaps: { missingAgencies: [], noData: [] },
    ...over,
  };
}

const inlineText = (i: Inline) => (typeof i === "string" ? i : i.text);
const cellText = (c: Cell) => (typeof c === "string" ? c : c.runs.map(inlineText).join(""));
const blockText = (b: Block): string =>
  b.type === "paragraph"
    ? b.runs.map(inlineText).join("")
    : b.type === "heading" || b.type === "title"
      ? `${b.text} ${("subtitle" in b && b.subtitle) || ""}`
      : b.type === "bullets"
        ? b.items.map((i) => i.map(inlineText).join("")).join("\n")
        : b.type === "table"
          ? b.rows.map((r) => r.map(cellText).join(" | ")).join("\n")
          : "";
const allText = (blocks: Block[]) => blocks.map(blockText).join("\n");
const tables = (blocks: Block[]) =>
  blocks.filter((b): b is Extract<Block, { type: "table" }> => b.type === "table");

describe("the self-assessment report document", () => {
  it("opens as an administrative report: header, title, addressee, introduction", () => {
    const doc = buildReportDocument(sample());
    expect(doc.blocks[0]).toMatchObject({
      type: "adminHeader",
      issuingBody: "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI",
      numberSymbol: "Số:      /BC-UBND",
      placeDate: "Lào Cai, ngày 05 tháng 3 năm 2025",
    });
    expect(doc.blocks[1]).toEqual({ type: "title", text: "BÁO CÁO", subtitle: sample().fields.subject });
    expect(doc.blocks[2]).toEqual({ type: "addressees", names: ["Bộ Nông nghiệp và Môi trường"] });
    expect(doc.blocks.slice(3, 5).map(blockText)).toEqual(["Đoạn mở đầu.", "Đoạn thứ hai."]);
    expect(doc.pageNumbers).toBe(true);
  });

  it("summarises the total, band and change, lists the provisional indicators, and states no rank", () => {
    const text = allText(buildReportDocument(sample()).blocks);
    expect(text).toContain("Tổng điểm tự đánh giá: 65,5/100 điểm, xếp loại Khá.");
    expect(text).toContain("Tăng 4,48 điểm so với năm 2023 (61,02 điểm, theo kết quả Bộ công bố)");
    expect(text).not.toContain("hạng");
    expect(text).toContain("đánh dấu “(tạm tính)” trong bảng: “Chỉ số thử 01”.");
    expect(text).toContain("Nhận xét chung.");
  });

  it("says what the year goes ahead without: each silent agency and each figure that does not exist, with why", () => {
    const quiet = allText(buildReportDocument(sample()).blocks);
    expect(quiet).not.toContain("Số liệu còn thiếu");
    const gaps = {
      missingAgencies: [
        { agency: "Sở Xây dựng", reason: "Đã đôn đốc ba lần, không phản hồi", accepted: true },
      ],
      noData: [
        { agency: "Sở Y tế", element: "Lượng chất thải y tế được xử lý", reason: "Lò đốt ngừng hoạt động" },
      ],
    };
    const text = allText(buildReportDocument(sample({ gaps })).blocks);
    expect(text).toContain("Số liệu còn thiếu: 2 trường hợp, nêu dưới đây.");
    expect(text).toContain(
      "Sở Xây dựng chưa cung cấp số liệu (lãnh đạo đã chấp nhận thiếu); lý do: Đã đôn đốc ba lần, không phản hồi.",
    );
    expect(text).toContain(
      "“Lượng chất thải y tế được xử lý” (Sở Y tế) không có số liệu trong năm; lý do: Lò đốt ngừng hoạt động.",
    );
  });

  it("states the estimated rank as a range, marked provisional, when the coordinator includes it", () => {
    const data = sample();
    const text = allText(
      buildReportDocument({ ...data, fields: { ...data.fields, includeRank: true } }).blocks,
    );
    expect(text).toContain(
      "Thứ hạng ước tính: Trong khoảng hạng 30–40/63, nhiều khả năng hạng 35: cao hơn 11 trong 20 tỉnh đã công bố điểm năm 2023 (ước tính theo quy tắc tính điểm tạm tính, không phải thứ hạng chính thức).",
    );
  });

  it("states group I alone while the survey is awaited, with no band and no comparison of totals", () => {
    const standing = {
      ...sample().standing,
      complete: false,
      headline: "Nhóm I: 51,06/70 điểm; nhóm II chờ kết quả khảo sát",
      rank: null,
    };
    const text = allText(buildReportDocument(sample({ standing })).blocks);
    expect(text).toContain("Tổng điểm tự đánh giá: Nhóm I: 51,06/70 điểm; nhóm II chờ kết quả khảo sát.");
    expect(text).toContain("So với năm trước: Chưa so sánh được tổng điểm vì kết quả năm nay chưa đầy đủ.");
    expect(text).not.toContain("xếp loại");
  });

  it("gives a group its points only once it has them, and says what it waits for", () => {
    const groups: ReportData["groups"] = [
      { name: "Nhóm I", points: 20.5, maxPoints: 70, state: "partial", pending: 2, external: false },
      { name: "Nhóm II", points: 0, maxPoints: 30, state: "missing", pending: 1, external: true },
      { name: "Nhóm III", points: 0, maxPoints: 10, state: "missing", pending: 3, external: false },
    ];
    const text = allText(buildReportDocument(sample({ groups })).blocks);
    expect(text).toContain("Nhóm I: 20,5/70 điểm (còn 2 chỉ số chưa tính được).");
    expect(text).toContain("Nhóm II: chờ kết quả khảo sát (tối đa 30 điểm).");
    expect(text).toContain("Nhóm III: chưa tính được do chưa đủ số liệu (tối đa 10 điểm).");
    expect(text).not.toContain("0/30");
  });

  it("never says every figure is accepted when no indicator could be computed", () => {
    const indicators = [indicator("24", { value: null, status: "not_computable", reason: "Thiếu số liệu" })];
    const text = allText(buildReportDocument(sample({ indicators, evidence: [] })).blocks);
    expect(text).toContain("Giá trị tạm tính: Chưa có chỉ số nào tính được từ số liệu đã nhập.");
    expect(text).toContain("Các chỉ số chưa có tài liệu minh chứng: “Chỉ số thử 24”.");
    expect(text).not.toMatch(/minh chứng: 24/);
  });

  it("says when there is nothing to compare with", () => {
    const standing = { ...sample().standing, rank: null, lastYear: null };
    const text = allText(buildReportDocument(sample({ standing })).blocks);
    expect(text).toContain("Chưa có tổng điểm năm trước để so sánh");
  });

  it("tabulates each assessed indicator with Vietnamese numbers, marks and explanations", () => {
    const [indicators] = tables(buildReportDocument(sample()).blocks);
    const rows = indicators!.rows.map((r) => r.map(cellText).join(" | "));
    expect(rows).toEqual([
      "01 | Chỉ số thử 01 | 88,2\n(tạm tính) | % | 2,8/3,18 | 80 | +10,3% | Sở Xây dựng: Thêm nhà máy.",
      "21 | Chỉ số thử 21 | 83.108.003 | kWh | 2,8/3,18 | — | — | ",
      "24 | Chỉ số thử 24 | Chưa tính được | % | —/3,18 | 80 | +10,3% | Chưa tính được (thiếu số liệu “Chi ngân sách”)",
    ]);
    expect(allText(buildReportDocument(sample()).blocks)).toContain(
      "Chỉ số “Chỉ số thử 06” không thuộc phạm vi tự đánh giá năm 2024.",
    );
  });

  it("cites evidence with dd/mm/yyyy dates and names indicators without any", () => {
    const doc = buildReportDocument(sample());
    const evidence = tables(doc.blocks)[1]!;
    expect(evidence.rows.map((r) => r.map(cellText).join(" | "))).toEqual([
      "01 | 15/BC-SXD | 15/01/2025 | — | Báo cáo.pdf",
    ]);
    expect(allText(doc.blocks)).toContain(
      "Các chỉ số chưa có tài liệu minh chứng: “Chỉ số thử 21”, “Chỉ số thử 24”.",
    );
  });

  it("numbers only the sections that have content, and closes with the signature", () => {
    const doc = buildReportDocument(sample());
    const headings = doc.blocks.filter((b) => b.type === "heading").map(blockText);
    expect(headings.map((h) => h.trim())).toEqual([
      "I. KẾT QUẢ TỰ ĐÁNH GIÁ CHUNG",
      "II. KẾT QUẢ TỪNG CHỈ SỐ",
      "III. TÀI LIỆU MINH CHỨNG",
      "IV. KIẾN NGHỊ, ĐỀ XUẤT",
    ]);
    expect(doc.blocks.find((b) => b.type === "signature")).toMatchObject({
      authority: "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH",
      signerName: "Nguyễn Văn A",
      recipients: ["Như trên;", "Lưu: VT."],
    });
  });

  it("puts the raw figures in an annex set out as Nghị định 30 asks, each list with its rows", () => {
    const doc = buildReportDocument(sample());
    const breakAt = doc.blocks.findIndex((b) => b.type === "pageBreak");
    expect(doc.blocks.slice(breakAt + 1, breakAt + 4).map(blockText)).toEqual([
      "Phụ lục I",
      "SỐ LIỆU DO CÁC CƠ QUAN, ĐƠN VỊ CUNG CẤP NĂM 2024",
      "(Kèm theo Báo cáo số      /BC-UBND ngày 05/03/2025 của Ủy ban nhân dân tỉnh Lào Cai)",
    ]);
    const annex = tables(doc.blocks.slice(breakAt)).at(0)!;
    expect(annex.rows.map((r) => r.map(cellText).join(" | "))).toEqual([
      "Sở Công Thương",
      "1 | Số A | 1.234,5 | tấn",
      "2 | Danh sách B | 3 | mục",
      "2.1 | Bệnh viện A; Đạt quy chuẩn: Có",
      "2.2 | Bệnh viện B; Đạt quy chuẩn: Không",
      "2.3 | Bệnh viện C; Đạt quy chuẩn: Có",
      "Sở Y tế",
      "3 | Số C | 7 | ",
    ]);
    // The body refers to the annex by its number.
    expect(doc.blocks.slice(0, breakAt).map(blockText).join("\n")).toContain("nêu tại Phụ lục I kèm theo");
  });

  it("writes the province and communes in lower case inside a sentence", () => {
    const doc = buildReportDocument(
      sample({
        gaps: {
          missingAgencies: [{ agency: "UBND Phường Trung Tâm", reason: "Chưa gửi", accepted: true }],
          noData: [],
        },
      }),
    );
    const text = doc.blocks.map(blockText).join("\n");
    expect(text).toContain("UBND phường Trung Tâm chưa cung cấp số liệu");
    expect(text).not.toMatch(/nhân dân Tỉnh|của Tỉnh/);
  });

  it("is marked as a draft until the cycle is approved", () => {
    expect(buildReportDocument(sample()).draftMark).toBe(true);
    expect(buildReportDocument(sample({ approved: true })).draftMark).toBe(false);
  });

  it("ends the body with the closing mark before the signature", () => {
    const blocks = buildReportDocument(sample()).blocks;
    const signature = blocks.findIndex((b) => b.type === "signature");
    expect(blockText(blocks[signature - 1]!)).toBe(
      "Trên đây là báo cáo kết quả tự đánh giá năm 2024 của Ủy ban nhân dân tỉnh Lào Cai, kính báo cáo Bộ Nông nghiệp và Môi trường xem xét, thẩm định./.",
    );
  });
});
