// Small text helpers shared by the Vietnamese messages of the formula language.

/** Wraps a code or fragment in Vietnamese typographic quotes: “urban_population”. */
export function quote(text: string): string {
  return `“${text}”`;
}

/** 10485760 → "10.485.760": integers as Vietnamese readers write them. */
export function formatIntegerVi(value: number): string {
  const digits = String(Math.trunc(Math.abs(value)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return value < 0 ? `-${grouped}` : grouped;
}

/**
 * The candidate a user most likely meant (a typo, a prefix, a different case), or undefined
 * when nothing is close enough to be a helpful suggestion.
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const wanted = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    if (lower === wanted) return candidate;
    const related = wanted.length >= 3 && (lower.includes(wanted) || wanted.includes(lower));
    const limit = related ? Number.POSITIVE_INFINITY : Math.max(1, Math.floor(wanted.length / 3));
    if (Math.abs(lower.length - wanted.length) > limit) continue;
    const distance = editDistance(wanted, lower);
    const better =
      distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best);
    if (distance <= limit && better) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance with one reusable row. */
function editDistance(a: string, b: string): number {
  const row: number[] = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length]!;
}
