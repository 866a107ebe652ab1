import type { EditionDef } from "./schema.js";
import { toHundredths } from "./scoring.js";

export type RatingBand = EditionDef["bands"][number];

/** The first band (highest first) whose minimum the total reaches; compared in hundredths. */
export function ratingBand(bands: EditionDef["bands"], totalHundredths: number): RatingBand | undefined {
  const ordered = [...bands].sort((a, b) => b.min - a.min);
  return ordered.find((band) => totalHundredths >= toHundredths(band.min));
}
