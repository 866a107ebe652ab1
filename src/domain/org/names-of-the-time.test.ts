import { describe, expect, it } from "vitest";
import { documentDay, environmentBodiesOn } from "./names-of-the-time.js";

describe("the names of their time", () => {
  it("calls the ministry and the department by the names of the day the document speaks from", () => {
    expect(environmentBodiesOn("2025-02-28")).toEqual({
      ministry: "Bộ Tài nguyên và Môi trường",
      department: "Sở Tài nguyên và Môi trường",
    });
    expect(environmentBodiesOn("2025-03-01")).toEqual({
      ministry: "Bộ Nông nghiệp và Môi trường",
      department: "Sở Nông nghiệp và Môi trường",
    });
    // Without a date written on it, a year speaks from the time it was reported.
    expect(documentDay(null, "2024-02-20")).toBe("2024-02-20");
    expect(documentDay("2025-04-02", "2025-02-20")).toBe("2025-04-02");
  });
});
