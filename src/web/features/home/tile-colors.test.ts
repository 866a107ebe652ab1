import { describe, expect, it } from "vitest";
import type { StandingMap } from "../../../contracts/standing.js";
import { scoreRange, tileLevels } from "./tile-colors.js";

const map = (tiles: Partial<StandingMap["tiles"][number]>[]): StandingMap => ({
  kind: "pepi",
  year: 2022,
  era: "63",
  columns: 7,
  rows: 23,
  own: null,
  tiles: tiles.map((t, i) => ({
    code: `P${i}`,
    name: `P${i}`,
    column: 0,
    row: i,
    score: null,
    rank: null,
    band: null,
    ...t,
  })),
});

describe("tile colours", () => {
  it("spreads published scores over five steps, lowest to highest, and greys the unpublished", () => {
    const levels = tileLevels(map([{ score: 50 }, { score: 60 }, { score: 75 }, { score: 90 }, {}]));
    expect([...levels.values()]).toEqual([1, 2, 4, 5, 0]);
    expect(scoreRange(map([{ score: 50 }, { score: 90 }, {}]))).toEqual({ low: 50, high: 90 });
  });

  it("colours by band when a year published bands only", () => {
    const levels = tileLevels(
      map([
        { band: "tốt" },
        { band: "khá" },
        { band: "trung bình" },
        { band: "dưới 50 (chưa xác nhận tên xếp loại)" },
        {},
      ]),
    );
    expect([...levels.values()]).toEqual([5, 4, 3, 1, 0]);
    expect(scoreRange(map([{ band: "tốt" }]))).toBeNull();
  });
});
