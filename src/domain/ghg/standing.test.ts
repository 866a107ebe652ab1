import { describe, expect, it } from "vitest";
import { facilityReminders } from "./facility-reminders.js";
import { isListedOn } from "./obligations.js";
import { firstListedYear, fulfilmentOf, quotaFrom, standingOf } from "./standing.js";

const lists = [
  { list: "01/2022/QĐ-TTg", effectiveFrom: "2022-01-18" },
  { list: "13/2024/QĐ-TTg", effectiveFrom: "2024-10-01" },
];

describe("a facility's standing from the register", () => {
  it("lists it from each list's effect, dropped from the delisting list's, with a quota from 2025", () => {
    const s = standingOf({
      listings: lists.slice(0, 1),
      delistedFrom: "2024-10-01",
      events: [],
      quotaStatus: "allocated",
    });
    expect(s.listings).toEqual([{ list: "01/2022/QĐ-TTg", from: "2022-01-18", until: null }]);
    expect(s.delistedOn).toBe("2024-10-01");
    expect(s.quota).toEqual([{ from: quotaFrom }]);
    expect(firstListedYear({ listings: lists })).toBe(2022);
  });

  it("a closure ends it; a restart lists it again, the gap owing nothing", () => {
    const closed = standingOf({
      listings: lists,
      events: [{ kind: "closed", occurredOn: "2024-06-01" }],
      quotaStatus: "none",
    });
    expect(closed.closedOn).toBe("2024-06-01");
    expect(closed.listings).toEqual([{ list: "01/2022/QĐ-TTg", from: "2022-01-18", until: "2024-06-01" }]);
    const restarted = standingOf({
      listings: lists,
      events: [
        { kind: "restarted", occurredOn: "2025-05-01" },
        { kind: "closed", occurredOn: "2024-06-01" },
      ],
      quotaStatus: "none",
    });
    expect(restarted.closedOn).toBeNull();
    expect(restarted.quota).toEqual([]);
    expect(isListedOn(restarted, "2025-03-31")).toBe(false);
    expect(isListedOn(restarted, "2025-12-01")).toBe(true);
    expect(isListedOn(restarted, "2024-03-31")).toBe(true);
  });

  it("ignores a list without a date", () => {
    expect(
      standingOf({ listings: [{ list: "X", effectiveFrom: null }], events: [], quotaStatus: "none" })
        .listings,
    ).toEqual([]);
    expect(firstListedYear({ listings: [{ list: "X", effectiveFrom: null }] })).toBeNull();
  });
});

describe("fulfilment", () => {
  it("judges on the day received against the due date", () => {
    expect(fulfilmentOf("2025-03-31", "2025-03-31", "2026-01-01")).toBe("on_time");
    expect(fulfilmentOf("2025-03-31", "2025-04-01", "2026-01-01")).toBe("late");
    expect(fulfilmentOf("2025-03-31", null, "2025-04-01")).toBe("missing");
    expect(fulfilmentOf("2025-03-31", null, "2025-03-31")).toBe("not_due");
  });
});

describe("reminders to a facility", () => {
  const f = { id: "f1", name: "Nhà máy A" };
  const item = {
    ruleCode: "activity-data",
    year: 2027,
    dueDate: "2027-03-31",
    owed: "Cung cấp số liệu hoạt động",
    recipient: "Bộ quản lý lĩnh vực",
    provisional: false,
    received: false,
  };
  it("before the due date at 30, 7 and 1 days, then monthly when late for a year, never when received", () => {
    expect(facilityReminders(f, [item], "2027-03-01").map((r) => r.key)).toEqual([
      "ghg-reminder:f1:activity-data:2027:before-30",
    ]);
    expect(facilityReminders(f, [item], "2027-03-25")[0]!.body).toBe(
      "Nhà máy A: cung cấp số liệu hoạt động phải gửi Bộ quản lý lĩnh vực chậm nhất ngày 31/03/2027 (còn 6 ngày).",
    );
    expect(facilityReminders(f, [item], "2027-01-01")).toEqual([]);
    expect(facilityReminders(f, [item], "2027-04-01")[0]!.step).toBe("overdue-0");
    expect(facilityReminders(f, [item], "2027-05-01")[0]!.step).toBe("overdue-1");
    expect(facilityReminders(f, [item], "2028-04-01")).toEqual([]);
    expect(facilityReminders(f, [{ ...item, received: true }], "2027-04-01")).toEqual([]);
    expect(facilityReminders(f, [{ ...item, provisional: true }], "2027-03-31")[0]!.body).toContain(
      "tạm tính",
    );
  });
});
