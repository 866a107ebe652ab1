// Computing a province-year: a trial computation (nothing stored), stored computations with
// their what-if, and saving one.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  ComputationView,
  computationListSchema,
  computeRequestSchema,
  createComputationRequestSchema,
  EditionResultView,
  whatIfSchema,
} from "../../../contracts/frameworks.js";
import { api, withQuery } from "../../lib/api.js";

export type ComputeInput = z.input<typeof computeRequestSchema>;
export type CreateComputationInput = z.input<typeof createComputationRequestSchema>;
export type ComputationSummary = z.infer<typeof computationListSchema>["items"][number];
export type WhatIfView = z.infer<typeof whatIfSchema>;

export interface ComputationFilter {
  framework?: string;
  year?: number;
  includeSuperseded?: boolean;
}

export const computationKeys = {
  all: ["computations"] as const,
  list: (filter: ComputationFilter) => ["computations", "list", filter] as const,
  one: (id: string) => ["computations", id] as const,
  whatIf: (id: string, year: number | undefined) => ["computations", id, "what-if", year ?? "own"] as const,
};

export function useCompute(frameworkCode: string) {
  return useMutation({
    mutationFn: (input: ComputeInput) =>
      api.post<EditionResultView>(`/api/frameworks/${encodeURIComponent(frameworkCode)}/compute`, input),
  });
}

export function useComputations(filter: ComputationFilter) {
  return useQuery({
    queryKey: computationKeys.list(filter),
    queryFn: async () =>
      (
        await api.get<{ items: ComputationSummary[] }>(
          withQuery("/api/computations", {
            framework: filter.framework,
            year: filter.year,
            includeSuperseded: filter.includeSuperseded ? "true" : undefined,
          }),
        )
      ).items,
    placeholderData: keepPreviousData,
  });
}

export function useComputation(id: string) {
  return useQuery({
    queryKey: computationKeys.one(id),
    queryFn: () => api.get<ComputationView>(`/api/computations/${encodeURIComponent(id)}`),
    retry: false,
  });
}

export function useWhatIf(id: string, year: number | undefined, enabled = true) {
  return useQuery({
    enabled,
    queryKey: computationKeys.whatIf(id, year),
    queryFn: () =>
      api.get<WhatIfView>(withQuery(`/api/computations/${encodeURIComponent(id)}/what-if`, { year })),
    placeholderData: keepPreviousData,
  });
}

export function useSaveComputation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateComputationInput) => api.post<ComputationView>("/api/computations", input),
    onSuccess: (saved) => {
      queryClient.setQueryData(computationKeys.one(saved.id), saved);
      return queryClient.invalidateQueries({ queryKey: computationKeys.all });
    },
  });
}
