import { describe, expect, it } from "vitest";
import { provincesOf } from "./provinces.js";
import { tileGrid } from "./tile-grid.js";

describe("the tile-grid map", () => {
  for (const era of ["63", "34"] as const) {
    it(`has one square per province of the ${era}, none on top of another`, () => {
      const { tiles, columns, rows } = tileGrid(era);
      expect(tiles.map((t) => t.code).sort()).toEqual(
        provincesOf(era)
          .map((p) => p.code)
          .sort(),
      );
      const places = new Set(tiles.map((t) => `${t.column},${t.row}`));
      expect(places.size).toBe(tiles.length);
      expect(columns).toBeLessThanOrEqual(7);
      expect(rows).toBeGreaterThan(columns);
    });
  }

  it("keeps north above south and the capital above the south's metropolis", () => {
    const at = (era: "63" | "34", name: string) => tileGrid(era).tiles.find((t) => t.shortName === name)!;
    for (const era of ["63", "34"] as const) {
      expect(at(era, "Hà Nội").row).toBeLessThan(at(era, "Huế").row);
      expect(at(era, "Huế").row).toBeLessThan(at(era, "Hồ Chí Minh").row);
      expect(at(era, "Hồ Chí Minh").row).toBeLessThan(at(era, "Cà Mau").row);
      expect(at(era, "Điện Biên").column).toBeLessThan(at(era, "Quảng Ninh").column);
    }
  });
});
