// The province's standing and the tile-grid map, for the leader's and coordinator's home.
import { useQuery } from "@tanstack/react-query";
import type { Standing, StandingMap } from "../../../contracts/standing.js";
import { api, withQuery } from "../../lib/api.js";

export function useStanding(enabled: boolean) {
  return useQuery({
    queryKey: ["standing"],
    queryFn: () => api.get<Standing>("/api/standing"),
    enabled,
  });
}

export function useStandingMap(kind: "pepi" | "pgi", year: number | undefined) {
  return useQuery({
    queryKey: ["standing", "map", kind, year ?? "latest"],
    queryFn: () => api.get<StandingMap>(withQuery("/api/standing/map", { kind, year })),
  });
}
