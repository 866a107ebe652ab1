// History across the 2025 merger: the former provinces, their published results and a year's
// merged base; importing their figures and writing the base into the province's history year.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { MergerHistory } from "../../../contracts/merger.js";
import { api } from "../../lib/api.js";

const mergerKey = ["merger"] as const;

export function useMergerHistory(year: number | undefined) {
  return useQuery({
    queryKey: [...mergerKey, year ?? "latest"],
    queryFn: () => api.get<MergerHistory>(`/api/merger${year ? `?year=${year}` : ""}`),
  });
}

export function useImportFormerFigures(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append("file", file);
      return api.upload<{ figures: number; provinces: string[]; replaced: number }>(
        `/api/merger/figures?year=${year}`,
        form,
      );
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: mergerKey }),
  });
}

export function useApplyMergedBaseline() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (year: number) =>
      api.post<{ cycleId: string; indicators: number }>("/api/merger/apply", { year }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: mergerKey });
      void queryClient.invalidateQueries({ queryKey: ["cycles"] });
    },
  });
}
