import { describe, expect, it } from "vitest";
import { compileFrameworkText } from "./compile.js";
import { compileShipped, shippedFrameworkText } from "./fixtures.test-support.js";

const shipped = ["pepi-2782.yaml", "pepi-383.yaml", "pgi-vcci.yaml"];

describe("shipped framework files", () => {
  it.each(shipped)("%s validates", (file) => {
    const result = compileFrameworkText(shippedFrameworkText(file), file);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it("PEPI 2782: 2020 assesses all 26 group-I indicators, 2021 exactly the 22 self-assessed ones", () => {
    const framework = compileShipped("pepi-2782.yaml");
    const assessedInGroupI = (edition: string) =>
      [...framework.editions.get(edition)!.points.maxHundredths.keys()].filter(
        (code) => framework.indicators.get(code)!.def.group === "I",
      );
    expect(assessedInGroupI("2020")).toHaveLength(26);
    const in2021 = assessedInGroupI("2021");
    expect(in2021).toHaveLength(22);
    for (const dropped of ["06", "08", "10", "17"]) expect(in2021).not.toContain(dropped);
  });

  it("PEPI 2782: group I keeps 70 points and the total 100 in every edition", () => {
    const framework = compileShipped("pepi-2782.yaml");
    for (const edition of framework.editions.values()) {
      const points = edition.points.maxHundredths;
      const groupI = [...points].filter(([code]) => framework.indicators.get(code)!.def.group === "I");
      expect(groupI.reduce((sum, [, h]) => sum + h, 0)).toBe(7000);
      expect(points.get("27")).toBe(3000);
    }
  });

  it("keeps names and evidence whole, commas included", () => {
    const framework = compileShipped("pepi-2782.yaml");
    const facilities = framework.indicators.get("02")!.def;
    expect(facilities.name.vi).toBe(
      "Tỷ lệ cơ sở sản xuất, kinh doanh phát sinh nước thải từ 50 m³/ngày đêm trở lên có hệ thống xử lý nước thải bảo đảm quy chuẩn kỹ thuật môi trường",
    );
    expect(framework.indicators.get("07")!.def.name.en).toBe(
      "Public transport vehicles per 10,000 urban residents",
    );
    expect(framework.indicators.get("05")!.def.evidence).toEqual([
      "Danh sách bệnh viện, trung tâm y tế",
      "Kết quả quan trắc nước thải y tế",
    ]);
  });

  it("shows which values are provisional", () => {
    const framework = compileShipped("pepi-2782.yaml");
    const entry = framework.editions.get("2021")!.def.indicators.find((i) => i.code === "01")!;
    expect(entry.provenance).toBe("provisional");
    expect(framework.editions.get("2021")!.def.bands.at(-1)!.provenance).toBe("provisional");
  });
});

describe("published JSON Schema", () => {
  it("frameworks/framework.schema.json is up to date (npm run schema:framework)", async () => {
    const { readFileSync } = await import("node:fs");
    const { frameworkJsonSchema } = await import("./json-schema.js");
    const committed = JSON.parse(
      readFileSync(new URL("../../../frameworks/framework.schema.json", import.meta.url), "utf8"),
    );
    expect(committed).toEqual(JSON.parse(JSON.stringify(frameworkJsonSchema())));
  });
});
