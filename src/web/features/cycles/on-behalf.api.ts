// Going ahead without a silent agency: the coordinator records the agency's letter and sends its
// figures for it; a figure the agency does not have is recorded with why, or the record withdrawn.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { AgencyForm } from "../../../contracts/cycles.js";
import { api } from "../../lib/api.js";
import { cycleKeys } from "./cycles.api.js";
import { formKey } from "./form.api.js";

const agencyPath = (cycleId: string, agencyId: string) =>
  `/api/cycles/${encodeURIComponent(cycleId)}/agencies/${encodeURIComponent(agencyId)}`;

export const letterFileUrl = (id: string) => `/api/letters/${encodeURIComponent(id)}/file`;

export interface LetterUpload {
  file: File;
  docNumber: string;
  /** ISO date. */
  docDate: string;
  note: string;
}

/** The form as the server now sees it, and everything that counts the agency's state. */
function useRefresh(cycleId: string, agencyId: string) {
  const queryClient = useQueryClient();
  return async (form?: AgencyForm) => {
    if (form) queryClient.setQueryData(formKey(cycleId, agencyId), form);
    await queryClient.invalidateQueries({
      queryKey: cycleKeys.one(cycleId),
      predicate: (q) => !(form && q.queryKey[3] === agencyId),
    });
  };
}

export function useRecordLetter(cycleId: string, agencyId: string) {
  const refresh = useRefresh(cycleId, agencyId);
  return useMutation({
    mutationFn: (input: LetterUpload) => {
      const body = new FormData();
      // Text fields first, the file last: the server reads them in order while it streams.
      body.append("docNumber", input.docNumber);
      body.append("docDate", input.docDate);
      body.append("note", input.note);
      body.append("file", input.file, input.file.name);
      return api.upload<AgencyForm>(`${agencyPath(cycleId, agencyId)}/letters`, body);
    },
    onSuccess: (form) => refresh(form),
  });
}

export function useSubmitOnBehalf(cycleId: string, agencyId: string) {
  const refresh = useRefresh(cycleId, agencyId);
  return useMutation({
    mutationFn: () => api.post<AgencyForm>(`${agencyPath(cycleId, agencyId)}/submit-on-behalf`, {}),
    onSuccess: (form) => refresh(form),
    onError: () => refresh(),
  });
}

export function useNoData(cycleId: string, agencyId: string) {
  const refresh = useRefresh(cycleId, agencyId);
  return useMutation({
    mutationFn: ({ element, reason }: { element: string; reason: string | null }) => {
      const path = `${agencyPath(cycleId, agencyId)}/no-data/${encodeURIComponent(element)}`;
      return reason === null ? api.delete<{ ok: true }>(path) : api.put<{ ok: true }>(path, { reason });
    },
    onSettled: () => refresh(),
  });
}
