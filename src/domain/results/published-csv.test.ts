import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  combinePublished,
  parsePublishedCsv,
  parsePublishedTable,
  pepiLayout,
  pgiLayout,
} from "./published-csv.js";

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

  it("reads the shipped PGI results, flagging the one total its sub-indices do not add up to", () => {
    const { rows, issues, warnings } = parsePublishedCsv(reference("pgi_results.csv"), pgiLayout);
    expect(issues).toEqual([]);
    // VCCI's 2022 pilot: Hồ Chí Minh 3,12 + 4,94 + 4,09 + 1,87 = 14,02 against a published 13,99,
    // Hải Dương 4,61 + 4,61 + 5,15 + 2,13 = 16,5 against 16,53 (totals from unrounded sub-indices).
    expect(warnings).toEqual([
      {
        row: 2,
        column: "total",
        message:
          "Tổng điểm công bố 13,99 khác tổng bốn chỉ số thành phần 14,02 (chênh 0,03); giữ nguyên số công bố",
      },
      {
        row: 3,
        column: "total",
        message:
          "Tổng điểm công bố 16,53 khác tổng bốn chỉ số thành phần 16,5 (chênh 0,03); giữ nguyên số công bố",
      },
    ]);
    expect(rows.find((r) => r.year === 2022 && r.province === "Hải Dương")?.total).toBe(16.53);
    expect(rows.find((r) => r.year === 2022 && r.province === "Hồ Chí Minh")?.total).toBe(13.99);
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
      { row: 4, column: "total_score", message: "Phải là số từ 0 đến 100, không phải 105" },
      {
        row: 4,
        column: "rank",
        message: "Hạng phải là số nguyên từ 1 đến 63 (năm 2022 xếp hạng 63 tỉnh, thành phố), không phải 0",
      },
      { row: 4, column: "source_url", message: "Thiếu nguồn công bố" },
      {
        row: 5,
        column: "rank",
        message: "Hạng phải là số nguyên từ 1 đến 63 (năm 2022 xếp hạng 63 tỉnh, thành phố), không phải 3.5",
      },
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

describe("parsePublishedCsv: PGI's awkward rows", () => {
  const header =
    "year,province,sub1,sub2,sub3,sub4,total,rank,source_url,sub1_rank,sub2_rank,sub3_rank,sub4_rank";
  const parse = (lines: string[], options: { combine?: boolean } = {}) =>
    parsePublishedCsv([header, ...lines].join("\n"), pgiLayout, options);
  const source = "https://pcivietnam.vn/pgi";

  it("refuses a sub-index above 10, naming its row and column", () => {
    const { rows, issues } = parse([
      `2023,Long An,7.15,6.02,4.06,5.84,23.07,12,${source},,,,`,
      `2023,Hải Dương,"10,5",6.5,4.9,5.1,27,25,${source},,,,`,
    ]);
    expect(rows.map((r) => r.province)).toEqual(["Long An"]);
    expect(issues).toEqual([{ row: 3, column: "sub1", message: "Phải là số từ 0 đến 10, không phải 10,5" }]);
  });

  it("flags a total that is not the sum of its sub-indices beyond rounding, and keeps the published total", () => {
    const { rows, issues, warnings } = parse([
      // 24,21 against 24,20: rounding, not flagged.
      `2023,TP. Hồ Chí Minh,7.49,6.37,5.92,4.43,24.20,5,${source},,,,`,
      // 26,33 against 26,35: at the tolerance of four roundings, not flagged.
      `2024,Hải Dương,7.65,7.58,4.99,6.11,26.35,13,${source},,,,`,
      // 27,77 against 27,81: flagged.
      `2024,Bắc Ninh,7.64,7.47,4.88,7.78,27.81,4,${source},,,,`,
      // A total without all four sub-indices cannot be checked.
      `2024,Hải Phòng,,,,,29.00,1,${source},,,,`,
    ]);
    expect(issues).toEqual([]);
    expect(warnings).toEqual([
      {
        row: 4,
        column: "total",
        message:
          "Tổng điểm công bố 27,81 khác tổng bốn chỉ số thành phần 27,77 (chênh 0,04); giữ nguyên số công bố",
      },
    ]);
    expect(rows.find((r) => r.province === "Bắc Ninh")?.total).toBe(27.81);
    expect(rows.map((r) => r.total)).toEqual([24.2, 26.35, 27.81, 29]);
  });

  it("refuses a second row of a province and year", () => {
    const { rows, issues } = parse([
      `2023,Long An,7.15,6.02,4.06,5.84,23.07,12,${source},,,,`,
      `2023,Long  An,7.15,6.02,4.06,5.84,23.07,12,${source},,,,`,
    ]);
    expect(rows).toHaveLength(1);
    expect(issues).toEqual([
      {
        row: 3,
        column: "province",
        message: "Long An năm 2023 đã có ở dòng 2; chọn gộp các dòng nếu chúng bổ sung cho nhau",
      },
    ]);
  });

  it("refuses a province name the registry does not have, with the nearest names", () => {
    const { rows, issues } = parse([`2023,Long Ann,7.15,6.02,4.06,5.84,23.07,12,${source},,,,`]);
    expect(rows).toEqual([]);
    expect(issues).toEqual([
      {
        row: 2,
        column: "province",
        message: expect.stringMatching(
          /^Không có tỉnh, thành phố “Long Ann” trong danh mục 63 tỉnh năm 2023; gần nhất: Long An/,
        ),
      },
    ]);
  });

  it("bounds a rank by the provinces of its year: 63 until 2024, 34 from 2025", () => {
    const { rows, issues } = parse([
      `2023,Long An,7.15,6.02,4.06,5.84,23.07,64,${source},,,,`,
      `2023,Hải Dương,6.2,6.1,5.0,5.1,22.4,25,${source},63,,,`,
      `2025,Hải Phòng,7,7,7,7,28,35,${source},,,,`,
      `2025,Bắc Ninh,7,7,7,7,28,3,${source},,,35,`,
      `2025,Hà Nội,7,7,7,7,28,34,${source},34,1,,`,
    ]);
    expect(rows.map((r) => [r.province, r.rank, r.partRanks.PGI1])).toEqual([
      ["Hải Dương", 25, 63],
      ["Hà Nội", 34, 34],
    ]);
    expect(issues).toEqual([
      {
        row: 2,
        column: "rank",
        message: "Hạng phải là số nguyên từ 1 đến 63 (năm 2023 xếp hạng 63 tỉnh, thành phố), không phải 64",
      },
      {
        row: 4,
        column: "rank",
        message: "Hạng phải là số nguyên từ 1 đến 34 (năm 2025 xếp hạng 34 tỉnh, thành phố), không phải 35",
      },
      {
        row: 5,
        column: "sub3_rank",
        message: "Hạng phải là số nguyên từ 1 đến 34 (năm 2025 xếp hạng 34 tỉnh, thành phố), không phải 35",
      },
    ]);
  });

  it("keeps a rank not published empty, whether the cell is empty or says N/A", () => {
    const { rows, issues } = parse([
      `2024,Bắc Giang,6.1,6.2,6.1,6.27,,,${source},,,,`,
      `2024,Lào Cai,5.1,5.2,5.1,5.2,20.6,N/A,${source},N/A,—,-,`,
    ]);
    expect(issues).toEqual([]);
    expect(rows.map((r) => [r.total, r.rank, r.partRanks])).toEqual([
      [null, null, { PGI1: null, PGI2: null, PGI3: null, PGI4: null }],
      [20.6, null, { PGI1: null, PGI2: null, PGI3: null, PGI4: null }],
    ]);
  });

  it("reads the components of a sub-index from columns sub<N>.<name>, refusing a value not a score", () => {
    const withComponents = `${header},sub3.Mua sắm công xanh,sub3.Hướng dẫn  quy định môi trường`;
    const csv = [
      withComponents,
      `2023,Long An,7.15,6.02,4.06,5.84,23.07,12,${source},,,,,"5,1",3.02`,
      `2023,Hải Dương,6.2,6.1,5.0,5.1,22.4,25,${source},,,,,,`,
      `2023,Hưng Yên,6.2,6.1,5.0,5.1,22.4,4,${source},,,,,11,abc`,
    ].join("\n");
    const { rows, issues } = parsePublishedCsv(csv, pgiLayout);
    expect(rows.map((r) => r.components)).toEqual([
      { PGI3: { "Mua sắm công xanh": 5.1, "Hướng dẫn quy định môi trường": 3.02 } },
      {},
    ]);
    expect(issues).toEqual([
      { row: 4, column: "sub3.Mua sắm công xanh", message: "Phải là số từ 0 đến 10, không phải 11" },
      { row: 4, column: "sub3.Hướng dẫn  quy định môi trường", message: "“abc” không phải là số" },
    ]);
  });

  it("refuses a component column of a sub-index PGI does not have, without a name, too long or twice", () => {
    const long = "x".repeat(201);
    const { rows, issues } = parsePublishedCsv(
      `${header},sub5.Khác,sub2.,sub1.${long},sub3.Mua sắm công xanh,sub3.mua sắm  công xanh\n`,
      pgiLayout,
    );
    expect(rows).toEqual([]);
    expect(issues.map((i) => [i.row, i.message])).toEqual([
      [1, expect.stringContaining("Không có chỉ số thành phần “sub5”")],
      [1, "Thiếu tên thành phần sau “sub2.”"],
      [1, "Tên thành phần dài 201 ký tự, quá 200 ký tự cho phép"],
      [1, "Trùng với cột “sub3.Mua sắm công xanh”"],
    ]);
  });

  it("combines components of two rows and refuses two values of one component", () => {
    const withComponents = `${header},sub3.Mua sắm công xanh,sub3.Đầu tư công xanh`;
    const csv = [
      withComponents,
      `2023,Long An,7.15,6.02,4.06,5.84,23.07,12,${source},,,,,5.1,`,
      `2023,Long An,,,,,,,${source}/b,,,,,,4.4`,
      `2023,Hải Dương,6.2,6.1,5.0,5.1,22.4,25,${source},,,,,5.1,`,
      `2023,Hải Dương,,,,,,,${source},,,,,5.2,`,
    ].join("\n");
    const { rows, issues } = parsePublishedCsv(csv, pgiLayout, { combine: true });
    expect(rows.find((r) => r.province === "Long An")?.components).toEqual({
      PGI3: { "Mua sắm công xanh": 5.1, "Đầu tư công xanh": 4.4 },
    });
    expect(issues).toEqual([
      {
        row: 5,
        column: "sub3.Mua sắm công xanh",
        message: "Không gộp được với dòng 4 (Hải Dương năm 2023): khác nhau ở cột sub3.Mua sắm công xanh",
      },
    ]);
    const stored = rows.find((r) => r.province === "Long An")!;
    expect(
      combinePublished(stored, { ...stored, components: { PGI3: { "Đầu tư công xanh": 4.5 } } }, pgiLayout)
        .conflicts,
    ).toEqual(["sub3.Đầu tư công xanh"]);
  });

  it("reads a sheet's rows as the sheet numbers them: the header may sit below empty rows, empty rows are skipped", () => {
    const { rows, issues } = parsePublishedTable(
      [
        [],
        header.split(","),
        `2023,Long An,7.15,6.02,4.06,5.84,23.07,12,${source},,,,`.split(","),
        ["", "", ""],
        `2023,Hải Dương,6.2,6.1,5.0,5.1,22.4,64,${source},,,,`.split(","),
      ],
      pgiLayout,
    );
    expect(rows.map((r) => [r.province, r.line])).toEqual([["Long An", 3]]);
    expect(issues.map((i) => [i.row, i.column])).toEqual([[5, "rank"]]);
  });
});
