import { describe, expect, it } from "vitest";
import { describeGhgIssue } from "./data-file.js";
import { shippedGhgText } from "./ghg-files.test-support.js";
import { loadObligationRules, type ObligationRulesFile } from "./obligation-rules.js";
import { type FacilityStanding, obligationCalendar, obligationsFor } from "./obligations.js";

function shippedRules(): ObligationRulesFile {
  const loaded = loadObligationRules(shippedGhgText("obligation-rules.yaml"), "obligation-rules.yaml");
  if (!loaded.ok) throw new Error(loaded.issues.map(describeGhgIssue).join("\n"));
  return loaded.value;
}

const onBothLists = [
  { list: "01/2022/QĐ-TTg", from: "2022-01-18", until: "2024-10-01" },
  { list: "13/2024/QĐ-TTg", from: "2024-10-01" },
];

const facilities: Record<string, FacilityStanding> = {
  // Thermal power: on both lists, a quota for the 2025–2026 phase.
  quotaThermal: { listings: onBothLists, quota: [{ from: "2025-01-01", until: "2027-01-01" }] },
  nonQuota: { listings: onBothLists },
  // On 01/2022, dropped by 13/2024 when it came into force.
  delisted2024: {
    listings: [{ list: "01/2022/QĐ-TTg", from: "2022-01-18", until: "2024-10-01" }],
    delistedOn: "2024-10-01",
  },
  closedMid2025: { listings: onBothLists, closedOn: "2025-06-30" },
  newIn13: { listings: [{ list: "13/2024/QĐ-TTg", from: "2024-10-01" }] },
};

type Row = [
  facility: keyof typeof facilities,
  year: number,
  owed: [rule: string, due: string, covers: number[]][],
];

// Every date worked out by hand from the rules: activity data 31/3 yearly from 2023 for the year
// before; inventory report 31/3 every two years from 2025 for the two years before; final report
// 1/12 every two years from 2025; mitigation plan 31/12 yearly from 2026; verification 1/12 every
// two years from 2027 for quota facilities.
const table: Row[] = [
  ["quotaThermal", 2023, [["activity-data", "2023-03-31", [2022]]]],
  ["quotaThermal", 2024, [["activity-data", "2024-03-31", [2023]]]],
  [
    "quotaThermal",
    2025,
    [
      ["activity-data", "2025-03-31", [2024]],
      ["inventory-report", "2025-03-31", [2023, 2024]],
      ["final-report", "2025-12-01", [2023, 2024]],
    ],
  ],
  [
    "quotaThermal",
    2026,
    [
      ["activity-data", "2026-03-31", [2025]],
      ["mitigation-plan", "2026-12-31", [2026]],
    ],
  ],
  [
    "quotaThermal",
    2027,
    [
      ["activity-data", "2027-03-31", [2026]],
      ["inventory-report", "2027-03-31", [2025, 2026]],
      ["final-report", "2027-12-01", [2025, 2026]],
      ["verification", "2027-12-01", [2025, 2026]],
      ["mitigation-plan", "2027-12-31", [2027]],
    ],
  ],
  [
    "nonQuota",
    2027,
    [
      ["activity-data", "2027-03-31", [2026]],
      ["inventory-report", "2027-03-31", [2025, 2026]],
      ["final-report", "2027-12-01", [2025, 2026]],
      ["mitigation-plan", "2027-12-31", [2027]],
    ],
  ],
  ["delisted2024", 2024, [["activity-data", "2024-03-31", [2023]]]],
  ["delisted2024", 2025, []],
  ["delisted2024", 2026, []],
  [
    "closedMid2025",
    2025,
    [
      ["activity-data", "2025-03-31", [2024]],
      ["inventory-report", "2025-03-31", [2023, 2024]],
    ],
  ],
  ["closedMid2025", 2026, []],
  ["newIn13", 2024, []],
  [
    "newIn13",
    2025,
    [
      ["activity-data", "2025-03-31", [2024]],
      ["inventory-report", "2025-03-31", [2023, 2024]],
      ["final-report", "2025-12-01", [2023, 2024]],
    ],
  ],
];

describe("obligations derived from the shipped rules", () => {
  const rules = shippedRules();

  it.each(table)(
    "%s in %i owes what the rules say, by the dates worked out by hand",
    (name, year, expected) => {
      const { owed } = obligationsFor(facilities[name]!, rules, year);
      expect(owed.map((o) => [o.ruleCode, o.dueDate, o.coversYears])).toEqual(expected);
    },
  );

  it("a facility dropped from the 2024 list owes no 2025 report, and says why", () => {
    const { notOwed } = obligationsFor(facilities.delisted2024!, rules, 2025);
    expect(notOwed.map((n) => [n.ruleCode, n.reason])).toEqual([
      ["activity-data", "delisted"],
      ["inventory-report", "delisted"],
      ["final-report", "delisted"],
    ]);
    expect(notOwed[1]!.message).toBe("Cơ sở đã ra khỏi danh mục từ 01/10/2024, trước hạn 31/03/2025");
  });

  it("a facility closed on 30/6/2025 owes what fell due before, not the 1/12 report", () => {
    const { notOwed } = obligationsFor(facilities.closedMid2025!, rules, 2025);
    expect(notOwed).toEqual([
      {
        ruleCode: "final-report",
        year: 2025,
        dueDate: "2025-12-01",
        reason: "closed",
        message: "Cơ sở đã ngừng hoạt động từ 30/06/2025, trước hạn 01/12/2025",
      },
    ]);
  });

  it("verification binds the quota facility for the 2025–2026 phase and not the other", () => {
    const quota = obligationsFor(facilities.quotaThermal!, rules, 2027).owed.find(
      (o) => o.ruleCode === "verification",
    )!;
    expect(quota.status).toBe("provisional");
    expect(quota.basis.vi).toContain("Nghị định 119/2025/NĐ-CP");
    expect(quota.basis.sources.map((s) => s.id)).toContain("nd119-enviliance");
    const other = obligationsFor(facilities.nonQuota!, rules, 2027).notOwed;
    expect(other).toEqual([
      expect.objectContaining({
        ruleCode: "verification",
        reason: "not_quota",
        message: "Cơ sở không được phân bổ hạn ngạch trong năm 2025–2026",
      }),
    ]);
    // A quota that ended with the phase no longer binds the 2029 verification (covers 2027–2028).
    const later = obligationsFor(facilities.quotaThermal!, rules, 2029).notOwed;
    expect(later.map((n) => [n.ruleCode, n.reason])).toEqual([["verification", "not_quota"]]);
  });

  it("each obligation carries its rule's basis and status: only the activity data is confirmed", () => {
    const { owed } = obligationsFor(facilities.nonQuota!, rules, 2025);
    const byCode = new Map(owed.map((o) => [o.ruleCode, o]));
    expect(byCode.get("activity-data")!.status).toBe("confirmed");
    expect(byCode.get("activity-data")!.basis.vi).toBe("Nghị định 06/2022/NĐ-CP, Điều 11 khoản 4 điểm a");
    expect(byCode.get("activity-data")!.basis.sources[0]!.url).toMatch(/^https:\/\/lawnet\.vn\//);
    const report = byCode.get("inventory-report")!;
    expect(report.status).toBe("provisional");
    expect(report.unconfirmed).toEqual(["recipient", "due", "fromYear"]);
    expect(report.note).toContain("chưa được xác nhận");
    expect(report.recipient.vi).toBe("Ủy ban nhân dân cấp tỉnh (để thẩm định)");
    expect(byCode.get("final-report")!.status).toBe("provisional");
  });

  it("the calendar over years is each year in turn", () => {
    const calendar = obligationCalendar(facilities.quotaThermal!, rules, 2023, 2027);
    expect(calendar.map((y) => [y.year, y.owed.length])).toEqual([
      [2023, 1],
      [2024, 1],
      [2025, 3],
      [2026, 2],
      [2027, 5],
    ]);
  });

  it("a rule for facilities without a quota skips a quota facility", () => {
    const file: ObligationRulesFile = {
      ...rules,
      rules: [{ ...rules.rules[1]!, code: "appraisal", facilities: "non_quota" }],
    };
    expect(obligationsFor(facilities.quotaThermal!, file, 2027).notOwed).toEqual([
      expect.objectContaining({ ruleCode: "appraisal", reason: "quota" }),
    ]);
    expect(obligationsFor(facilities.nonQuota!, file, 2027).owed).toHaveLength(1);
  });
});

describe("obligation rules file", () => {
  const header = `schema: pepi-hub/ghg-obligation-rules@1
sources:
  - id: s1
    title: Nguồn
    url: https://example.org/a
rules:
`;
  const rule = (extra: string) => `  - code: r1
    kind: activity_data
    owed: { vi: Số liệu }
    recipient: { vi: Bộ }
    facilities: all
    fromYear: 2023
    recurrence: { every: 1 }
    covers: previous_year
    basis: { vi: NĐ 06, sources: [s1] }
${extra}`;

  it("names the file, line, rule and field of a date that does not exist", () => {
    const result = loadObligationRules(
      `${header}${rule("    due: { day: 29, month: 2 }\n    status: confirmed\n")}`,
      "r.yaml",
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        file: "r.yaml",
        line: 16,
        path: "rules[0].due.day",
        row: "rules[0] (r1)",
        field: "day",
        message: "Không có ngày 29/2",
      },
    ]);
    expect(describeGhgIssue(result.issues[0]!)).toBe(
      "r.yaml:16 rules[0].due.day (mục rules[0] (r1)): Không có ngày 29/2",
    );
  });

  it("refuses a provisional rule without its note, an unknown source and a wrong status", () => {
    const text = `${header}${rule("    due: { day: 31, month: 3 }\n    status: provisional\n").replace("[s1]", "[s2]")}`;
    const result = loadObligationRules(text, "r.yaml");
    expect(result.ok ? [] : result.issues.map((i) => [i.path, i.message])).toEqual([
      ["rules[0].basis.sources[0]", "Không có nguồn “s2”"],
      ["rules[0].note", "Quy tắc tạm thời phải có ghi chú nói vì sao chưa xác nhận"],
      ["rules[0].unconfirmed", "Quy tắc tạm thời phải nêu phần chưa xác nhận"],
    ]);
  });

  it("refuses an unknown status with its place", () => {
    const result = loadObligationRules(
      `${header}${rule("    due: { day: 31, month: 3 }\n    status: maybe\n")}`,
      "r.yaml",
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      path: "rules[0].status",
      field: "status",
      row: "rules[0] (r1)",
      line: 17,
    });
  });
});
