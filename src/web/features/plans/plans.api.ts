// Improvement plans: the list, one plan with its targets and tasks, a plan added or changed by
// the coordinator, its targets and tasks saved whole, its issued document, an agency's tasks.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  agencyTasksSchema,
  PlanDetail,
  sectionInputSchema,
  targetInputSchema,
  targetsUpdateSchema,
  taskInputSchema,
  tasksUpdateSchema,
} from "../../../contracts/plan-content.js";
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

export type TargetsUpdate = z.input<typeof targetsUpdateSchema>;
export type TasksUpdate = z.input<typeof tasksUpdateSchema>;
export type SectionInput = z.input<typeof sectionInputSchema>;
export type TaskInput = z.input<typeof taskInputSchema>;
export type TargetInput = z.input<typeof targetInputSchema>;

const planKey = (id: string) => ["plans", id] as const;

export function usePlan(id: string) {
  return useQuery({
    queryKey: planKey(id),
    queryFn: () => api.get<PlanDetail>(`/api/plans/${encodeURIComponent(id)}`),
  });
}

/** Saves a plan's targets or its tasks whole; the answer is the plan as it now is. */
export function useSavePlanContent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { targets: TargetsUpdate } | { tasks: TasksUpdate }) =>
      "targets" in change
        ? api.put<PlanDetail>(`/api/plans/${encodeURIComponent(id)}/targets`, change.targets)
        : api.put<PlanDetail>(`/api/plans/${encodeURIComponent(id)}/tasks`, change.tasks),
    onSuccess: (plan) => {
      queryClient.setQueryData(planKey(id), plan);
      void queryClient.invalidateQueries({ queryKey: plansKey, exact: true });
      void queryClient.invalidateQueries({ queryKey: ["plan-tasks"] });
    },
  });
}

export function useUploadPlanDocument(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const body = new FormData();
      body.append("file", file, file.name);
      return api.upload<PlanDetail>(`/api/plans/${encodeURIComponent(id)}/document`, body);
    },
    onSuccess: (plan) => queryClient.setQueryData(planKey(id), plan),
  });
}

export interface MeasureOptions {
  indicators: { ref: string; label: string; unit: string; framework: string }[];
  pgiParts: { ref: string; label: string }[];
}

export function useMeasureOptions() {
  return useQuery({
    queryKey: ["plans", "measures"],
    queryFn: () => api.get<MeasureOptions>("/api/plans/measures"),
    staleTime: 5 * 60_000,
  });
}

export function useAgencyTasks(agencyId: string | null) {
  return useQuery({
    queryKey: ["plan-tasks", agencyId],
    queryFn: () =>
      api.get<z.infer<typeof agencyTasksSchema>>(
        `/api/plans/tasks?agencyId=${encodeURIComponent(agencyId ?? "")}`,
      ),
    enabled: agencyId !== null,
  });
}
