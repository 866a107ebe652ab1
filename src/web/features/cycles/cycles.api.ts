// The yearly cycle as a whole: the list, one cycle with its assignments and submissions, its
// commands (approval, reopening, sending to the Ministry), the dashboard and the overdue list.
import { type QueryClient, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  CreateCycleRequest,
  CycleDetail,
  CycleSummary,
  changeAssignmentsRequestSchema,
  Dashboard,
  Deadlines,
  FollowUpList,
  overdueListSchema,
  RemindOverdueResult,
  SignOffQueue,
} from "../../../contracts/cycles.js";
import { api } from "../../lib/api.js";
import type { WhatIfView } from "../computations/computations.api.js";

export type ChangeAssignmentsInput = z.input<typeof changeAssignmentsRequestSchema>;
export type OverdueList = z.infer<typeof overdueListSchema>;

export const cycleKeys = {
  all: ["cycles"] as const,
  one: (id: string) => ["cycles", id] as const,
  dashboard: (id: string) => ["cycles", id, "dashboard"] as const,
  overdue: ["overdue"] as const,
  signOffQueue: ["cycles", "sign-off-queue"] as const,
};

const cyclePath = (id: string) => `/api/cycles/${encodeURIComponent(id)}`;

/** A change to a cycle changes its list line, its dashboard and every form's header. */
async function refreshCycle(queryClient: QueryClient, cycle: CycleDetail) {
  // A read started before the change would land later with the old state.
  await queryClient.cancelQueries({ queryKey: cycleKeys.one(cycle.id), exact: true });
  queryClient.setQueryData(cycleKeys.one(cycle.id), cycle);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: cycleKeys.all, exact: true }),
    // The forms and the dashboard below it, not the detail just set.
    queryClient.invalidateQueries({
      queryKey: cycleKeys.one(cycle.id),
      predicate: (q) => q.queryKey.length > 2,
    }),
    queryClient.invalidateQueries({ queryKey: cycleKeys.overdue }),
  ]);
}

export function useCycles() {
  return useQuery({
    queryKey: cycleKeys.all,
    queryFn: async () => (await api.get<{ items: CycleSummary[] }>("/api/cycles")).items,
  });
}

export function useCycle(id: string) {
  return useQuery({
    queryKey: cycleKeys.one(id),
    queryFn: () => api.get<CycleDetail>(cyclePath(id)),
    retry: false,
  });
}

export function useOpenCycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateCycleRequest) => api.post<CycleDetail>("/api/cycles", input),
    onSuccess: (cycle) => refreshCycle(queryClient, cycle),
  });
}

export function useUpdateCycle(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { rowVersion: number; deadlines?: Deadlines; changeThresholdPct?: number }) =>
      api.patch<CycleDetail>(cyclePath(id), input),
    onSuccess: (cycle) => refreshCycle(queryClient, cycle),
  });
}

export function useChangeAssignments(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangeAssignmentsInput) =>
      api.post<CycleDetail>(`${cyclePath(id)}/assignments`, input),
    onSuccess: (cycle) => refreshCycle(queryClient, cycle),
  });
}

/** Marks an indicator not applicable with its grounds (or withdraws the mark with null). */
export function useMarkNotApplicable(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      code,
      grounds,
    }: {
      code: string;
      grounds: { reason: string; evidence: string } | null;
    }) => {
      const path = `${cyclePath(id)}/not-applicable/${encodeURIComponent(code)}`;
      return grounds ? api.put<CycleDetail>(path, grounds) : api.delete<CycleDetail>(path);
    },
    onSuccess: (cycle) => refreshCycle(queryClient, cycle),
  });
}

/** Reminds every late agency at once (each at most once a day). */
export function useRemindOverdue(id: string) {
  return useMutation({
    mutationFn: () => api.post<RemindOverdueResult>(`${cyclePath(id)}/remind-overdue`),
  });
}

/** The department's own explanation of an indicator's change. */
export function useExplainIndicator(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, body, previousBody }: { code: string; body: string; previousBody: string }) =>
      api.put<{ ok: true }>(`${cyclePath(id)}/indicator-explanations/${encodeURIComponent(code)}`, {
        body,
        previousBody,
      }),
    // The dashboard and every form reading the indicator show the one explanation.
    onSettled: () => queryClient.invalidateQueries({ queryKey: cycleKeys.one(id) }),
  });
}

export type CycleCommand = "send-for-approval" | "approve" | "send-to-ministry" | "reopen" | "send-back";

export function useCycleCommand(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      command,
      reason,
      missing,
    }: {
      command: CycleCommand;
      reason?: string;
      /** Agencies the year goes for approval without, each with why. */
      missing?: { agencyId: string; reason: string }[];
    }) =>
      api.post<CycleDetail>(
        `${cyclePath(id)}/${command}`,
        reason !== undefined ? { reason } : missing !== undefined ? { missing } : {},
      ),
    onSuccess: (cycle) => refreshCycle(queryClient, cycle),
  });
}

export function useDashboard(id: string) {
  return useQuery({
    queryKey: cycleKeys.dashboard(id),
    queryFn: () => api.get<Dashboard>(`${cyclePath(id)}/dashboard`),
    retry: false,
  });
}

/** Where effort pays most on the cycle's own result, live or approved. */
export function useCycleWhatIf(id: string) {
  return useQuery({
    queryKey: [...cycleKeys.dashboard(id), "what-if"],
    queryFn: () => api.get<WhatIfView>(`${cyclePath(id)}/what-if`),
    retry: false,
  });
}

/** Every value of the cycle marked "Cần làm rõ" that this person may read. */
export function useFollowUp(id: string) {
  return useQuery({
    queryKey: [...cycleKeys.one(id), "follow-up"],
    queryFn: () => api.get<FollowUpList>(`${cyclePath(id)}/follow-up`),
  });
}

/** What awaits the signed-in agency head's sign-off. */
export function useSignOffQueue() {
  return useQuery({
    queryKey: cycleKeys.signOffQueue,
    queryFn: () => api.get<SignOffQueue>("/api/sign-off-queue"),
  });
}

export function useOverdue() {
  return useQuery({
    queryKey: cycleKeys.overdue,
    queryFn: () => api.get<OverdueList>("/api/overdue"),
  });
}
