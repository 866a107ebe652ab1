import { describe, expect, it } from "vitest";
import { daysBetween, localDay, timelinessOf } from "./timeliness.js";

describe("timeliness", () => {
  it("counts the due day itself as on time, in Vietnam's calendar", () => {
    // 23:30 on 20/02 in Hà Nội is 16:30 UTC the same day; 00:30 on 21/02 is 17:30 UTC on 20/02.
    expect(timelinessOf("2024-02-20", new Date("2024-02-20T16:30:00Z"), "2024-03-01")).toEqual({
      timeliness: "on_time",
      daysOverdue: null,
    });
    expect(timelinessOf("2024-02-20", new Date("2024-02-20T17:30:00Z"), "2024-03-01")).toEqual({
      timeliness: "late",
      daysOverdue: 1,
    });
  });

  it("says how many days a missing submission is overdue, and nothing before the deadline", () => {
    expect(timelinessOf("2024-02-20", null, "2024-02-28")).toEqual({ timeliness: "overdue", daysOverdue: 8 });
    expect(timelinessOf("2024-02-20", null, "2024-02-20")).toEqual({
      timeliness: "not_due",
      daysOverdue: null,
    });
  });

  it("counts days across months and leap years", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2023-02-28", "2023-03-01")).toBe(1);
    expect(localDay(new Date("2023-12-31T17:00:00Z"))).toBe("2024-01-01");
  });
});
