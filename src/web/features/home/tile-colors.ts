// The colour of a province's tile: five steps from the lowest published score of the year to
// the highest (or by band when only bands were published), grey when nothing was published.
// Text on each step keeps at least 4.5:1 contrast.
import type { StandingMap } from "../../../contracts/standing.js";

type Tile = StandingMap["tiles"][number];

export const tileSteps = [
  { fill: "#eeeeee", ink: "#4a4a4a" },
  { fill: "#deebf7", ink: "#000000" },
  { fill: "#9ecae1", ink: "#000000" },
  { fill: "#6baed6", ink: "#000000" },
  { fill: "#2171b5", ink: "#ffffff" },
  { fill: "#08306b", ink: "#ffffff" },
] as const;

const bandSteps: [RegExp, number][] = [
  [/^xuất sắc|^tốt/i, 5],
  [/^khá/i, 4],
  [/^trung bình/i, 3],
  [/^yếu|^kém|dưới/i, 1],
];

/** 0 for no published figure, else 1 (lowest) to 5 (highest). */
export function tileLevels(map: StandingMap): Map<string, number> {
  const scores = map.tiles.map((t) => t.score).filter((s): s is number => s !== null);
  const low = Math.min(...scores);
  const high = Math.max(...scores);
  const level = (tile: Tile): number => {
    if (scores.length > 0) {
      if (tile.score === null) return 0;
      if (high === low) return 3;
      return 1 + Math.min(4, Math.floor((5 * (tile.score - low)) / (high - low)));
    }
    if (!tile.band) return 0;
    return bandSteps.find(([pattern]) => pattern.test(tile.band!))?.[1] ?? 2;
  };
  return new Map(map.tiles.map((t) => [t.code, level(t)]));
}

/** The lowest and highest published score, for the legend; null when only bands were published. */
export function scoreRange(map: StandingMap): { low: number; high: number } | null {
  const scores = map.tiles.map((t) => t.score).filter((s): s is number => s !== null);
  return scores.length ? { low: Math.min(...scores), high: Math.max(...scores) } : null;
}
