// Reading an issued plan into a draft (its pasted text or its Word file; nothing is saved) and
// saving the corrected draft: the plan's targets and its tasks, whole, in one request.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  PlanDetail,
  PlanDraftView,
  planContentUpdateSchema,
  targetInputSchema,
} from "../../../contracts/plan-content.js";
import { api } from "../../lib/api.js";

export type PlanContentUpdate = z.input<typeof planContentUpdateSchema>;
export type TargetInput = z.input<typeof targetInputSchema>;

export function useReadPlan() {
  return useMutation({
    mutationFn: (source: { text: string } | { file: File }) => {
      if ("text" in source) return api.post<PlanDraftView>("/api/plans/read-text", { text: source.text });
      const body = new FormData();
      body.append("file", source.file, source.file.name);
      return api.upload<PlanDraftView>("/api/plans/read-docx", body);
    },
  });
}

export function useSavePlanDraft(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (content: PlanContentUpdate) =>
      api.put<PlanDetail>(`/api/plans/${encodeURIComponent(id)}/content`, content),
    onSuccess: (plan) => {
      queryClient.setQueryData(["plans", id], plan);
      void queryClient.invalidateQueries({ queryKey: ["plans"], exact: true });
      void queryClient.invalidateQueries({ queryKey: ["plan-tasks"] });
    },
  });
}
