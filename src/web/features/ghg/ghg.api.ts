// The greenhouse-gas register's requests: facilities with filters, one facility, the lists, and a
// list annex imported, then confirmed or discarded.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  GhgEventRequest,
  GhgFacilityDetail,
  GhgFacilityListItem,
  GhgFacilityUpdate,
  GhgImport,
  GhgImportRequest,
  GhgList,
} from "../../../contracts/ghg-register.js";
import { api, withQuery } from "../../lib/api.js";

const ghgKey = ["ghg"] as const;

export interface GhgFilter {
  sector?: string;
  ministry?: string;
  agencyId?: string;
  listId?: string;
  status?: string;
}

export function useGhgFacilities(filter: GhgFilter) {
  return useQuery({
    queryKey: [...ghgKey, "facilities", filter],
    queryFn: () => api.get<{ items: GhgFacilityListItem[] }>(withQuery("/api/ghg/facilities", { ...filter })),
  });
}

export function useGhgFacility(id: string) {
  return useQuery({
    queryKey: [...ghgKey, "facility", id],
    queryFn: () => api.get<GhgFacilityDetail>(`/api/ghg/facilities/${id}`),
  });
}

export function useGhgLists() {
  return useQuery({
    queryKey: [...ghgKey, "lists"],
    queryFn: () => api.get<{ items: GhgList[] }>("/api/ghg/lists"),
  });
}

export function useReadGhgList() {
  return useMutation({
    mutationFn: (body: GhgImportRequest) => api.post<GhgImport>("/api/ghg/imports", body),
  });
}

export function useDecideGhgImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: "confirm" | "discard" }) =>
      api.post<GhgImport>(`/api/ghg/imports/${id}/${decision}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ghgKey }),
  });
}

function useFacilityChange<T>(id: string, send: (body: T) => Promise<GhgFacilityDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (detail) => {
      queryClient.setQueryData([...ghgKey, "facility", id], detail);
      void queryClient.invalidateQueries({ queryKey: [...ghgKey, "facilities"] });
    },
  });
}

export const useRecordGhgEvent = (id: string) =>
  useFacilityChange<GhgEventRequest>(id, (body) => api.post(`/api/ghg/facilities/${id}/events`, body));

export const useUpdateGhgFacility = (id: string) =>
  useFacilityChange<GhgFacilityUpdate>(id, (body) => api.patch(`/api/ghg/facilities/${id}`, body));
