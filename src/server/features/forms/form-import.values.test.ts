import { describe, expect, it } from "vitest";
import { readNumberEntry } from "../../../domain/cycle/checks.js";
import { compileShipped } from "../../../domain/framework/fixtures.test-support.js";
import { plainNumberText, readFigure, readList } from "./form-import.values.js";

describe("plainNumberText", () => {
  it("writes numbers the number reader takes back unchanged", () => {
    for (const n of [0, 7, -5, 1234567, 83108003.5, 12.345, -1.234, 0.000001, 1.5e21, 2.5])
      expect(Number(plainNumberText(n))).toBe(n);
    expect(plainNumberText(12.345)).toBe("12.3450"); // "12.345" would read as twelve thousand…
    expect(plainNumberText(1e-7)).toBe("0.0000001");
  });
});

describe("reading cells against the framework", () => {
  const def = compileShipped("pepi-2782.yaml").def;
  const element = (code: string) => def.dataElements.find((e) => e.code === code)!;
  const at = { code: "x", sheet: "Chỉ số 07", row: 5, column: "E" };

  it("agrees with the form page on numbers typed as text", () => {
    const vehicles = element("public_transport_vehicles");
    for (const text of ["1.234", "12", "1 234"]) {
      const read = readFigure(def, vehicles, { ...at, cell: { kind: "text", value: text } });
      const typed = readNumberEntry(def, vehicles, text);
      expect(read).toEqual({ kind: "number", number: typed.ok ? typed.value : Number.NaN });
    }
    expect(readFigure(def, vehicles, { ...at, cell: { kind: "date" } })).toMatchObject({
      message: "Số phương tiện giao thông công cộng: Phải là số, không phải ngày tháng",
    });
  });

  it("reads yes/no in the ways people write it, and places what it cannot read", () => {
    const landfills = element("landfills");
    const rows = ["Có", "x", "không", "KHÔNG", "1"].map((word, i) => ({
      row: 4 + i,
      cells: [
        { kind: "text" as const, value: `Bãi ${i}` },
        { kind: "text" as const, value: word },
      ],
    }));
    expect(readList(def, landfills, { code: "landfills", sheet: "DS landfills", rows })).toEqual({
      kind: "list",
      list: [true, true, false, false, true].map((sanitary, i) => ({ name: `Bãi ${i}`, sanitary })),
    });
    const bad = readList(def, landfills, {
      code: "landfills",
      sheet: "DS landfills",
      rows: [{ row: 9, cells: [{ kind: "formula" }, { kind: "number", value: 2 }] }],
    });
    expect(bad).toEqual([
      expect.objectContaining({ row: 9, column: "A", message: expect.stringContaining("công thức") }),
      expect.objectContaining({
        row: 9,
        column: "B",
        message: "Hợp vệ sinh: Phải là “Có”, “Không”, “Đạt”, “Không đạt”, hoặc “x” (có), không phải “2”",
      }),
    ]);
  });

  it("takes Đạt and Không đạt alike, in any case, and refuses anything else with the answers listed", () => {
    const landfills = element("landfills");
    const words = ["ĐẠT", "Không đạt", "không  ĐẠT", "Chưa đạt", "X"];
    const rows = words.map((word, i) => ({
      row: 4 + i,
      cells: [
        { kind: "text" as const, value: `Bãi ${i}` },
        { kind: "text" as const, value: word },
      ],
    }));
    expect(readList(def, landfills, { code: "landfills", sheet: "Bãi", rows })).toEqual({
      kind: "list",
      list: [true, false, false, false, true].map((sanitary, i) => ({ name: `Bãi ${i}`, sanitary })),
    });
  });

  it("asks to remove a total or heading row put among the items", () => {
    const landfills = element("landfills");
    const rows = [
      {
        row: 4,
        cells: [{ kind: "text" as const, value: "I. Khu vực phía Bắc" }, { kind: "empty" as const }],
      },
      {
        row: 5,
        cells: [
          { kind: "text" as const, value: "Bãi A" },
          { kind: "text" as const, value: "Có" },
        ],
      },
      {
        row: 6,
        cells: [
          { kind: "text" as const, value: "Tổng cộng" },
          { kind: "number" as const, value: 1 },
        ],
      },
      // A facility's own name that starts like a total is an item.
      {
        row: 7,
        cells: [
          { kind: "text" as const, value: "Tổng công ty Cấp nước" },
          { kind: "text" as const, value: "Có" },
        ],
      },
    ];
    const read = readList(def, landfills, { code: "landfills", sheet: "Bãi", rows });
    expect(read).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          row: 4,
          message: expect.stringContaining("Dòng tiêu đề “I. Khu vực phía Bắc”"),
        }),
        expect.objectContaining({
          row: 6,
          message: expect.stringContaining("Dòng tổng “Tổng cộng” không phải một mục"),
        }),
      ]),
    );
    expect((read as { row: number }[]).some((problem) => problem.row === 7)).toBe(false);
  });

  it("reads a percent-formatted cell as the percentage it shows, and refuses it for a figure not in percent", () => {
    const share = { ...element("hazardous_waste_treated_t"), unit: "%" };
    expect(readFigure(def, share, { ...at, cell: { kind: "number", value: 0.655, percent: true } })).toEqual({
      kind: "number",
      number: 65.5,
    });
    const vehicles = element("public_transport_vehicles");
    expect(
      readFigure(def, vehicles, { ...at, cell: { kind: "number", value: 0.655, percent: true } }),
    ).toMatchObject({
      message:
        "Số phương tiện giao thông công cộng: Ô định dạng phần trăm (65,5%) nhưng số liệu này tính bằng xe: hãy nhập con số, không dùng định dạng %",
    });
  });
});
