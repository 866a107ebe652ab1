// The green index (PGI) page: one province's results, ranks, targets and what moves each
// sub-index; the provinces it can be opened for; the page's own targets saved whole.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { PgiOverview, PgiPageTarget } from "../../../contracts/pgi.js";
import { api, withQuery } from "../../lib/api.js";

const pgiKey = ["pgi"] as const;

export interface PgiProvince {
  code: string;
  name: string;
  era: "63" | "34";
}

/** `province` undefined: the department's own province. */
export function usePgiOverview(province: string | undefined) {
  return useQuery({
    queryKey: [...pgiKey, province ?? "own"],
    queryFn: () => api.get<PgiOverview>(withQuery("/api/pgi", { province })),
  });
}

export function usePgiProvinces() {
  return useQuery({
    queryKey: [...pgiKey, "provinces"],
    queryFn: () => api.get<{ items: PgiProvince[] }>("/api/pgi/provinces"),
    staleTime: 10 * 60_000,
  });
}

/** The Excel workbook of every province's PGI results, with the overview of the province shown. */
export const pgiExportUrl = (province: string | undefined) => withQuery("/api/pgi/export", { province });

export function useSavePgiTargets() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (targets: PgiPageTarget[]) => api.put<PgiOverview>("/api/pgi/targets", { targets }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pgiKey }),
  });
}
