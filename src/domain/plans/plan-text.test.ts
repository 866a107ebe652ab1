import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { readPlanText, type SubIndex } from "./plan-text.js";

// Bắc Giang's plan to raise its green index, 2023–2025, as its PDF's text reads (lines broken
// mid-sentence, page numbers between pages).
const seed = fs.readFileSync(
  new URL("../../../tests/fixtures/ke-hoach-pgi-bac-giang-2023-2025.txt", import.meta.url),
  "utf8",
);
/** The PGI's sub-indices as the framework in force names them (frameworks/pgi-vcci.yaml). */
const subIndices: SubIndex[] = [
  { ref: "PGI1", name: "Giảm thiểu ô nhiễm môi trường và tác động tiêu cực của biến đổi khí hậu" },
  { ref: "PGI2", name: "Đảm bảo tuân thủ các tiêu chuẩn môi trường tối thiểu" },
  { ref: "PGI3", name: "Vai trò lãnh đạo của chính quyền tỉnh trong thúc đẩy thực hành xanh" },
  { ref: "PGI4", name: "Chính sách và dịch vụ hỗ trợ doanh nghiệp trong bảo vệ môi trường" },
];
const refs = (draft: ReturnType<typeof readPlanText>, name: string) =>
  draft.agencies
    .find((a) => a.name === name)!
    .references.map((r) => `${r.letter} mục ${r.section}${r.role === "support" ? " (phối hợp)" : ""}`);

describe("reading an issued plan's text", () => {
  const draft = readPlanText(seed, { subIndices });

  it("finds the four sections of part II and their lettered tasks as written", () => {
    expect(draft.sections.map((s) => [s.number, s.tasks.map((t) => t.letter).join(" ")])).toEqual([
      ["1", "a b c d đ e f g h k"],
      ["2", "a b c d đ e"],
      ["3", "a b c d đ e f g"],
      ["4", "a b c d đ e f"],
    ]);
    expect(draft.sections[1]!.title).toBe(
      "Chỉ số thành phần 2: Đảm bảo tuân thủ các tiêu chuẩn môi trường tối thiểu (Maintaining Standards)",
    );
    // A task's lines joined into one text, the page number between pages left out.
    expect(draft.sections[0]!.tasks.find((t) => t.letter === "g")!.body).toBe(
      "Nâng cao chất lượng công tác thẩm định, đáp ứng khả năng tiêu thoát nước tại các đồ án quy hoạch, dự án khu đô thị.",
    );
    expect(draft.problems).toEqual([]);
  });

  it("gives every agency of part III the tasks of part II it is assigned, exactly", () => {
    expect(refs(draft, "Sở Tài nguyên và Môi trường")).toEqual([
      "a mục 1",
      "e mục 1",
      "b mục 2",
      "d mục 2",
      "đ mục 2",
      "e mục 2",
      "c mục 3",
      "e mục 3",
      "f mục 3",
      "c mục 4",
    ]);
    expect(refs(draft, "Ban quản lý các khu công nghiệp tỉnh")).toEqual(["d mục 1", "d mục 3", "a mục 4"]);
    expect(refs(draft, "Sở Công Thương")).toEqual([
      "d mục 1",
      "f mục 1",
      "k mục 1",
      "b mục 3",
      "b mục 4",
      "f mục 4",
    ]);
    // Supports the communication of 3a, and carries out the rest of 3a, 4a and 4e itself.
    expect(refs(draft, "Sở Kế hoạch và Đầu tư")).toEqual(["a mục 3", "a mục 4", "e mục 4"]);
    expect(refs(draft, "Sở Tài chính")).toEqual(["a mục 3", "đ mục 3"]);
    expect(refs(draft, "Công an tỉnh")).toEqual(["đ mục 1"]);
    expect(refs(draft, "Sở Nông nghiệp và Phát triển nông thôn")).toEqual(["b mục 1", "g mục 3", "d mục 4"]);
    expect(refs(draft, "Sở Khoa học và Công nghệ")).toEqual(["c mục 1"]);
    expect(refs(draft, "Sở Xây dựng")).toEqual(["c mục 2", "g mục 1"]);
    expect(refs(draft, "Sở Giao thông vận tải")).toEqual(["h mục 1", "k mục 1"]);
    expect(refs(draft, "Sở Giáo dục và Đào tạo")).toEqual(["đ mục 4"]);
    expect(draft.agencies).toHaveLength(16);
  });

  it("reads a name that goes on to the next line whole, even broken at a hyphen", () => {
    expect(draft.agencies.map((a) => a.name)).toContain(
      "Sở Thông tin và Truyền thông, Báo Bắc Giang, Đài Phát thanh và Truyền hình tỉnh",
    );
    // "Đề nghị …" names bodies the committee asks, in a sentence that goes on with what it asks.
    const front = draft.agencies.find((a) => a.number === "14")!;
    expect(front.name).toBe(
      "Ủy ban MTTQ Việt Nam tỉnh Bắc Giang, các tổ chức chính trị-xã hội, các cơ quan truyền thông báo chí",
    );
    expect(front.duties).toHaveLength(1);
    expect(front.duties[0]!.body).toMatch(
      /^Đề nghị Ủy ban MTTQ Việt Nam tỉnh Bắc Giang, các tổ chức chính trị-xã hội, các cơ quan truyền thông báo chí tăng cường giám sát, kịp thời phản ánh, .* liên quan đến lĩnh vực bảo vệ môi trường\.$/,
    );
  });

  it("keeps what part III gives an agency to do itself, beside the tasks of part II it refers to", () => {
    const duties = (name: string) => draft.agencies.find((a) => a.name === name)!.duties;
    expect(duties("Sở Tài chính")).toEqual([
      {
        letter: "a",
        body: "Hàng năm căn cứ khả năng cân đối của ngân sách địa phương, tham mưu UBND tỉnh trình HĐND tỉnh bố trí kinh phí sự nghiệp môi trường đảm bảo cho công tác bảo vệ môi trường trên địa bàn tỉnh theo quy định.",
      },
    ]);
    // An item that refers to part II is the assignment, not a duty of its own.
    expect(duties("Sở Tài nguyên và Môi trường").map((d) => d.letter)).toEqual(["a", "b"]);
    expect(duties("Ban quản lý các khu công nghiệp tỉnh").map((d) => d.letter)).toEqual(["a", "b", "c"]);
    expect(duties("Sở Xây dựng")).toEqual([]);
    expect(duties("Sở Giao thông vận tải")).toEqual([]);
    // A paragraph without items is one duty.
    expect(duties("Sở Thông tin và Truyền thông, Báo Bắc Giang, Đài Phát thanh và Truyền hình tỉnh")).toEqual(
      [
        {
          letter: "a",
          body: "Tổ chức quán triệt, phổ biến sâu rộng về Kế hoạch này đến toàn thể doanh nghiệp và quần chúng nhân dân, đồng thời tăng cường tuyên truyền về mục đích và ý nghĩa của việc cải thiện, nâng hạng Chỉ số PGI.",
        },
      ],
    );
    expect(duties("Các sở, cơ quan khác có liên quan")[0]!.body).toMatch(
      /^Căn cứ chức năng, nhiệm vụ được phân công/,
    );
    expect(duties("Hiệp Hội doanh nghiệp tỉnh Bắc Giang").map((d) => d.letter)).toEqual(["a", "b"]);
    expect(duties("UBND các huyện, thành phố").map((d) => d.letter)).toEqual(["a", "b", "c", "d"]);
    expect(draft.agencies.reduce((n, a) => n + a.duties.length, 0)).toBe(22);

    // A name and what it is to do in one sentence, and a paragraph that introduces the items.
    const inline = readPlanText(
      [
        "II. NHIỆM VỤ",
        "1. Mục một",
        "a) Việc thứ nhất.",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Sở Tài chính chủ trì, phối hợp bố trí kinh phí thực hiện Kế hoạch.",
        "2. Sở Xây dựng",
        "Thực hiện các nhiệm vụ sau:",
        "a) Hướng dẫn các địa phương.",
      ].join("\n"),
    );
    expect(inline.agencies.map((a) => [a.name, a.duties])).toEqual([
      ["Sở Tài chính", [{ letter: "a", body: "Chủ trì, phối hợp bố trí kinh phí thực hiện Kế hoạch." }]],
      ["Sở Xây dựng", [{ letter: "a", body: "Hướng dẫn các địa phương." }]],
    ]);
  });

  it("offers the objectives of part I an index measures, where they stood in the year the text cites", () => {
    const partOne = draft.targets.filter((t) => t.part === "I");
    const rising = (ref: string, from: number, to: number) => ({
      measure: "pgi_part_score",
      measureRef: ref,
      direction: "up",
      baseline: { year: 2022, value: from },
      yearly: [],
      goal: { value: to, every: from === to },
    });
    const rank = (ref: string, from: number, to: number) => ({
      measure: "pgi_part_rank",
      measureRef: ref,
      direction: "down",
      baseline: { year: 2022, value: from },
      yearly: [],
      goal: { value: to, every: false },
    });
    expect(partOne).toEqual([
      expect.objectContaining({
        measure: "pgi_rank",
        section: "2",
        letter: "",
        baseline: { year: 2022, value: 8 },
        goal: { value: 10, every: true },
      }),
      expect.objectContaining({ ...rising("PGI1", 3.45, 3.95), letter: "a" }),
      expect.objectContaining({ ...rank("PGI1", 32, 15), letter: "a" }),
      // Kept "từ 6,01 điểm trở lên": the same value every year.
      expect.objectContaining({ ...rising("PGI2", 6.01, 6.01), letter: "b" }),
      expect.objectContaining({ ...rising("PGI3", 4.47, 4.68), letter: "c" }),
      expect.objectContaining({ ...rank("PGI3", 16, 10), letter: "c" }),
      expect.objectContaining({ ...rising("PGI4", 2.49, 2.49), letter: "d" }),
    ]);
    // Without the framework's sub-indices, none is guessed; the province's place still is.
    expect(
      readPlanText(seed)
        .targets.filter((t) => t.part === "I")
        .map((t) => t.measure),
    ).toEqual(["pgi_rank"]);
  });

  it("takes the yearly figures written in a task as candidate targets", () => {
    expect(draft.targets.filter((t) => t.part === "II")).toEqual([
      {
        name: "Tỷ lệ các cụm công nghiệp đang hoạt động có hệ thống xử lý nước thải tập trung đạt quy chuẩn môi trường",
        unit: "%",
        measure: "own",
        measureRef: null,
        direction: "up",
        part: "II",
        section: "1",
        letter: "d",
        baseline: null,
        goal: null,
        yearly: [
          { year: 2023, value: 62.9 },
          { year: 2024, value: 65 },
          { year: 2025, value: 70 },
        ],
      },
      expect.objectContaining({
        section: "2",
        letter: "c",
        yearly: [
          { year: 2023, value: 45 },
          { year: 2024, value: 50 },
          { year: 2025, value: 55 },
        ],
      }),
      expect.objectContaining({
        name: "Tỷ lệ thu gom và xử lý chất thải rắn",
        section: "2",
        letter: "d",
        yearly: [
          { year: 2023, value: 93.5 },
          { year: 2024, value: 94 },
          { year: 2025, value: 95 },
        ],
      }),
    ]);
  });

  it("reads a long text of wrapped lines in one pass, as much as may be pasted", () => {
    // 300.000 characters of lines that each seem to go on: read once, not once per line.
    const wrapped = `II. X\n1. Mục\na) Việc-\n${"tiếp-\n".repeat(25_000)}III. T\n1. Sở A,\n${"B,\n".repeat(50_000)}`;
    const started = performance.now();
    const read = readPlanText(wrapped);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(read.agencies[0]!.name).toBe("Sở A, B, B, B");
    expect(read.sections[0]!.tasks[0]!.body).toMatch(/^Việc-tiếp-tiếp-/);
  });

  it("says what it could not read, and keeps what it could", () => {
    const letter = readPlanText("Kính gửi: các Sở, ban, ngành.\nĐề nghị báo cáo trước ngày 20/02.");
    expect(letter.sections).toEqual([]);
    expect(letter.problems[0]).toMatch(/^Không tìm thấy phần “II.”/);

    const wrongReference = readPlanText(
      [
        "II. NHIỆM VỤ",
        "1. Mục một",
        "a) Việc thứ nhất.",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Sở Xây dựng",
        "Thực hiện nhiệm vụ tại điểm a, c mục 1 Phần II của Kế hoạch này.",
      ].join("\n"),
    );
    expect(wrongReference.sections[0]!.tasks).toEqual([{ letter: "a", body: "Việc thứ nhất." }]);
    expect(wrongReference.problems).toEqual(["Sở Xây dựng: điểm c mục 1 phần II không có trong kế hoạch."]);
  });
});
