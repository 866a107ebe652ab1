// A period's synthesis for the chairman: its wording (saved or the defaults) with the reports'
// state and the chairman's conclusions, the .docx to download, and the changes the coordinator
// makes: the wording, the conclusions, the directives given as tasks of the plan.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { PlanReports } from "../../../contracts/plan-reports.js";
import type {
  ConclusionInput,
  conclusionTaskSchema,
  SynthesisDraft,
} from "../../../contracts/plan-synthesis.js";
import { api } from "../../lib/api.js";

export type ConclusionTask = z.input<typeof conclusionTaskSchema>;

const base = (planId: string, periodId: string) =>
  `/api/plans/${encodeURIComponent(planId)}/periods/${encodeURIComponent(periodId)}`;
const draftKey = (planId: string, periodId: string) => ["plans", planId, "synthesis", periodId] as const;

export const synthesisUrl = (planId: string, periodId: string) => `${base(planId, periodId)}/synthesis`;

/** The plan's periods (the same list and cache as the progress reports). */
export function usePlanPeriods(planId: string) {
  return useQuery({
    queryKey: ["plans", planId, "reports"],
    queryFn: () => api.get<PlanReports>(`/api/plans/${encodeURIComponent(planId)}/reports`),
  });
}

export function useSynthesisDraft(planId: string, periodId: string | null) {
  return useQuery({
    queryKey: draftKey(planId, periodId ?? ""),
    queryFn: () => api.get<SynthesisDraft>(`${base(planId, periodId!)}/synthesis/draft`),
    enabled: periodId !== null,
  });
}

function useSynthesisChange<T>(
  planId: string,
  periodId: string,
  send: (url: string, input: T) => Promise<SynthesisDraft | { ok: true }>,
  options: { planChanged?: boolean } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: T) => send(base(planId, periodId), input),
    onSuccess: (answer) => {
      if ("fields" in answer) queryClient.setQueryData(draftKey(planId, periodId), answer);
      else void queryClient.invalidateQueries({ queryKey: draftKey(planId, periodId) });
      // New tasks (or their section retitled) change the plan, its row version, and who owes a report.
      if (options.planChanged) {
        void queryClient.invalidateQueries({ queryKey: ["plans", planId], exact: true });
        void queryClient.invalidateQueries({ queryKey: ["plans", planId, "reports"] });
      }
    },
    // Refused because the plan changed meanwhile: the plan is read again, so a second try can pass.
    onError: () => {
      if (options.planChanged)
        void queryClient.invalidateQueries({ queryKey: ["plans", planId], exact: true });
    },
  });
}

export const useSaveSynthesis = (planId: string, periodId: string) =>
  useSynthesisChange<{ fields: Record<string, unknown>; rowVersion: number | null }>(
    planId,
    periodId,
    (url, input) => api.put<SynthesisDraft>(`${url}/synthesis/draft`, input),
  );

export const useResetSynthesis = (planId: string, periodId: string) =>
  useSynthesisChange<void>(planId, periodId, (url) => api.delete<{ ok: true }>(`${url}/synthesis/draft`));

/** A conclusion corrected after its tasks were given retitles their section: the plan is read again. */
export const useSaveConclusion = (planId: string, periodId: string) =>
  useSynthesisChange<ConclusionInput>(
    planId,
    periodId,
    (url, input) => api.put<SynthesisDraft>(`${url}/conclusion`, input),
    { planChanged: true },
  );

export const useAddConclusionTasks = (planId: string, periodId: string) =>
  useSynthesisChange<{ expectedRowVersion: number; tasks: ConclusionTask[] }>(
    planId,
    periodId,
    (url, input) => api.post<SynthesisDraft>(`${url}/conclusion/tasks`, input),
    { planChanged: true },
  );
