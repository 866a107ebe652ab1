// The commune of an address: each comma-separated part of "Số 5, Xã Long Thành, Tỉnh Đồng Nai"
// compared with the province's communes, with their kind ("Xã Long Thành") or without it ("Long
// Thành"), ignoring case and diacritics. Only a single match counts: two communes of the same
// bare name ("Phường An Bình", "Xã An Bình") with the address not saying which leave it unknown.
import { slugify } from "../text/slug.js";

export interface CommuneUnit {
  id: string;
  name: string;
}

const kinds = /^(xa|phuong|thi-tran|dac-khu)-/;

export function matchCommune(address: string, communes: readonly CommuneUnit[]): string | null {
  const parts = address.split(/[,;]/).map(slugify).filter(Boolean);
  const full = communes.map((c) => ({
    id: c.id,
    full: slugify(c.name),
    bare: slugify(c.name).replace(kinds, ""),
  }));
  // Right to left: the commune comes before the province, after the street.
  for (const part of parts.reverse()) {
    const exact = full.filter((c) => c.full === part);
    if (exact.length === 1) return exact[0]!.id;
    if (exact.length > 1) return null;
    if (kinds.test(part)) continue;
    const bare = full.filter((c) => c.bare === part);
    if (bare.length === 1) return bare[0]!.id;
    if (bare.length > 1) return null;
  }
  return null;
}
