import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  Agency,
  createAgencyRequestSchema,
  updateAgencyRequestSchema,
} from "../../../contracts/agencies.js";
import { api } from "../../lib/api.js";

export type CreateAgencyInput = z.input<typeof createAgencyRequestSchema>;
export type UpdateAgencyInput = z.input<typeof updateAgencyRequestSchema>;

export const agencyKeys = {
  all: ["agencies"] as const,
  one: (id: string) => ["agencies", id] as const,
};

export function useAgencies(enabled = true) {
  return useQuery({
    queryKey: agencyKeys.all,
    queryFn: async () => (await api.get<{ items: Agency[] }>("/api/agencies")).items,
    enabled,
  });
}

export function useAgency(id: string) {
  return useQuery({
    queryKey: agencyKeys.one(id),
    queryFn: () => api.get<Agency>(`/api/agencies/${encodeURIComponent(id)}`),
    // A refusal or a missing agency will not change by asking again.
    retry: false,
  });
}

export function useSaveAgency() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, values }: { id: string | null; values: CreateAgencyInput | UpdateAgencyInput }) =>
      id ? api.patch<Agency>(`/api/agencies/${id}`, values) : api.post<Agency>("/api/agencies", values),
    onSuccess: (agency) => {
      queryClient.setQueryData(agencyKeys.one(agency.id), agency);
      return queryClient.invalidateQueries({ queryKey: agencyKeys.all });
    },
  });
}
