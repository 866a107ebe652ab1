// Evidence documents of an agency in a cycle: the list, upload (multipart), withdraw and review.
// A change also refreshes the agency's form, which counts the documents.
import { type QueryClient, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { EvidenceList, EvidenceView, ReviewEvidenceRequest } from "../../../contracts/cycles.js";
import { api } from "../../lib/api.js";
import { cycleKeys } from "./cycles.api.js";

export type { EvidenceView };

export const evidenceKey = (cycleId: string, agencyId: string) =>
  [...cycleKeys.one(cycleId), "evidence", agencyId] as const;

const listPath = (cycleId: string, agencyId: string) =>
  `/api/cycles/${encodeURIComponent(cycleId)}/agencies/${encodeURIComponent(agencyId)}/evidence`;

export const evidenceFileUrl = (id: string) => `/api/evidence/${encodeURIComponent(id)}/file`;

export function useEvidence(cycleId: string, agencyId: string) {
  return useQuery({
    queryKey: evidenceKey(cycleId, agencyId),
    queryFn: () => api.get<EvidenceList>(listPath(cycleId, agencyId)),
    staleTime: 0,
  });
}

function refresh(queryClient: QueryClient, cycleId: string, agencyId: string) {
  // The list, the agency's form and the coordinator's dashboard all count documents.
  return queryClient.invalidateQueries({
    queryKey: cycleKeys.one(cycleId),
    predicate: (q) => q.queryKey.length > 2 && (q.queryKey[3] === agencyId || q.queryKey[2] === "dashboard"),
  });
}

export interface EvidenceUpload {
  file: File;
  indicatorCode: string;
  docNumber: string;
  /** ISO date or "". */
  docDate: string;
  issuer: string;
}

export function useUploadEvidence(cycleId: string, agencyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EvidenceUpload) => {
      const form = new FormData();
      // Text fields first, the file last: the server reads them in order while it streams.
      form.append("indicatorCode", input.indicatorCode);
      form.append("docNumber", input.docNumber);
      form.append("docDate", input.docDate);
      form.append("issuer", input.issuer);
      form.append("file", input.file, input.file.name);
      return api.upload<EvidenceView>(listPath(cycleId, agencyId), form);
    },
    onSuccess: () => refresh(queryClient, cycleId, agencyId),
  });
}

export function useWithdrawEvidence(cycleId: string, agencyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<EvidenceView>(`/api/evidence/${encodeURIComponent(id)}/withdraw`),
    onSuccess: () => refresh(queryClient, cycleId, agencyId),
  });
}

export function useReviewEvidence(cycleId: string, agencyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...review }: ReviewEvidenceRequest & { id: string }) =>
      api.post<EvidenceView>(`/api/evidence/${encodeURIComponent(id)}/review`, review),
    onSuccess: () => refresh(queryClient, cycleId, agencyId),
  });
}
