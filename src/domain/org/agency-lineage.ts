// Agencies merged into others keep their history: in 2025 Sở Giao thông vận tải went into Sở Xây
// dựng, and what it reported before is found under Sở Xây dựng's line. Each agency names the one
// it was merged into; a line may have several steps, and ends at the agency that still exists.

/** Agency id → the agency at the end of its line of successors (only for merged agencies). */
export function lastSuccessors(rows: readonly { id: string; successorAgencyId: string | null }[]) {
  const next = new Map(rows.filter((r) => r.successorAgencyId).map((r) => [r.id, r.successorAgencyId!]));
  const last = new Map<string, string>();
  for (const id of next.keys()) {
    let at = id;
    // The service refuses a line that comes back; the bound keeps a bad row from looping here.
    for (let step = 0; next.has(at) && step < next.size; step++) at = next.get(at)!;
    if (at !== id) last.set(id, at);
  }
  return last;
}
