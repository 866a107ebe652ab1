// A cycle's documents: the editable text of each (read, save with its version, reset to the
// defaults) and the addresses of the generated files.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { DocumentDraft, DocumentKind } from "../../../contracts/documents.js";
import { api } from "../../lib/api.js";
import { cycleKeys } from "../cycles/cycles.api.js";

export const documentKeys = {
  draft: (cycleId: string, kind: DocumentKind) => [...cycleKeys.one(cycleId), "documents", kind] as const,
};

/** `/api/cycles/<id>/documents/<file>`, e.g. the file "request-letter.docx". */
export const documentUrl = (cycleId: string, file: string) =>
  `/api/cycles/${encodeURIComponent(cycleId)}/documents/${file}`;

const draftPath = (cycleId: string, kind: DocumentKind) => documentUrl(cycleId, `${kind}/draft`);

export function useDocumentDraft(cycleId: string, kind: DocumentKind) {
  return useQuery({
    queryKey: documentKeys.draft(cycleId, kind),
    queryFn: () => api.get<DocumentDraft>(draftPath(cycleId, kind)),
    // The defaults follow the cycle (agencies, deadlines): always read them afresh.
    staleTime: 0,
  });
}

export function useSaveDraft(cycleId: string, kind: DocumentKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { fields: Record<string, unknown>; rowVersion: number | null }) =>
      api.put<DocumentDraft>(draftPath(cycleId, kind), input),
    onSuccess: (draft) => queryClient.setQueryData(documentKeys.draft(cycleId, kind), draft),
  });
}

export function useResetDraft(cycleId: string, kind: DocumentKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<{ ok: true }>(draftPath(cycleId, kind)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentKeys.draft(cycleId, kind) }),
  });
}
