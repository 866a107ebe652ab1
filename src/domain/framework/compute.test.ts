import { describe, expect, it } from "vitest";
import { computeEdition } from "./compute.js";
import { compileShipped, compileWith, samplePepiInputs } from "./fixtures.test-support.js";
import { checkInputs } from "./inputs.js";

const pepi = compileShipped("pepi-2782.yaml");

describe("computeEdition (PEPI 2782)", () => {
  it("computes every assessed indicator from realistic inputs", () => {
    const result = computeEdition(pepi, "2021", samplePepiInputs(), { lastYear: { "21": 80_000_000 } });
    expect(result.complete).toBe(true);
    const byCode = new Map(result.indicators.map((i) => [i.code, i]));
    expect(byCode.get("01")?.value).toBeCloseTo((63_500_000 / 72_000_000) * 100, 6);
    expect(byCode.get("05")?.value).toBe(98);
    expect(byCode.get("20")?.value).toBeCloseTo(0.82, 10);
    expect(byCode.get("06")?.status).toBe("not_assessed");
    expect(result.indicators.filter((i) => i.status === "computed")).toHaveLength(23);
    expect(result.maxHundredths).toBe(10_000);
    expect(result.band?.vi).toBe("Tốt");
  });

  it("cannot score the improvement rule without last year's value", () => {
    const renewable = computeEdition(pepi, "2021", samplePepiInputs()).indicators.find(
      (i) => i.code === "21",
    )!;
    expect(renewable).toMatchObject({
      status: "not_computable",
      reason: "Thiếu giá trị năm trước để so sánh",
    });
  });

  it("scores an indicator that cannot be computed as zero and says why", () => {
    const inputs = { ...samplePepiInputs(), solid_waste_generated_t_day: 0 };
    const result = computeEdition(pepi, "2021", inputs);
    const sorted = result.indicators.find((i) => i.code === "11")!;
    expect(sorted).toMatchObject({ status: "not_computable", hundredths: 0, value: null });
    expect(sorted.reason).toMatch(/mẫu số.*“Khối lượng chất thải rắn sinh hoạt phát sinh”.*bằng 0/);
    expect(result.complete).toBe(false);
  });

  it("refuses a percentage above 100 (numerator larger than denominator)", () => {
    const inputs = { ...samplePepiInputs(), hotline_reports_handled: 900 };
    const hotline = computeEdition(pepi, "2021", inputs).indicators.find((i) => i.code === "26")!;
    expect(hotline.status).toBe("not_computable");
    expect(hotline.reason).toMatch(/vượt 100%/);
  });

  it("names a missing input as people know it, not by its code", () => {
    const { urban_population: _, satisfaction_points: __, ...inputs } = samplePepiInputs();
    const lines = computeEdition(pepi, "2021", inputs).indicators;
    expect(lines.find((i) => i.code === "07")!.reason).toBe("Thiếu số liệu: “Dân số khu vực đô thị”");
    expect(lines.find((i) => i.code === "27")!.reason).toBe(
      "Thiếu số liệu: “Điểm mức độ hài lòng của người dân (do Ủy ban Trung ương MTTQ Việt Nam khảo sát)”",
    );
  });

  it("uses last year's value for the improvement rule", () => {
    const better = computeEdition(pepi, "2021", samplePepiInputs(), { lastYear: { "21": 73_108_003 } });
    const same = computeEdition(pepi, "2021", samplePepiInputs(), { lastYear: { "21": 83_108_003 } });
    const renewable = (r: typeof better) => r.indicators.find((i) => i.code === "21")!;
    expect(renewable(better).hundredths).toBe(renewable(better).maxHundredths);
    expect(renewable(same).hundredths).toBe(Math.round(renewable(same).maxHundredths / 2));
  });

  it("keeps the total equal to the sum of its parts for any inputs (property)", () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let run = 0; run < 300; run++) {
      const inputs: Record<string, unknown> = { ...samplePepiInputs() };
      for (const key of Object.keys(inputs)) {
        if (typeof inputs[key] === "number")
          inputs[key] = random() < 0.05 ? 0 : (inputs[key] as number) * random() * 1.2;
      }
      const result = computeEdition(pepi, random() < 0.5 ? "2020" : "2021", inputs as never, {
        lastYear: { "21": random() * 1e8 },
      });
      const groupSum = result.groups.reduce((sum, g) => sum + g.hundredths, 0);
      expect(result.totalHundredths).toBe(groupSum);
      for (const group of result.groups) {
        const members = result.indicators.filter((i) => i.group === group.code);
        expect(group.hundredths).toBe(members.reduce((sum, i) => sum + i.hundredths, 0));
        for (const i of members) expect(i.hundredths).toBeLessThanOrEqual(i.maxHundredths);
      }
      expect(result.totalHundredths).toBeLessThanOrEqual(result.maxHundredths);
    }
  });
});

describe("indicators not applicable to the province", () => {
  const withRule = (rule: string) =>
    compileWith((text) =>
      text.replace(
        'rule: redistribute, when: { vi: "Tỉnh không có khu công nghiệp, khu chế xuất',
        `rule: ${rule}, when: { vi: "Tỉnh không có khu công nghiệp, khu chế xuất`,
      ),
    );
  const score = (framework = pepi, notApplicable = new Set(["03"])) =>
    computeEdition(framework, "2021", samplePepiInputs(), { lastYear: { "21": 80_000_000 }, notApplicable });
  const base = computeEdition(pepi, "2021", samplePepiInputs(), { lastYear: { "21": 80_000_000 } });
  const groupI = (r: ReturnType<typeof score>) => r.groups.find((g) => g.code === "I")!;
  const line = (r: ReturnType<typeof score>) => r.indicators.find((i) => i.code === "03")!;
  const max03 = line(base).maxHundredths;

  it("scores by the framework's rule and says so, never as a missing figure", () => {
    const full = score(withRule("full_points"));
    expect(line(full)).toMatchObject({ status: "not_applicable", hundredths: max03, maxHundredths: max03 });
    expect(line(full).reason).toBe(
      "Không áp dụng (Tỉnh không có khu công nghiệp, khu chế xuất, khu công nghệ cao đang hoạt động): được tính đủ điểm",
    );
    expect(full.complete).toBe(true);
    const zero = score(withRule("zero"));
    expect(line(zero)).toMatchObject({ hundredths: 0, maxHundredths: max03 });
    expect(groupI(zero).maxHundredths).toBe(groupI(base).maxHundredths);
  });

  it("leaves it out of the maximum, or spreads its points over the rest of the group", () => {
    const excluded = score(withRule("exclude"));
    expect(line(excluded)).toMatchObject({ hundredths: 0, maxHundredths: 0 });
    expect(groupI(excluded).maxHundredths).toBe(groupI(base).maxHundredths - max03);
    expect(groupI(excluded).redistributed).toBe(false);
    const spread = score();
    const others = groupI(base).hundredths - line(base).hundredths;
    const othersMax = groupI(base).maxHundredths - max03;
    expect(groupI(spread)).toMatchObject({
      maxHundredths: groupI(base).maxHundredths,
      hundredths: Math.round((others * groupI(base).maxHundredths) / othersMax),
      redistributed: true,
    });
    expect(spread.totalHundredths).toBe(spread.groups.reduce((sum, g) => sum + g.hundredths, 0));
  });

  it("ignores a mark on an indicator whose framework states no rule", () => {
    const marked = score(pepi, new Set(["07"]));
    expect(marked.indicators.find((i) => i.code === "07")?.status).toBe("computed");
  });
});

describe("checkInputs", () => {
  it("accepts the realistic inputs", () => expect(checkInputs(pepi.def, samplePepiInputs())).toEqual([]));

  it("refuses negative and fractional counts, naming the element", () => {
    const issues = checkInputs(pepi.def, {
      ...samplePepiInputs(),
      public_transport_vehicles: -3,
      env_officials: 12.5,
    });
    expect(issues).toEqual([
      { element: "public_transport_vehicles", message: "Không được âm (-3)" },
      { element: "env_officials", message: "Phải là số nguyên (số đếm), không phải 12,5" },
    ]);
  });

  it("refuses a value where a derived element is computed, and list items with wrong fields", () => {
    const issues = checkInputs(pepi.def, {
      urban_wastewater_generated_m3: 5,
      landfills: [{ name: "Bãi A", sanitary: "có" }, { name: "Bãi B" }],
    });
    expect(issues).toEqual([
      {
        element: "urban_wastewater_generated_m3",
        message: "Số liệu này được tính từ số liệu khác, không nhập trực tiếp",
      },
      { element: "landfills", item: 1, field: "sanitary", message: "Phải là có/không" },
      { element: "landfills", item: 2, field: "sanitary", message: "Chưa nhập" },
    ]);
  });
});
