// Derived elements are defined by formulas over other elements (ww_generated =
// water_supplied_m3 * 0.8). These functions find definitions that depend on themselves and the
// order in which the others can be computed. Results are sorted so they read the same every run.
import { type Ast, collectReferences } from "./ast.js";

export type Definitions = Readonly<Record<string, Ast>>;

export type EvaluationOrderResult = { ok: true; order: string[] } | { ok: false; cycles: string[][] };

/**
 * Each group of definitions that depend on one another, as one cycle of codes starting at its
 * alphabetically first code and following the references (`a = a + 1` gives ["a"]).
 */
export function findCycles(definitions: Definitions): string[][] {
  const graph = dependencyGraph(definitions);
  return stronglyConnectedGroups(graph)
    .filter((group) => group.length > 1 || graph.get(group[0]!)!.includes(group[0]!))
    .map((group) => cycleThrough(group, graph))
    .sort((a, b) => compareCodes(a[0]!, b[0]!));
}

/** Every defined code after the defined codes it reads, or the cycles that prevent an order. */
export function evaluationOrder(definitions: Definitions): EvaluationOrderResult {
  const cycles = findCycles(definitions);
  if (cycles.length > 0) return { ok: false, cycles };
  const graph = dependencyGraph(definitions);
  const order: string[] = [];
  const placed = new Set<string>();
  const place = (code: string): void => {
    if (placed.has(code)) return;
    placed.add(code);
    for (const dependency of graph.get(code)!) place(dependency);
    order.push(code);
  };
  for (const code of graph.keys()) place(code);
  return { ok: true, order };
}

/** Defined code → the defined codes its formula reads (raw inputs are not nodes). */
function dependencyGraph(definitions: Definitions): Map<string, string[]> {
  const codes = Object.keys(definitions).sort(compareCodes);
  const defined = new Set(codes);
  return new Map(
    codes.map((code) => {
      const references = collectReferences(definitions[code]!).filter((reference) => defined.has(reference));
      return [code, references.sort(compareCodes)];
    }),
  );
}

/** Tarjan's algorithm; each group's codes are sorted. */
function stronglyConnectedGroups(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (code: string): void => {
    index.set(code, index.size);
    lowLink.set(code, index.get(code)!);
    stack.push(code);
    onStack.add(code);
    for (const next of graph.get(code)!) {
      if (!index.has(next)) {
        visit(next);
        lowLink.set(code, Math.min(lowLink.get(code)!, lowLink.get(next)!));
      } else if (onStack.has(next)) {
        lowLink.set(code, Math.min(lowLink.get(code)!, index.get(next)!));
      }
    }
    if (lowLink.get(code) !== index.get(code)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== code);
    groups.push(group.sort(compareCodes));
  };
  for (const code of graph.keys()) if (!index.has(code)) visit(code);
  return groups;
}

/** A path from the group's first code back to itself, staying inside the group. */
function cycleThrough(group: string[], graph: Map<string, string[]>): string[] {
  const start = group[0]!;
  const members = new Set(group);
  const path: string[] = [];
  const seen = new Set<string>();
  const walk = (code: string): boolean => {
    path.push(code);
    seen.add(code);
    for (const next of graph.get(code)!) {
      if (next === start) return true;
      if (members.has(next) && !seen.has(next) && walk(next)) return true;
    }
    path.pop();
    return false;
  };
  walk(start);
  return path;
}

function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
