import { describe, expect, it } from "vitest";
import { antdLocales } from "./antd-locale.js";

describe("the interface's date pickers", () => {
  it("show the form a date is typed in, in both languages, antd's other words kept", () => {
    for (const locale of [antdLocales.vi, antdLocales.en]) {
      expect(locale.DatePicker!.lang.placeholder).toBe("dd/mm/yyyy");
      expect(locale.DatePicker!.lang.rangePlaceholder).toEqual(["dd/mm/yyyy", "dd/mm/yyyy"]);
    }
    expect(antdLocales.vi.DatePicker!.lang.today).toBe("Hôm nay");
    expect(antdLocales.vi.DatePicker!.lang.yearPlaceholder).toBe("Chọn năm");
    expect(antdLocales.vi.Pagination).toBeDefined();
  });
});
