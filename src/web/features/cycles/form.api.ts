// One agency's form in a cycle: reading it, saving figures and explanations, the submission's
// commands, the review of each value, the comment threads and a value's history.
import { type QueryClient, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { AgencyForm, ReviewStatus, ValueInput, valueHistorySchema } from "../../../contracts/cycles.js";
import { api } from "../../lib/api.js";
import { cycleKeys } from "./cycles.api.js";

export type ValueHistory = z.infer<typeof valueHistorySchema>;
export type SavedValues = { saved: { element: string; version: number }[] };

export const formKey = (cycleId: string, agencyId: string) =>
  [...cycleKeys.one(cycleId), "form", agencyId] as const;

const agencyPath = (cycleId: string, agencyId: string) =>
  `/api/cycles/${encodeURIComponent(cycleId)}/agencies/${encodeURIComponent(agencyId)}`;

export function useAgencyForm(cycleId: string, agencyId: string) {
  return useQuery({
    queryKey: formKey(cycleId, agencyId),
    queryFn: () => api.get<AgencyForm>(`${agencyPath(cycleId, agencyId)}/form`),
    retry: false,
    // Another person may have changed the figures; the autosave keeps what is being typed.
    staleTime: 0,
  });
}

/** Used by the autosave, which handles every outcome itself. */
export const saveValues = (cycleId: string, agencyId: string, values: ValueInput[]) =>
  api.put<SavedValues>(`${agencyPath(cycleId, agencyId)}/values`, { values });

/** A submission's change shows in the form, the cycle's table and the dashboard. */
async function refreshAfterCommand(
  queryClient: QueryClient,
  cycleId: string,
  agencyId: string,
  form?: AgencyForm,
) {
  if (form) {
    // A read of the form started before the command would land later with the old state.
    await queryClient.cancelQueries({ queryKey: formKey(cycleId, agencyId), exact: true });
    queryClient.setQueryData(formKey(cycleId, agencyId), form);
  }
  return Promise.all([
    queryClient.invalidateQueries({
      queryKey: cycleKeys.one(cycleId),
      predicate: (q) => !(form && q.queryKey[3] === agencyId),
    }),
    queryClient.invalidateQueries({ queryKey: cycleKeys.all, exact: true }),
  ]);
}

export function useSaveExplanation(cycleId: string, agencyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { subject: string; body: string; previousBody: string }) =>
      api.put<{ ok: true }>(`${agencyPath(cycleId, agencyId)}/explanations`, input),
    // After a conflict too: the page then shows the text saved meanwhile beside the one typed.
    onSettled: () => queryClient.invalidateQueries({ queryKey: formKey(cycleId, agencyId) }),
  });
}

export type SubmissionCommand = "request-sign-off" | "sign-off" | "submit" | "accept" | "return";

export function useSubmissionCommand(cycleId: string, agencyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      command,
      reason,
      unreviewedEvidence,
    }: {
      command: SubmissionCommand;
      reason?: string;
      /** Accepting: the documents not yet reviewed are accepted with the figures. */
      unreviewedEvidence?: "accept";
    }) =>
      api.post<AgencyForm>(
        `${agencyPath(cycleId, agencyId)}/${command}`,
        reason !== undefined ? { reason } : unreviewedEvidence ? { unreviewedEvidence } : {},
      ),
    onSuccess: (form) => refreshAfterCommand(queryClient, cycleId, agencyId, form),
    // A refusal often means the form changed meanwhile (sent by a colleague, new issues).
    onError: () => queryClient.invalidateQueries({ queryKey: formKey(cycleId, agencyId) }),
  });
}

export function useReviewValue(cycleId: string, agencyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { element: string; status: ReviewStatus }) =>
      api.post<{ ok: true }>(`${agencyPath(cycleId, agencyId)}/review`, input),
    onSuccess: () => refreshAfterCommand(queryClient, cycleId, agencyId),
  });
}

export function useAddComment(cycleId: string, agencyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { subject: string; body: string }) =>
      api.post<{ id: string }>(`${agencyPath(cycleId, agencyId)}/comments`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: formKey(cycleId, agencyId) }),
  });
}

export function useValueHistory(cycleId: string, agencyId: string, element: string | null) {
  return useQuery({
    queryKey: [...formKey(cycleId, agencyId), "history", element],
    queryFn: () =>
      api.get<ValueHistory>(
        `${agencyPath(cycleId, agencyId)}/values/${encodeURIComponent(element ?? "")}/history`,
      ),
    enabled: element !== null,
    staleTime: 0,
  });
}
