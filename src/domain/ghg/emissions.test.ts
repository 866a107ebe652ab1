import { describe, expect, it } from "vitest";
import { describeGhgIssue, type GhgLoadResult } from "./data-file.js";
import {
  type ActivityLine,
  compareWithDeclared,
  computeEmissions,
  type EmissionsInput,
  flagImplausible,
  rangeFor,
  recomputeWithGwp,
} from "./emissions.js";
import {
  type EmissionFactor,
  gridFactors,
  loadEmissionFactors,
  loadGwpSets,
  loadPlausibleRanges,
} from "./factors.js";
import { shippedGhgText } from "./ghg-files.test-support.js";

function ok<T>(result: GhgLoadResult<T>): T {
  if (!result.ok) throw new Error(result.issues.map(describeGhgIssue).join("\n"));
  return result.value;
}

const factorsFile = ok(loadEmissionFactors(shippedGhgText("emission-factors.yaml"), "emission-factors.yaml"));
const gwpFile = ok(loadGwpSets(shippedGhgText("gwp-sets.yaml"), "gwp-sets.yaml"));
const rangesFile = ok(loadPlausibleRanges(shippedGhgText("plausible-ranges.yaml"), "plausible-ranges.yaml"));
const gwp = (code: string) => gwpFile.sets.find((s) => s.code === code)!;
const grid = gridFactors(factorsFile);

// IPCC 2006 defaults for diesel burnt in a boiler (a test fixture for a facility-declared factor).
const diesel: EmissionFactor[] = [
  { code: "do-co2", gas: "CO2", value: 74100, unit: "kgCO2/TJ" },
  { code: "do-ch4", gas: "CH4", value: 3, unit: "kgCH4/TJ" },
  { code: "do-n2o", gas: "N2O", value: 0.6, unit: "kgN2O/TJ" },
].map((f) => ({
  ...f,
  gas: f.gas as EmissionFactor["gas"],
  source: "IPCC 2006, tập 2, bảng 2.2",
  document: "Quyết định 2626/QĐ-BTNMT",
  validFrom: 2020,
  validTo: 2030,
}));

const lines: ActivityLine[] = [
  {
    year: 2023,
    label: "Điện mua từ lưới",
    scope: "indirect_electricity",
    amount: "1.000",
    unit: "MWh",
    factors: ["grid-vn-2023"],
  },
  { year: 2023, label: "Khí CH4 từ bể xử lý", scope: "direct", amount: 10, unit: "tCH4", gas: "CH4" },
  {
    year: 2023,
    label: "Dầu DO lò hơi",
    scope: "direct",
    amount: 100,
    unit: "TJ",
    factors: ["do-co2", "do-ch4", "do-n2o"],
  },
  {
    year: 2024,
    label: "Điện mua từ lưới",
    scope: "indirect_electricity",
    amount: 2000,
    unit: "MWh",
    factors: ["grid-vn-2024"],
  },
];

const input: EmissionsInput = {
  period: { from: 2023, to: 2024 },
  lines,
  factors: [...grid, ...diesel],
  gwp: gwp("AR5"),
};

function computed() {
  const result = computeEmissions(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe("shipped emission data", () => {
  it("carries the DCC grid factors 2014–2023 as confirmed, 2024 and 2025 as unconfirmed estimates", () => {
    expect(grid.map((f) => [f.validFrom, f.value, f.status])).toEqual([
      [2014, 0.6612, "confirmed"],
      [2015, 0.8154, "confirmed"],
      [2016, 0.9185, "confirmed"],
      [2017, 0.8649, "confirmed"],
      [2018, 0.913, "confirmed"],
      [2019, 0.8458, "confirmed"],
      [2020, 0.8041, "confirmed"],
      [2021, 0.7221, "confirmed"],
      [2022, 0.6766, "confirmed"],
      [2023, 0.6592, "confirmed"],
      [2024, 0.6811, "unconfirmed"],
      [2025, 0.6235, "unconfirmed"],
    ]);
    const f2022 = grid.find((f) => f.code === "grid-vn-2022")!;
    expect(f2022).toMatchObject({
      gas: "CO2",
      unit: "tCO2/MWh",
      validTo: 2022,
      document: "Công văn 327/BĐKH-PTCBT của Cục Biến đổi khí hậu",
    });
    expect(f2022.source).toContain("327/BĐKH-PTCBT");
    expect(grid.find((f) => f.code === "grid-vn-2025")!.note).toContain("chưa phải hệ số do Bộ công bố");
  });

  it("has the IPCC 100-year GWP of AR4, AR5 and AR6 and says which is mandated is unconfirmed", () => {
    expect(gwpFile.mandated).toBe("unconfirmed");
    expect(gwpFile.sets.map((s) => [s.code, s.values.CO2, s.values.CH4, s.values.N2O])).toEqual([
      ["AR4", 1, 25, 298],
      ["AR5", 1, 28, 265],
      ["AR6", 1, 27.9, 273],
    ]);
  });

  it("marks the plausible ranges as PEPI Hub's proposal", () => {
    expect(rangesFile.status).toBe("proposal");
    expect(rangesFile.note).toContain("đề xuất của PEPI Hub");
  });

  it("locates an error in a factor file by line, row and field", () => {
    const text = shippedGhgText("emission-factors.yaml").replace("value: 0.6592", 'value: "0,6592"');
    const result = loadEmissionFactors(text, "emission-factors.yaml");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    const issue = result.issues[0]!;
    expect(issue).toMatchObject({
      path: "factors[9].value",
      row: "factors[9] (grid-vn-2023)",
      field: "value",
    });
    expect(text.split("\n")[issue.line! - 1]).toContain("grid-vn-2023");
  });

  it("refuses an estimate without its note", () => {
    const text = shippedGhgText("emission-factors.yaml").replace(/,\n\s+note: "Ước tính[^"]*" \}/, " }");
    const result = loadEmissionFactors(text, "f.yaml");
    expect(result.ok ? [] : result.issues.map((i) => [i.row, i.message])).toEqual([
      ["factors[10] (grid-vn-2024)", "Hệ số chưa xác nhận phải có ghi chú nói vì sao"],
    ]);
  });
});

describe("emissions from activity data", () => {
  it("computes by gas, scope and year, checked by hand", () => {
    const report = computed();
    // 2023: electricity 1.000 MWh × 0,6592 = 659,2 tCO2 (indirect).
    //       CH4 measured 10 t × 28 (AR5) = 280 tCO2e.
    //       Diesel 100 TJ × 74.100 kgCO2/TJ = 7.410 tCO2; × 3 kgCH4/TJ = 0,3 tCH4 × 28 = 8,4;
    //       × 0,6 kgN2O/TJ = 0,06 tN2O × 265 = 15,9.
    //       CO2 659,2 + 7.410 = 8.069,2; CH4 10,3 t → 288,4; N2O 0,06 t → 15,9; total 8.373,5.
    //       direct 7.410 + 280 + 8,4 + 15,9 = 7.714,3; indirect 659,2.
    // 2024: 2.000 MWh × 0,6811 = 1.362,2 tCO2 (indirect).
    expect(report.years).toEqual([
      {
        year: 2023,
        gases: {
          CO2: { tonnes: 8069.2, co2e: 8069.2 },
          CH4: { tonnes: 10.3, co2e: 288.4 },
          N2O: { tonnes: 0.06, co2e: 15.9 },
        },
        other: 0,
        scopes: { direct: 7714.3, indirect_electricity: 659.2 },
        total: 8373.5,
      },
      {
        year: 2024,
        gases: {
          CO2: { tonnes: 1362.2, co2e: 1362.2 },
          CH4: { tonnes: 0, co2e: 0 },
          N2O: { tonnes: 0, co2e: 0 },
        },
        other: 0,
        scopes: { direct: 0, indirect_electricity: 1362.2 },
        total: 1362.2,
      },
    ]);
    expect(report.lines[0]).toMatchObject({ row: 1, gas: "CO2", tonnes: 659.2, co2e: 659.2 });
    expect(report.lines[0]!.factor).toMatchObject({
      code: "grid-vn-2023",
      value: 0.6592,
      unit: "tCO2/MWh",
      validFrom: 2023,
    });
    expect(report.lines[1]).toMatchObject({ row: 2, gas: "CH4", tonnes: 10, co2e: 280 });
    expect(report.gwp.code).toBe("AR5");
  });

  it("warns, without refusing, when an estimated factor is used", () => {
    expect(computed().warnings).toEqual([
      {
        row: 4,
        field: "factors[1]",
        message:
          "Hệ số phát thải lưới điện Việt Nam năm 2024 (0,6811 tCO2/MWh) là ước tính chưa được công bố chính thức",
      },
    ]);
  });

  it("counts other gases declared in tCO2e whatever the GWP set", () => {
    const result = computeEmissions({
      ...input,
      lines: [
        { year: 2024, label: "SF6 máy cắt", scope: "direct", amount: 12.5, unit: "tCO2e", gas: "other" },
      ],
    });
    expect(result.ok && result.value.years[1]).toMatchObject({
      other: 12.5,
      total: 12.5,
      scopes: { direct: 12.5 },
    });
  });

  const bad: [string, ActivityLine, string, string][] = [
    [
      "negative activity data",
      { ...lines[0]!, amount: -5 },
      "amount",
      "Số liệu hoạt động không được âm (-5)",
    ],
    [
      "non-numeric activity data",
      { ...lines[0]!, amount: "một nghìn" },
      "amount",
      "Số liệu hoạt động “một nghìn” không phải là số (viết như 1.234,5)",
    ],
    [
      "a gas in the wrong unit",
      { ...lines[1]!, unit: "tCO2e" },
      "unit",
      "Khí CH4 ghi bằng tCH4 hoặc kgCH4, không phải “tCO2e”",
    ],
    ["a gas without its unit", { ...lines[1]!, unit: " " }, "unit", "Thiếu đơn vị của số liệu hoạt động"],
    [
      "a year outside the report's period",
      { ...lines[0]!, year: 2022 },
      "year",
      "Năm 2022 nằm ngoài kỳ báo cáo 2023–2024",
    ],
    [
      "a factor not valid for the year",
      { ...lines[3]!, factors: ["grid-vn-2023"] },
      "factors[1]",
      "Hệ số phát thải lưới điện Việt Nam năm 2023 áp dụng cho năm 2023, không cho năm 2024",
    ],
    [
      "activity data in another unit than the factor's",
      { ...lines[0]!, unit: "kWh" },
      "factors[1]",
      "Hệ số phát thải lưới điện Việt Nam năm 2023 tính trên MWh (tCO2/MWh), số liệu lại tính bằng kWh",
    ],
    [
      "an unknown factor",
      { ...lines[0]!, factors: ["grid-vn-2030"] },
      "factors[1]",
      "Không có hệ số phát thải “grid-vn-2030”",
    ],
  ];

  it.each(bad)("refuses %s with its row and field, and computes nothing", (_, line, field, message) => {
    const result = computeEmissions({ ...input, lines: [lines[2]!, line] });
    expect(result).toEqual({ ok: false, problems: [{ row: 2, field, message }] });
  });

  it("refuses a factor without a source, or with its gas in another gas's unit", () => {
    const noSource: EmissionFactor = { ...diesel[0]!, code: "x", name: "Than cám", source: "  " };
    const wrongGas: EmissionFactor = { ...diesel[1]!, code: "y", name: "CH4 than", unit: "kgCO2/TJ" };
    const result = computeEmissions({
      ...input,
      factors: [...input.factors, noSource, wrongGas],
      lines: [{ ...lines[2]!, factors: ["x", "y"] }],
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { row: 1, field: "factors[1]", message: "Hệ số “Than cám” không có nguồn" },
        { row: 1, field: "factors[2]", message: "Hệ số “CH4 than” là của khí CH4 nhưng đơn vị là kgCO2/TJ" },
      ],
    });
  });
});

describe("changing the GWP set", () => {
  it("recomputes under AR6 and says what changed, checked by hand", () => {
    const result = recomputeWithGwp(input, gwp("AR6"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // CH4 10,3 t × 27,9 = 287,37; N2O 0,06 t × 273 = 16,38; total 8.069,2 + 287,37 + 16,38 = 8.372,95.
    // 2024 has only CO2: nothing changes.
    expect(result.changes.map((c) => c.message)).toEqual([
      "Năm 2023, CH4: 288,4 → 287,37 tCO2e",
      "Năm 2023, N2O: 15,9 → 16,38 tCO2e",
      "Năm 2023, tổng phát thải: 8.373,5 → 8.372,95 tCO2e",
    ]);
    expect(result.summary).toBe("Đổi bộ GWP từ AR5 sang AR6: tính lại, 3 số liệu tCO2e thay đổi.");
    expect(result.value.gwp.code).toBe("AR6");
    expect(result.value.years[0]!.gases.CH4).toEqual({ tonnes: 10.3, co2e: 287.37 });
  });

  it("10 t CH4 is 250 tCO2e under AR4", () => {
    const result = computeEmissions({ ...input, lines: [lines[1]!], gwp: gwp("AR4") });
    expect(result.ok && result.value.years[0]!.total).toBe(250);
  });
});

describe("checks for the appraiser", () => {
  it("flags a declared total beyond the tolerance and keeps the declared figure", () => {
    const report = computed();
    const declared = [
      { year: 2023, total: 8500, scopes: { indirect_electricity: 659.2 } },
      { year: 2024, total: 1365 },
    ];
    const flags = compareWithDeclared(report, declared, { relative: 0.01 });
    // 8.500 − 8.373,5 = 126,5, that is 1,51% of 8.373,5: beyond 1%. 1.365 − 1.362,2 = 2,8 (0,21%): within.
    expect(flags).toEqual([
      {
        year: 2023,
        what: "total",
        declared: 8500,
        computed: 8373.5,
        difference: 126.5,
        message:
          "Năm 2023, tổng phát thải: cơ sở kê khai 8.500 tCO2e, tính lại được 8.373,5 tCO2e, chênh 126,5 tCO2e (1,51%), vượt mức cho phép 1%. Số kê khai được giữ nguyên để thẩm định.",
      },
    ]);
    expect(declared[0]!.total).toBe(8500);
    // An absolute tolerance of 200 tCO2e accepts the same difference.
    expect(compareWithDeclared(report, declared, { relative: 0.01, absolute: 200 })).toEqual([]);
  });

  it("flags a total outside the sector's plausible range, a quota sector's first", () => {
    const report = computed();
    const cement = rangeFor(rangesFile.ranges, { sector: "industrial_processes", quotaSector: "cement" })!;
    expect(cement.name).toBe("Xi măng");
    expect(flagImplausible(report, cement).map((f) => f.message)).toEqual([
      "Năm 2023: tổng phát thải 8.373,5 tCO2e thấp hơn khoảng hợp lý của ngành Xi măng (30.000–10.000.000 tCO2e/năm, khoảng do PEPI Hub đề xuất)",
      "Năm 2024: tổng phát thải 1.362,2 tCO2e thấp hơn khoảng hợp lý của ngành Xi măng (30.000–10.000.000 tCO2e/năm, khoảng do PEPI Hub đề xuất)",
    ]);
    const energy = rangeFor(rangesFile.ranges, { sector: "energy" })!;
    expect(flagImplausible(report, energy)).toEqual([]);
  });
});
