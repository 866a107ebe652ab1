import { defaultOf } from "./provenance.js";
import type { EditionDef } from "./schema.js";
import { toHundredths } from "./scoring.js";

export type RatingBand = EditionDef["bands"][number];

/** The first band (highest first) whose minimum the total reaches; compared in hundredths. */
export function ratingBand(bands: EditionDef["bands"], totalHundredths: number): RatingBand | undefined {
  const ordered = [...bands].sort((a, b) => b.min - a.min);
  return ordered.find((band) => totalHundredths >= toHundredths(band.min));
}

/** Frameworks loaded before bands carried their provenance marked an unconfirmed name this way. */
const provisionalNameMark = /\s*\(nhãn tạm\)\s*$/u;

/**
 * A band as a document for the leadership states it. A band whose name no official text gives
 * ("Dưới trung bình", marked provisional) is stated by the fact that is certain, its place below
 * the next band ("dưới mức Trung bình"), so no guessed name reaches a signed document.
 */
export function bandForDocuments(bands: EditionDef["bands"], label: string): string {
  const band = bands.find((b) => b.label.vi === label);
  if (!band) return label;
  const provisional =
    defaultOf(band.provenance, "attested") === "provisional" || provisionalNameMark.test(label);
  if (!provisional) return label;
  const next = [...bands].sort((a, b) => a.min - b.min).find((b) => b.min > band.min);
  return next
    ? `dưới mức ${next.label.vi.replace(provisionalNameMark, "")}`
    : label.replace(provisionalNameMark, "");
}
