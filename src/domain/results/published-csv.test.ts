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
      "2022,Tỉnh Lào Cai,73.5,1,https://example.org/a",
      "20x2,Yên Bái,70,2,https://example.org/b",
      "2022,,105,0,",
      "2022,Cà Mau,65.2,3.5,https://example.org/c",
    ].join("\n");
    const { rows, issues } = parsePublishedCsv(csv, pepiLayout);
    expect(rows.map((r) => [r.province, r.provinceCode])).toEqual([["Lào Cai", "VN63-tinh-lao-cai"]]);
    expect(issues).toEqual([
      { row: 3, column: "year", message: "“20x2” không phải là số" },
      { row: 4, column: "province", message: "Thiếu tên tỉnh" },
      { row: 4, column: "source_url", message: "Thiếu nguồn công bố" },
      { row: 4, column: "total_score", message: "Phải là số từ 0 đến 100, không phải 105" },
      { row: 4, column: "rank", message: "Phải là số nguyên từ 1 đến 100, không phải 0" },
      { row: 5, column: "rank", message: "Phải là số nguyên từ 1 đến 100, không phải 3.5" },
    ]);
  });

  it("refuses an unknown province with the nearest names, and matches the names publications use", () => {
    const csv = [
      "year,province,total_score,rank,source_url",
      "2022,TP. Hồ Chí Minh,60.8,19,https://example.org/a",
      "2022,Thừa Thiên Huế,58,30,https://example.org/a",
      "2022,Lao Cay,61.02,17,https://example.org/a",
      "2025,Bắc Giang,61,5,https://example.org/a",
    ].join("\n");
    const { rows, issues } = parsePublishedCsv(csv, pepiLayout);
    expect(rows.map((r) => r.province)).toEqual(["Hồ Chí Minh", "Huế"]);
    expect(issues).toEqual([
      expect.objectContaining({
        row: 4,
        column: "province",
        message: expect.stringContaining("gần nhất: Lào Cai"),
      }),
      // From 2025 the provinces are the 34: Bắc Giang is part of Bắc Ninh.
      expect.objectContaining({
        row: 5,
        column: "province",
        message: expect.stringContaining("34 tỉnh năm 2025"),
      }),
    ]);
  });

  it("refuses a second row of a year and province unless rows are combined, and never combines a conflict", () => {
    const csv = [
      "year,province,total_score,rank,source_url,group_II_score,group_II_rank",
      "2021,Bà Rịa - Vũng Tàu,78.79,2,https://example.org/total,,",
      "2021,Bà Rịa–Vũng Tàu,,,https://example.org/survey,28.3,2",
      "2021,Hà Nội,57.36,55,https://example.org/a,,",
      "2021,TP. Hà Nội,57.4,,https://example.org/b,,",
    ].join("\n");
    const plain = parsePublishedCsv(csv, pepiLayout);
    expect(plain.issues.map((i) => [i.row, i.message])).toEqual([
      [3, expect.stringContaining("đã có ở dòng 2")],
      [5, expect.stringContaining("đã có ở dòng 4")],
    ]);
    const combined = parsePublishedCsv(csv, pepiLayout, { combine: true });
    expect(combined.rows.find((r) => r.province === "Bà Rịa - Vũng Tàu")).toMatchObject({
      total: 78.79,
      rank: 2,
      parts: { II: 28.3 },
      partRanks: { II: 2 },
    });
    expect(combined.issues).toEqual([
      expect.objectContaining({
        row: 5,
        column: "total_score",
        message: expect.stringContaining("Không gộp được"),
      }),
    ]);
  });

  it("refuses a file without the required columns", () => {
    const { issues } = parsePublishedCsv("a,b\n1,2\n", pepiLayout);
    expect(issues.map((i) => i.column)).toEqual(["year", "province", "source_url", "total_score"]);
  });
});
