// Where a score would place a province among the scores other provinces have published for a
// year. Published tables are partial: some provinces have a score and a rank, some only one of
// them, most nothing. The answer is the range the data allows (best and worst place), the most
// likely place inside it, and what it rests on; it is one exact place only when the data says so.
//
// How: the provinces with both a score and a rank are fixed points. The places between two fixed
// points belong to provinces whose scores lie between theirs, so each gap is a score interval
// with a known number of provinces in it. A province known by its score alone takes a place in
// the interval its score falls in; the province itself leaves its own place (its published row,
// if any, is the old result the new score replaces). A province whose score is unknown is
// certainly above the score when its whole interval is, and possibly above when part of it is.
export interface PublishedScore {
  /** The province's registry code (or any key that is the same for one province). */
  province: string;
  total: number | null;
  rank: number | null;
}

export interface RankEstimate {
  /** The most likely place: unknown scores spread evenly over their intervals. */
  rank: number;
  /** The place cannot be better than `best` nor worse than `worst` given what is published. */
  best: number;
  worst: number;
  /** True when the data leaves one place only. */
  exact: boolean;
  /** Other provinces with a published score, and how many of them are above, level and below. */
  basedOn: number;
  above: number;
  level: number;
  below: number;
  provinceCount: number;
  /** Some published scores and ranks contradict each other; the range is then less sure. */
  inconsistent: boolean;
}

interface Interval {
  /** Scores of the provinces in it lie between `low` and `high`. */
  low: number;
  high: number;
  /** Places in it, then those taken by provinces of known score, and by the province itself. */
  places: number;
  taken: number;
}

interface Fixed {
  province: string;
  total: number;
  rank: number;
}

/** The score intervals between the provinces whose score and rank are both published. */
function intervalsOf(fixed: Fixed[], provinceCount: number, maxScore: number) {
  const sorted = [...fixed].sort((a, b) => a.rank - b.rank || b.total - a.total);
  const intervals: Interval[] = [];
  // Tied provinces share a rank but each takes a place.
  let place = 0;
  let high = maxScore;
  const positions = new Map<string, number>();
  for (const f of sorted) {
    const position = Math.max(f.rank, place + 1);
    intervals.push({ low: f.total, high, places: position - place - 1, taken: 0 });
    positions.set(f.province, position);
    place = position;
    high = f.total;
  }
  intervals.push({ low: 0, high, places: Math.max(0, provinceCount - place), taken: 0 });
  /** The interval a place falls in, for a province known by its rank alone. */
  const intervalAtPlace = (rank: number): Interval | undefined => {
    let start = 0;
    for (const [i, f] of sorted.entries()) {
      const position = positions.get(f.province)!;
      if (rank > start && rank < position) return intervals[i];
      start = position;
    }
    return rank > start ? intervals[intervals.length - 1] : undefined;
  };
  return { intervals, intervalAtPlace, inconsistent: place > provinceCount };
}

/** The interval a known score falls in, preferring one with a place still free. */
function intervalOfScore(intervals: Interval[], total: number): Interval | undefined {
  const fits = intervals.filter((i) => i.low <= total && total <= i.high);
  return fits.find((i) => i.places - i.taken > 0) ?? fits[0];
}

export function estimateRank(
  published: PublishedScore[],
  score: number,
  provinceCount: number,
  ownProvince?: string,
  maxScore = 100,
): RankEstimate | null {
  const own = published.find((p) => p.province === ownProvince);
  const others = published.filter((p) => p.province !== ownProvince);
  const scored = others.filter((p): p is PublishedScore & { total: number } => p.total !== null);
  if (scored.length === 0) return null;

  const fixed = published.filter((p): p is Fixed => p.total !== null && p.rank !== null);
  const { intervals, intervalAtPlace, inconsistent: overfull } = intervalsOf(fixed, provinceCount, maxScore);
  let inconsistent = overfull;
  for (const p of published) {
    if (p.total === null || p.rank !== null) continue;
    const interval = intervalOfScore(intervals, p.total);
    if (interval) interval.taken++;
    else inconsistent = true;
  }
  // The province's own place, when its published row says where it was.
  if (own && own.total === null && own.rank !== null) {
    const interval = intervalAtPlace(own.rank);
    if (interval) interval.taken++;
  }
  const ownPlaceKnown = own !== undefined && (own.total !== null || own.rank !== null);

  const above = scored.filter((p) => p.total > score).length;
  let certain = 0;
  let possible = 0;
  let free = 0;
  let expected = 0;
  for (const interval of intervals) {
    const unknown = interval.places - interval.taken;
    if (unknown < 0) inconsistent = true;
    const n = Math.max(0, unknown);
    free += n;
    if (interval.low > score) certain += n;
    if (interval.high > score) possible += n;
    if (interval.low <= score && score < interval.high) {
      const span = interval.high - interval.low;
      expected += span > 0 ? (n * (interval.high - score)) / span : 0;
    }
  }
  expected += certain;
  let best = 1 + above + certain;
  let worst = 1 + above + possible;
  if (!ownPlaceKnown && free > 0) {
    // One of the free places was the province's own: at best it was one of those above the
    // score, at worst one of those below.
    if (certain > 0) best--;
    if (possible === free) worst--;
    expected -= expected / free;
  }
  worst = Math.min(worst, provinceCount);
  const totals = scored.map((p) => p.total);
  return placeOf({
    best: Math.min(best, worst),
    worst,
    expected,
    scored: totals,
    score,
    provinceCount,
    inconsistent,
  });
}

/** The estimate from the best and worst places, the expected number above, and the known scores. */
function placeOf(p: {
  best: number;
  worst: number;
  /** Provinces of unknown score expected above. */
  expected: number;
  scored: number[];
  score: number;
  provinceCount: number;
  inconsistent: boolean;
}): RankEstimate {
  const above = p.scored.filter((t) => t > p.score).length;
  const level = p.scored.filter((t) => t === p.score).length;
  return {
    rank: Math.min(p.worst, Math.max(p.best, Math.round(1 + above + p.expected))),
    best: p.best,
    worst: p.worst,
    exact: p.best === p.worst,
    basedOn: p.scored.length,
    above,
    level,
    below: p.scored.length - above - level,
    provinceCount: p.provinceCount,
    inconsistent: p.inconsistent,
  };
}

/**
 * The place within a group of provinces (a region): the others of the group with a known score
 * are above or below; one with an unknown score but a published rank lies in that rank's score
 * interval of the whole table; one with neither may be anywhere.
 */
export function estimateRankWithin(
  published: PublishedScore[],
  members: readonly string[],
  score: number,
  provinceCount: number,
  ownProvince?: string,
  maxScore = 100,
): RankEstimate | null {
  const inGroup = new Set(members);
  const fixed = published.filter((p): p is Fixed => p.total !== null && p.rank !== null);
  const { intervalAtPlace } = intervalsOf(fixed, provinceCount, maxScore);
  const others = members.filter((m) => m !== ownProvince);
  const rows = new Map(published.filter((p) => inGroup.has(p.province)).map((p) => [p.province, p]));
  const scored = others.flatMap((m) => {
    const total = rows.get(m)?.total;
    return total === null || total === undefined ? [] : [total];
  });
  if (scored.length === 0) return null;
  const above = scored.filter((t) => t > score).length;
  let certain = 0;
  let possible = 0;
  let expected = 0;
  for (const m of others) {
    const row = rows.get(m);
    if (row?.total !== null && row?.total !== undefined) continue;
    const interval = row?.rank ? intervalAtPlace(row.rank) : undefined;
    const low = interval?.low ?? 0;
    const high = interval?.high ?? maxScore;
    if (low > score) certain++;
    if (high > score) possible++;
    if (low > score) expected++;
    else if (score < high && high > low) expected += (high - score) / (high - low);
  }
  return placeOf({
    best: 1 + above + certain,
    worst: 1 + above + possible,
    expected,
    scored,
    score,
    provinceCount: members.length,
    inconsistent: false,
  });
}
