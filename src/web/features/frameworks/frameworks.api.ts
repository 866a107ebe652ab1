// Index frameworks: the list, one framework (current or an older version), and the changes
// that each create a new version (an imported file, an edited indicator).
import { type QueryClient, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  FrameworkDetail,
  frameworkListSchema,
  frameworkVersionCreatedSchema,
  importFrameworkRequestSchema,
  recomputeResultSchema,
  updateIndicatorRequestSchema,
} from "../../../contracts/frameworks.js";
import { api, withQuery } from "../../lib/api.js";

export type FrameworkSummary = z.infer<typeof frameworkListSchema>["items"][number];
export type VersionCreated = z.infer<typeof frameworkVersionCreatedSchema>;
export type UpdateIndicatorInput = z.input<typeof updateIndicatorRequestSchema>;
export type ImportFrameworkInput = z.input<typeof importFrameworkRequestSchema>;
export type RecomputeResult = z.infer<typeof recomputeResultSchema>;

export const frameworkKeys = {
  all: ["frameworks"] as const,
  one: (code: string, version?: number) => ["frameworks", code, version ?? "current"] as const,
};

/** A new version changes the framework and which stored computations are of an older version. */
function invalidateAfterNewVersion(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: frameworkKeys.all }),
    queryClient.invalidateQueries({ queryKey: ["computations"] }),
  ]);
}

export function useFrameworks() {
  return useQuery({
    queryKey: frameworkKeys.all,
    queryFn: async () => (await api.get<{ items: FrameworkSummary[] }>("/api/frameworks")).items,
  });
}

export function useFramework(code: string, version?: number, enabled = true) {
  return useQuery({
    queryKey: frameworkKeys.one(code, version),
    queryFn: () =>
      api.get<FrameworkDetail>(withQuery(`/api/frameworks/${encodeURIComponent(code)}`, { version })),
    retry: false,
    enabled: enabled && code !== "",
  });
}

export function useImportFramework() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ImportFrameworkInput) => api.post<VersionCreated>("/api/frameworks/import", input),
    onSuccess: () => invalidateAfterNewVersion(queryClient),
  });
}

/** Imports the annex sheet (.xlsx, base64): changed cells become a new version, marked official. */
export function useImportAnnex(frameworkCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { fileName: string; contentBase64: string; note?: string }) =>
      api.post<VersionCreated>(`/api/frameworks/${encodeURIComponent(frameworkCode)}/annex`, input),
    onSuccess: () => invalidateAfterNewVersion(queryClient),
  });
}

export function useUpdateIndicator(frameworkCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ indicator, input }: { indicator: string; input: UpdateIndicatorInput }) =>
      api.patch<VersionCreated>(
        `/api/frameworks/${encodeURIComponent(frameworkCode)}/indicators/${encodeURIComponent(indicator)}`,
        input,
      ),
    onSuccess: () => invalidateAfterNewVersion(queryClient),
  });
}

/** Recomputes the stored results of a framework under its current version. */
export function useRecompute(frameworkCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api.post<RecomputeResult>(`/api/frameworks/${encodeURIComponent(frameworkCode)}/recompute`),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["computations"] }),
        queryClient.invalidateQueries({ queryKey: frameworkKeys.all }),
      ]),
  });
}
