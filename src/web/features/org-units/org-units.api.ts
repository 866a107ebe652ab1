import { useQuery } from "@tanstack/react-query";
import type { OrgUnit } from "../../../contracts/org-units.js";
import { api, withQuery } from "../../lib/api.js";

export interface OrgUnitFilter {
  level?: OrgUnit["level"];
  /** yyyy-mm-dd: only units in force that day. */
  onDate?: string;
}

export function useOrgUnits(filter: OrgUnitFilter = {}, enabled = true) {
  return useQuery({
    queryKey: ["org-units", filter],
    queryFn: async () =>
      (await api.get<{ items: OrgUnit[] }>(withQuery("/api/org-units", { ...filter }))).items,
    enabled,
    staleTime: 5 * 60_000,
  });
}
