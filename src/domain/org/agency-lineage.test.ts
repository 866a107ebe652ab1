import { describe, expect, it } from "vitest";
import { lastSuccessors } from "./agency-lineage.js";

describe("the line of an agency merged into another", () => {
  it("ends at the agency that still exists, through every step", () => {
    const last = lastSuccessors([
      { id: "giao-thong", successorAgencyId: "xay-dung" },
      { id: "xay-dung", successorAgencyId: null },
      { id: "ke-hoach", successorAgencyId: "tai-chinh-cu" },
      { id: "tai-chinh-cu", successorAgencyId: "tai-chinh" },
    ]);
    expect(Object.fromEntries(last)).toEqual({
      "giao-thong": "xay-dung",
      "ke-hoach": "tai-chinh",
      "tai-chinh-cu": "tai-chinh",
    });
  });

  it("does not loop on a line that comes back", () => {
    const last = lastSuccessors([
      { id: "a", successorAgencyId: "b" },
      { id: "b", successorAgencyId: "a" },
    ]);
    expect(last.size).toBe(0);
  });
});
