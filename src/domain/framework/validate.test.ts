import { describe, expect, it } from "vitest";
import { compileFrameworkText } from "./compile.js";
import { describeIssue } from "./issues.js";

const base = `schema: pepi-hub/framework@1
code: TEST
name: { vi: Thử }
kind: custom
dataElements:
  - { code: treated, name: { vi: Đã xử lý }, unit: t }
  - { code: generated, name: { vi: Phát sinh }, unit: t }
  - { code: people, name: { vi: Dân số }, unit: person, integer: true }
indicators:
  - { code: "01", name: { vi: Tỷ lệ xử lý }, unit: "%", formula: treated / generated * 100, group: I }
  - { code: "02", name: { vi: Điểm khảo sát }, unit: "1", group: I }
editions:
  - code: "2024"
    years: { from: 2024 }
    totalPoints: 10
    groups: [{ code: I, name: { vi: Nhóm I }, points: 10 }]
    indicators:
      - { code: "01", points: 6, scoring: { type: linear, floor: 0, target: 100 } }
      - { code: "02", points: 4, scoring: { type: external } }
    bands: [{ min: 5, label: { vi: Đạt } }, { min: 0, label: { vi: Chưa đạt } }]
`;

function issuesOf(text: string) {
  const result = compileFrameworkText(text, "thu.yaml");
  return result.ok ? [] : result.issues;
}

describe("framework validation", () => {
  it("accepts the base file", () => expect(issuesOf(base)).toEqual([]));

  it.each([
    ["a YAML syntax error", 5, base.replace("kind: custom", "kind: [custom"), /Lỗi cú pháp YAML/],
    [
      "a duplicate indicator code",
      11,
      base.replace('code: "02", name: { vi: Điểm', 'code: "01", name: { vi: Điểm'),
      /Trùng mã chỉ số “01”/,
    ],
    [
      "an unknown data element",
      10,
      base.replace("treated / generated", "treatd / generated"),
      /treatd.*treated/,
    ],
    [
      "a unit mismatch",
      10,
      base.replace("treated / generated * 100", "treated + people"),
      /t.*person|person.*t/,
    ],
    ["points that do not add up", 16, base.replace("points: 6,", "points: 5,"), /cộng lại được 9.*10/],
    ["an unknown unit", 6, base.replace("unit: t }", "unit: tấn-khối }"), /Đơn vị không hợp lệ/],
    ["a missing field", 13, base.replace("    totalPoints: 10\n", ""), /totalPoints|Đầu vào không hợp lệ/],
  ] as const)("refuses %s, naming line %s", (_, line, text, message) => {
    const issues = issuesOf(text);
    expect(issues.length).toBeGreaterThan(0);
    const described = issues.map(describeIssue).join("\n");
    expect(described).toMatch(message);
    expect(issues.map((i) => i.line)).toContain(line);
  });

  it("refuses an unknown key, such as a name split by an unquoted comma", () => {
    const issues = issuesOf(base.replace("name: { vi: Tỷ lệ xử lý }", "name: { vi: Tỷ lệ thu gom, xử lý }"));
    expect(issues[0]).toMatchObject({ path: "indicators[0].name", line: 10 });
  });

  it("names the indicator of a formula problem", () => {
    const [issue] = issuesOf(base.replace("treated / generated", "treated / nothing"));
    expect(issue).toMatchObject({
      file: "thu.yaml",
      indicator: "01",
      field: "formula",
      path: "indicators[0].formula",
    });
  });

  it("refuses a gap in a band table", () => {
    const text = base.replace(
      "{ type: linear, floor: 0, target: 100 }",
      "{ type: bands, bands: [{ from: 0, to: 50, share: 0 }, { from: 60, to: 100, share: 1 }] }",
    );
    expect(issuesOf(text).map((i) => i.message)).toContain("Bảng điểm bị hở từ 50 đến 60");
  });

  it("refuses circular and self-referencing derived elements", () => {
    const text = base
      .replace(
        "{ code: treated, name: { vi: Đã xử lý }, unit: t }",
        "{ code: treated, name: { vi: Đã xử lý }, unit: t, formula: generated * 0.5 }",
      )
      .replace(
        "{ code: generated, name: { vi: Phát sinh }, unit: t }",
        "{ code: generated, name: { vi: Phát sinh }, unit: t, formula: treated * 2 }",
      );
    expect(
      issuesOf(text)
        .map((i) => i.message)
        .join(),
    ).toMatch(/vòng tròn: (treated → generated → treated|generated → treated → generated)/);
    const self = base.replace(
      "{ code: treated, name: { vi: Đã xử lý }, unit: t }",
      "{ code: treated, name: { vi: Đã xử lý }, unit: t, formula: treated + 1 }",
    );
    expect(
      issuesOf(self)
        .map((i) => i.message)
        .join(),
    ).toMatch(/vòng tròn: treated → treated/);
  });

  it("refuses a 10 MB formula (a file over the size limit)", () => {
    const huge = base.replace("treated / generated * 100", `treated${" + treated".repeat(1_000_000)}`);
    expect(issuesOf(huge)[0]!.message).toMatch(/Tệp quá lớn/);
  });
});
