import { describe, expect, it } from "vitest";
import { provisionalIndicators } from "./report.js";

const row = (agencyId: string, elementCode: string, reviewStatus: string) => ({
  value: { agencyId, elementCode, reviewStatus },
});

describe("provisional indicators", () => {
  const state = {
    byIndicator: new Map([
      ["07", ["public_transport_vehicles", "urban_population"]],
      ["21", ["renewable_electricity_kwh"]],
      ["24", ["spending"]],
    ]),
    rows: [
      row("construction", "public_transport_vehicles", "accepted"),
      row("statistics", "urban_population", "accepted"),
      row("industry", "renewable_electricity_kwh", "accepted"),
      row("finance", "spending", "questioned"),
    ],
  } as never;
  const assignments = [
    { agencyId: "construction", elementCode: "public_transport_vehicles" },
    { agencyId: "statistics", elementCode: "urban_population" },
    { agencyId: "industry", elementCode: "renewable_electricity_kwh" },
    { agencyId: "finance", elementCode: "spending" },
  ];

  it("marks an indicator whose agency's submission is not accepted, even with accepted values", () => {
    const marked = provisionalIndicators(
      state,
      assignments,
      new Set(["construction", "industry", "finance"]),
    );
    expect([...marked].sort()).toEqual(["07", "24"]);
  });

  it("marks a questioned value, and a figure not reported at all", () => {
    const all = new Set(["construction", "statistics", "industry", "finance"]);
    expect([...provisionalIndicators(state, assignments, all)]).toEqual(["24"]);
    const missing = [...assignments, { agencyId: "communeA", elementCode: "renewable_electricity_kwh" }];
    expect([...provisionalIndicators(state, missing, new Set([...all, "communeA"]))].sort()).toEqual([
      "21",
      "24",
    ]);
  });
});
