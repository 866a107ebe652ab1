import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePublishedCsv, pepiLayout, pgiLayout } from "./published-csv.js";

const reference = (name: string) =>
  readFileSync(new URL(`../../../frameworks/published/${name}`, import.meta.url), "utf8");

describe("parsePublishedCsv", () => {
  it("reads the shipped PEPI results with their sources", () => {
    const { rows, issues } = parsePublishedCsv(reference("pepi_results.csv"), pepiLayout);
    expect(issues).toEqual([]);
    const daNang2022 = rows.find((r) => r.year === 2022 && r.province === "Đà Nẵng");
    expect(daNang2022).toMatchObject({ total: 73.33, rank: 1 });
    expect(daNang2022?.sourceUrl).toMatch(/^https?:\/\//);
    expect(rows.filter((r) => r.year === 2020)).toHaveLength(63);
  });

  it("reads the shipped PGI results", () => {
    const { rows, issues } = parsePublishedCsv(reference("pgi_results.csv"), pgiLayout);
    expect(issues).toEqual([]);
    expect(rows.find((r) => r.year === 2022 && r.province === "Bắc Giang")).toMatchObject({
      total: 16.43,
      rank: 8,
      parts: { PGI1: 3.45, PGI2: 6.01, PGI3: 4.47, PGI4: 2.49 },
    });
  });

  it("names the row and column of every problem and keeps only the good rows", () => {
    const csv = [
      "year,province,total_score,rank,source_url",
      "2022,Tỉnh A,73.5,1,https://example.org/a",
      "20x2,Tỉnh B,70,2,https://example.org/b",
      "2022,,105,0,",
      "2022,Tỉnh C,65.2,3.5,https://example.org/c",
    ].join("\n");
    const { rows, issues } = parsePublishedCsv(csv, pepiLayout);
    expect(rows.map((r) => r.province)).toEqual(["Tỉnh A"]);
    expect(issues).toEqual([
      { row: 3, column: "year", message: "“20x2” không phải là số" },
      { row: 4, column: "province", message: "Thiếu tên tỉnh" },
      { row: 4, column: "source_url", message: "Thiếu nguồn công bố" },
      { row: 4, column: "total_score", message: "Phải là số từ 0 đến 100, không phải 105" },
      { row: 4, column: "rank", message: "Phải là số nguyên từ 1 đến 100, không phải 0" },
      { row: 5, column: "rank", message: "Phải là số nguyên từ 1 đến 100, không phải 3.5" },
    ]);
  });

  it("refuses a file without the required columns", () => {
    const { issues } = parsePublishedCsv("a,b\n1,2\n", pepiLayout);
    expect(issues.map((i) => i.column)).toEqual(["year", "province", "source_url", "total_score"]);
  });
});
