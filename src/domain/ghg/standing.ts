// A facility's standing as the register keeps it (its lists and their dates, the list that dropped
// it, its closures and restarts, its quota), and how an obligation was met: on time, late, missing
// or not yet due, judged on the day the province received the report. Pure.
import type { FacilityStanding } from "./obligations.js";

export interface RegisterFacts {
  /** The lists the facility is on, with the day each took effect (signed day if none). */
  listings: { list: string; effectiveFrom: string | null }[];
  /** The day the list that dropped it took effect. */
  delistedFrom?: string | null;
  /** Closed and restarted events, any order. */
  events: { kind: string; occurredOn: string }[];
  quotaStatus: string;
}

/**
 * Quota facilities hold the quota from the first allocation phase (2025–2026, Nghị định
 * 119/2025/NĐ-CP) on: the register keeps only whether a quota is allocated, not since when.
 */
export const quotaFrom = "2025-01-01";

export function standingOf(facts: RegisterFacts): FacilityStanding {
  // The open periods between closures: [start, closed), [restarted, closed)…
  const periods: { from: string | null; until: string | null }[] = [];
  let open: string | null = null;
  let isOpen = true;
  const life = facts.events
    .filter((e) => e.kind === "closed" || e.kind === "restarted")
    .sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
  for (const e of life) {
    if (e.kind === "closed" && isOpen) {
      periods.push({ from: open, until: e.occurredOn });
      isOpen = false;
    } else if (e.kind === "restarted" && !isOpen) {
      open = e.occurredOn;
      isOpen = true;
    }
  }
  if (isOpen) periods.push({ from: open, until: null });
  const closedOn = isOpen ? null : (life.at(-1)?.occurredOn ?? null);
  const listings: FacilityStanding["listings"] = [];
  for (const l of facts.listings) {
    if (!l.effectiveFrom) continue;
    for (const p of periods) {
      const from = p.from && p.from > l.effectiveFrom ? p.from : l.effectiveFrom;
      if (p.until && p.until <= from) continue;
      listings.push({ list: l.list, from, until: p.until });
    }
  }
  return {
    listings,
    delistedOn: facts.delistedFrom ?? null,
    closedOn,
    quota: facts.quotaStatus === "allocated" ? [{ from: quotaFrom }] : [],
  };
}

/** The first year the facility is on a list, or null when no list has a date. */
export function firstListedYear(facts: Pick<RegisterFacts, "listings">): number | null {
  const years = facts.listings.flatMap((l) => (l.effectiveFrom ? [Number(l.effectiveFrom.slice(0, 4))] : []));
  return years.length ? Math.min(...years) : null;
}

export type Fulfilment = "on_time" | "late" | "missing" | "not_due";

/** How an obligation due on `dueDate` stands `today`, given the day its report was received. */
export function fulfilmentOf(dueDate: string, receivedOn: string | null, today: string): Fulfilment {
  if (receivedOn) return receivedOn <= dueDate ? "on_time" : "late";
  return today > dueDate ? "missing" : "not_due";
}
