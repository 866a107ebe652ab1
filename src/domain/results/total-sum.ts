// VCCI publishes a PGI total and its four sub-indices, each rounded to 2 decimals; the total is
// the sum of the four. A published total further from the sum than four roundings explain
// (0,02) is flagged wherever it is shown, and kept as published: never recomputed.

/** Four values rounded to 2 decimals may each be 0,005 off. */
export const sumTolerance = 0.02;

/**
 * The sum of the parts and how far the published total is from it, when that is beyond
 * rounding; null when it is within, or when the total or a part is not published.
 */
export function totalSumGap(
  total: number | null,
  parts: readonly (number | null | undefined)[],
): { sum: number; gap: number } | null {
  if (total === null || parts.length === 0 || parts.some((p) => p === null || p === undefined)) return null;
  // Sums of 2-decimal values carry floating-point residue (4,61 + 4,61 + … = 16,499…9).
  const sum = Math.round((parts as number[]).reduce((a, b) => a + b, 0) * 1e6) / 1e6;
  const gap = Math.round(Math.abs(total - sum) * 1e6) / 1e6;
  return gap > sumTolerance ? { sum, gap } : null;
}
