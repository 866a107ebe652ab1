// Results published by other bodies (the Ministry's PEPI tables, VCCI's PGI): read and import.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  importPublishedResultSchema,
  publishedKindSchema,
  publishedResultSchema,
} from "../../../contracts/frameworks.js";
import { api, withQuery } from "../../lib/api.js";

export type PublishedKind = z.infer<typeof publishedKindSchema>;
export type PublishedResult = z.infer<typeof publishedResultSchema>;
export type ImportPublishedResult = z.infer<typeof importPublishedResultSchema>;

export const publishedKeys = {
  all: ["published"] as const,
  list: (kind: PublishedKind, year?: number) => ["published", kind, year ?? "all"] as const,
};

/** Every published row of a kind (a few hundred at most), optionally of one year. */
export function usePublished(kind: PublishedKind, year?: number, enabled = true) {
  return useQuery({
    queryKey: publishedKeys.list(kind, year),
    queryFn: async () =>
      (await api.get<{ items: PublishedResult[] }>(withQuery("/api/published-results", { kind, year })))
        .items,
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function useImportPublished() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      kind: PublishedKind;
      fileName: string;
      /** The file's bytes as base64 (an .xlsx or a CSV), or a CSV's text. */
      content: string;
      encoding?: "text" | "base64";
      combine: boolean;
      replace: boolean;
    }) => api.post<ImportPublishedResult>("/api/published-results/import", input),
    // The home's standing and map are drawn from the published results too.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: publishedKeys.all }),
        queryClient.invalidateQueries({ queryKey: ["standing"] }),
      ]),
  });
}
