import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { readPlanText } from "./plan-text.js";

// Bắc Giang's plan to raise its green index, 2023–2025, as its PDF's text reads (lines broken
// mid-sentence, page numbers between pages).
const seed = fs.readFileSync(
  new URL("../../../tests/fixtures/ke-hoach-pgi-bac-giang-2023-2025.txt", import.meta.url),
  "utf8",
);
const refs = (draft: ReturnType<typeof readPlanText>, name: string) =>
  draft.agencies
    .find((a) => a.name === name)!
    .references.map((r) => `${r.letter} mục ${r.section}${r.role === "support" ? " (phối hợp)" : ""}`);

describe("reading an issued plan's text", () => {
  const draft = readPlanText(seed);

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
    // A name that goes on to the next line is read whole; own lettered tasks are kept.
    expect(draft.agencies.map((a) => a.name)).toContain(
      "Sở Thông tin và Truyền thông, Báo Bắc Giang, Đài Phát thanh và Truyền hình tỉnh",
    );
    expect(draft.agencies.find((a) => a.name === "UBND các huyện, thành phố")!.tasks).toHaveLength(4);
    expect(draft.agencies).toHaveLength(16);
  });

  it("takes the yearly figures written in a task as candidate targets", () => {
    expect(draft.targets).toEqual([
      {
        name: "Tỷ lệ các cụm công nghiệp đang hoạt động có hệ thống xử lý nước thải tập trung đạt quy chuẩn môi trường",
        unit: "%",
        section: "1",
        letter: "d",
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
