// Improvement plans as issued: the list, and a plan added or changed by the coordinator.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { Plan, planInputSchema } from "../../../contracts/plans.js";
import { api } from "../../lib/api.js";

export type PlanInput = z.input<typeof planInputSchema>;
const plansKey = ["plans"] as const;

export function usePlans() {
  return useQuery({
    queryKey: plansKey,
    queryFn: () => api.get<{ items: Plan[]; allowedActions: string[] }>("/api/plans"),
  });
}

export function useSavePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ plan, values }: { plan: Plan | null; values: PlanInput }) =>
      plan
        ? api.patch<Plan>(`/api/plans/${plan.id}`, { ...values, expectedRowVersion: plan.rowVersion })
        : api.post<Plan>("/api/plans", values),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: plansKey }),
  });
}
