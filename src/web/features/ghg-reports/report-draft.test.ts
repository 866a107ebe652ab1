import { describe, expect, it } from "vitest";
import { vi } from "../../i18n/vi.js";
import { emptyDeclared, emptyFactor, emptyLine, figuresOf, problemsOf } from "./report-draft.js";

const t = (key: keyof typeof vi, params?: Record<string, string | number>) =>
  vi[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? ""));

describe("a report's figures as typed", () => {
  it("reads Vietnamese numbers and sends a line's factors or its gas", () => {
    const figures = figuresOf(
      {
        lines: [
          {
            ...emptyLine("2023"),
            label: "Điện mua",
            scope: "indirect_electricity",
            amount: "1.234,5",
            unit: "MWh",
            factors: ["grid-vn-2023"],
          },
          { ...emptyLine("2024"), label: "CH4 đo", amount: "2,5", unit: "tCH4", gas: "CH4", factors: ["x"] },
        ],
        factors: [
          {
            ...emptyFactor(),
            code: "do-boiler",
            value: "0,0741",
            unit: "tCO2/TJ",
            validFrom: "2023",
            validTo: "2024",
          },
        ],
        declared: [{ ...emptyDeclared("2023"), total: "1.000", CO2: "" }],
      },
      t,
    );
    expect(figures.problems.size).toBe(0);
    expect(figures.lines[0]).toMatchObject({ year: 2023, amount: 1234.5, factors: ["grid-vn-2023"] });
    expect(figures.lines[1]).toMatchObject({ amount: 2.5, gas: "CH4" });
    expect(figures.lines[1]).not.toHaveProperty("factors");
    expect(figures.factors[0]).toMatchObject({ value: 0.0741, validFrom: 2023, source: null });
    expect(figures.declared[0]).toEqual({ year: 2023, total: 1000 });
  });

  it("refuses a text that is not a number on its box", () => {
    const figures = figuresOf(
      {
        lines: [{ ...emptyLine("2023"), label: "Dầu", amount: "12a", unit: "t" }],
        factors: [],
        declared: [],
      },
      t,
    );
    expect(figures.problems.get("lines.0.amount")?.[0]).toContain("“12a” không phải là số");
  });

  it("places the server's problems on the row and field they name", () => {
    const error = Object.assign(new Error("Số liệu chưa đúng"), {
      details: [
        { row: 2, field: "lines[2].amount", message: "Thiếu số lượng" },
        { row: 1, field: "factors[1].code", message: "Mã đã dùng" },
        { field: "declared[2].year", message: "Năm đã có" },
        { field: "factors.0.source", message: "Hệ số thiếu nguồn" },
        { field: "receivedOn", message: "Ngày không hợp lệ" },
      ],
    });
    const problems = problemsOf(error);
    expect(problems.get("lines.1.amount")).toEqual(["Thiếu số lượng"]);
    expect(problems.get("factors.0.source")).toEqual(["Hệ số thiếu nguồn"]);
    expect(problems.get("factors.0.code")).toEqual(["Mã đã dùng"]);
    expect(problems.get("declared.1.year")).toEqual(["Năm đã có"]);
    expect(problems.get("receivedOn")).toEqual(["Ngày không hợp lệ"]);
  });
});
