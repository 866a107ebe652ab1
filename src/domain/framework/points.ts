// The maximum points of each assessed indicator in an edition, in hundredths:
// 1. an indicator without stated points gets an equal share of what its group's stated
//    indicators leave of the group's points;
// 2. the edition's rule for indicators it does not assess then drops their points or hands
//    them to the others (in proportion, over the edition or within the group).
// Shares are apportioned by largest remainder, so they add up exactly to what they divide.
import type { EditionDef, IndicatorDef } from "./schema.js";
import { toHundredths } from "./scoring.js";

export interface EffectivePoints {
  /** Assessed indicator code → maximum points, in hundredths. */
  maxHundredths: Map<string, number>;
  /** Every indicator of the edition before the not-assessed rule, in hundredths. */
  baseHundredths: Map<string, number>;
  notAssessed: string[];
}

export function effectivePoints(edition: EditionDef, indicators: Map<string, IndicatorDef>): EffectivePoints {
  const groupOf = (code: string) => indicators.get(code)?.group ?? "";
  const base = basePoints(edition, groupOf);
  const excluded = new Set(edition.notAssessed?.codes ?? []);
  const assessed = edition.indicators.map((i) => i.code).filter((code) => !excluded.has(code));
  const max = new Map(assessed.map((code) => [code, base.get(code) ?? 0]));
  const rule = edition.notAssessed?.rule ?? "drop";
  const sumOf = (codes: string[]) => codes.reduce((sum, code) => sum + (base.get(code) ?? 0), 0);
  if (rule === "redistribute_proportional") {
    const all = edition.indicators.map((i) => i.code);
    apportion(max, assessed, base, sumOf(all));
  } else if (rule === "redistribute_within_group") {
    for (const group of new Set(edition.indicators.map((i) => groupOf(i.code)))) {
      const inGroup = edition.indicators.map((i) => i.code).filter((code) => groupOf(code) === group);
      apportion(
        max,
        inGroup.filter((code) => !excluded.has(code)),
        base,
        sumOf(inGroup),
      );
    }
  }
  return { maxHundredths: max, baseHundredths: base, notAssessed: [...excluded] };
}

function basePoints(edition: EditionDef, groupOf: (code: string) => string): Map<string, number> {
  const base = new Map<string, number>();
  for (const group of edition.groups) {
    const members = edition.indicators.filter((i) => groupOf(i.code) === group.code);
    let left = toHundredths(group.points);
    const open: string[] = [];
    for (const member of members) {
      if (member.points === undefined) open.push(member.code);
      else {
        base.set(member.code, toHundredths(member.points));
        left -= toHundredths(member.points);
      }
    }
    const equal = new Map(open.map((code) => [code, 1]));
    apportion(base, open, equal, Math.max(0, left));
  }
  return base;
}

/** Largest-remainder apportionment of `target` hundredths over `codes` in proportion to `weights`. */
function apportion(out: Map<string, number>, codes: string[], weights: Map<string, number>, target: number) {
  const weight = codes.reduce((sum, code) => sum + (weights.get(code) ?? 0), 0);
  if (weight === 0 || codes.length === 0) return;
  const parts = codes.map((code) => {
    const exact = ((weights.get(code) ?? 0) * target) / weight;
    return { code, floor: Math.floor(exact), rest: exact - Math.floor(exact) };
  });
  let left = target - parts.reduce((sum, p) => sum + p.floor, 0);
  const byRest = [...parts].sort((a, b) => b.rest - a.rest || a.code.localeCompare(b.code));
  const bonus = new Set<string>();
  for (const part of byRest) {
    if (left-- <= 0) break;
    bonus.add(part.code);
  }
  for (const part of parts) out.set(part.code, part.floor + (bonus.has(part.code) ? 1 : 0));
}
