// A draft plan from a result's what-if: what the server proposes for the result, and the draft
// created from the indicators chosen.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { PlanProposal, planFromWhatIfSchema } from "../../../contracts/plan-from-what-if.js";
import type { Plan } from "../../../contracts/plans.js";
import { api, withQuery } from "../../lib/api.js";

/** The result whose what-if it is: a cycle (live or approved) or a stored computation. */
export type WhatIfSource = { cycleId: string } | { computationId: string };
export type PlanFromWhatIfInput = z.input<typeof planFromWhatIfSchema>;

export function usePlanProposal(source: WhatIfSource) {
  return useQuery({
    queryKey: ["plans", "from-what-if", source],
    queryFn: () => api.get<PlanProposal>(withQuery("/api/plans/from-what-if", source)),
    retry: false,
  });
}

export function useDraftPlanFromWhatIf() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PlanFromWhatIfInput) => api.post<Plan>("/api/plans/from-what-if", input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["plans"], exact: true });
      void queryClient.invalidateQueries({ queryKey: ["plan-tasks"] });
    },
  });
}
