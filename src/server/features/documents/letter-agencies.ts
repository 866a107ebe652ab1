// Who the request letter is addressed to, in the order its sections follow: departments first,
// then boards, the statistics office, local committees and utilities, as the seed letters list
// them. Many communes asked for the same figures make one addressee and one section ("UBND các
// xã, phường"), or a province of a hundred communes would get a letter of a hundred sections.
// The issuing department does not write to itself: its own figures come last, for its offices.
import type { AgencyKind } from "../../../contracts/agencies.js";
import { nameInSentence } from "../../../domain/text/official-names.js";
import type { DbOrTx } from "../../db/client.js";
import * as cycles from "../cycles/cycles.repo.js";

export interface LetterAgency {
  id: string;
  name: string;
  kind: string;
  /** Element codes the agency reports in the cycle. */
  elements: string[];
}

export interface AgencyGroup {
  /** As written after "Kính gửi" and as the section's heading. */
  label: string;
  agencies: LetterAgency[];
  elements: string[];
}

const kindOrder: AgencyKind[] = [
  "department",
  "board",
  "statistics_office",
  "provincial_committee",
  "district_committee",
  "commune_committee",
  "utility",
  "other",
];

const localGroupLabels: Partial<Record<AgencyKind, string>> = {
  commune_committee: "UBND các xã, phường",
  district_committee: "UBND các huyện, thị xã, thành phố",
};

/** "UBND các xã, phường, đặc khu": the kinds of unit the group holds, as people list them. */
function localGroupLabel(kind: AgencyKind, peers: LetterAgency[]): string {
  if (kind !== "commune_committee") return localGroupLabels[kind]!;
  const has = (type: string) =>
    peers.some((p) => new RegExp(`^(UBND|Ủy ban nhân dân)\\s+${type}\\s`, "iu").test(p.name));
  const types = ["xã", "phường", "đặc khu"].filter(has);
  return `UBND các ${(types.length ? types : ["xã", "phường"]).join(", ")}`;
}

/** More local committees than this asked for the same figures are addressed together. */
export const localCommitteesListedOneByOne = 3;

const rank = (kind: string) => {
  const i = kindOrder.indexOf(kind as AgencyKind);
  return i < 0 ? kindOrder.length : i;
};
const byName = (a: LetterAgency, b: LetterAgency) => a.name.localeCompare(b.name, "vi");

export function letterAgencyGroups(agencies: LetterAgency[]): {
  groups: AgencyGroup[];
  own: AgencyGroup | null;
} {
  const ownAgencies = agencies.filter((a) => a.kind === "environment_department").sort(byName);
  const others = agencies
    .filter((a) => a.kind !== "environment_department")
    .sort((a, b) => rank(a.kind) - rank(b.kind) || byName(a, b));
  const together = new Map<string, LetterAgency[]>();
  for (const agency of others) {
    if (!localGroupLabels[agency.kind as AgencyKind]) continue;
    const key = `${agency.kind}|${[...agency.elements].sort().join(",")}`;
    together.set(key, [...(together.get(key) ?? []), agency]);
  }
  const groups: AgencyGroup[] = [];
  const placed = new Set<string>();
  for (const agency of others) {
    if (placed.has(agency.id)) continue;
    const key = `${agency.kind}|${[...agency.elements].sort().join(",")}`;
    const peers = together.get(key) ?? [];
    if (peers.length > localCommitteesListedOneByOne) {
      for (const peer of peers) placed.add(peer.id);
      groups.push({
        label: localGroupLabel(agency.kind as AgencyKind, peers),
        agencies: peers,
        elements: agency.elements,
      });
    } else {
      placed.add(agency.id);
      groups.push({ label: nameInSentence(agency.name), agencies: [agency], elements: agency.elements });
    }
  }
  const own = ownAgencies.length
    ? {
        label: ownAgencies.map((a) => a.name).join(", "),
        agencies: ownAgencies,
        elements: [...new Set(ownAgencies.flatMap((a) => a.elements))],
      }
    : null;
  return { groups, own };
}

/** The agencies of a cycle with their kinds and the elements each reports. */
export async function cycleLetterAgencies(
  db: DbOrTx,
  cycleId: string,
  orgUnitId: string,
): Promise<LetterAgency[]> {
  const kinds = new Map((await cycles.provinceAgencies(db, orgUnitId)).map((a) => [a.id, a.kind]));
  const byAgency = new Map<string, LetterAgency>();
  for (const a of await cycles.listAssignments(db, cycleId)) {
    const agency = byAgency.get(a.agencyId) ?? {
      id: a.agencyId,
      name: a.agencyName,
      kind: kinds.get(a.agencyId) ?? "other",
      elements: [],
    };
    agency.elements.push(a.elementCode);
    byAgency.set(a.agencyId, agency);
  }
  return [...byAgency.values()];
}

/**
 * "Kính gửi" as people write it: the departments on one line ("Các Sở: Xây dựng, Y tế, Công
 * Thương"), then every other addressee on its own, in the order of the sections.
 */
export function groupedAddressees(groups: AgencyGroup[]): string[] {
  const isDepartment = (g: AgencyGroup) =>
    g.agencies.length === 1 && g.agencies[0]!.kind === "department" && /^Sở\s/u.test(g.label);
  const departments = groups.filter(isDepartment);
  if (departments.length < 2) return groups.map((g) => g.label);
  const line = `Các Sở: ${departments.map((g) => g.label.replace(/^Sở\s+/u, "")).join(", ")}`;
  const lines: string[] = [];
  for (const group of groups) {
    if (!isDepartment(group)) lines.push(group.label);
    else if (group === departments[0]) lines.push(line);
  }
  return lines;
}
