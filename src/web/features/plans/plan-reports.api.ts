// A plan's progress reports: the schedule and periods with each agency's state, one agency's
// report of a period, its commands, its documents, and the department closing a period.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { AgencyReportHistory, PlanHealth } from "../../../contracts/plan-health.js";
import type {
  PlanReport,
  PlanReports,
  ReportCommand,
  reportUpdateSchema,
  ScheduleEntry,
} from "../../../contracts/plan-reports.js";
import { api } from "../../lib/api.js";

export type ReportUpdate = z.input<typeof reportUpdateSchema>;

const reportsKey = (planId: string) => ["plans", planId, "reports"] as const;
const reportKey = (planId: string, periodId: string, agencyId: string) =>
  ["plans", planId, "reports", periodId, agencyId] as const;
const base = (planId: string) => `/api/plans/${encodeURIComponent(planId)}`;
const reportUrl = (planId: string, periodId: string, agencyId: string) =>
  `${base(planId)}/reports/${encodeURIComponent(periodId)}/${encodeURIComponent(agencyId)}`;

export function usePlanReports(planId: string) {
  return useQuery({
    queryKey: reportsKey(planId),
    queryFn: () => api.get<PlanReports>(`${base(planId)}/reports`),
  });
}

export function useSaveSchedule(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { expectedRowVersion: number; schedule: ScheduleEntry[] }) =>
      api.put<PlanReports>(`${base(planId)}/schedule`, change),
    onSuccess: (reports) => {
      queryClient.setQueryData(reportsKey(planId), reports);
      // The plan's row version moved.
      void queryClient.invalidateQueries({ queryKey: ["plans", planId], exact: true });
    },
  });
}

export function useClosePeriod(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ periodId, close }: { periodId: string; close: boolean }) =>
      api.post<PlanReports>(
        `${base(planId)}/periods/${encodeURIComponent(periodId)}/${close ? "close" : "reopen"}`,
        {},
      ),
    onSuccess: (reports) => queryClient.setQueryData(reportsKey(planId), reports),
  });
}

export function usePlanReport(planId: string, periodId: string, agencyId: string) {
  return useQuery({
    queryKey: reportKey(planId, periodId, agencyId),
    queryFn: () => api.get<PlanReport>(reportUrl(planId, periodId, agencyId)),
  });
}

/** Every change to one report answers with the report as it now is. */
function useReportChange<T>(
  planId: string,
  periodId: string,
  agencyId: string,
  send: (url: string, input: T) => Promise<PlanReport>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: T) => send(reportUrl(planId, periodId, agencyId), input),
    onSuccess: (report) => {
      queryClient.setQueryData(reportKey(planId, periodId, agencyId), report);
      void queryClient.invalidateQueries({ queryKey: reportsKey(planId), exact: true });
      // Accepted figures fill the plan's own measures.
      void queryClient.invalidateQueries({ queryKey: ["plans", planId], exact: true });
    },
  });
}

export const useSaveReport = (planId: string, periodId: string, agencyId: string) =>
  useReportChange<ReportUpdate>(planId, periodId, agencyId, (url, input) => api.put<PlanReport>(url, input));

const commandPaths: Record<ReportCommand, string> = {
  requestSignOff: "request-sign-off",
  signOff: "sign-off",
  submit: "submit",
  return: "return",
  accept: "accept",
};

export const useReportCommand = (planId: string, periodId: string, agencyId: string) =>
  useReportChange<{ command: ReportCommand; expectedRowVersion: number; reason?: string }>(
    planId,
    periodId,
    agencyId,
    (url, { command, ...body }) => api.post<PlanReport>(`${url}/${commandPaths[command]}`, body),
  );

export const useAddReportFile = (planId: string, periodId: string, agencyId: string) =>
  useReportChange<File>(planId, periodId, agencyId, (url, file) => {
    const body = new FormData();
    body.append("file", file, file.name);
    return api.upload<PlanReport>(`${url}/files`, body);
  });

export const useRemoveReportFile = (planId: string, periodId: string, agencyId: string) =>
  useReportChange<string>(planId, periodId, agencyId, (url, fileId) =>
    api.delete<PlanReport>(`${url}/files/${encodeURIComponent(fileId)}`),
  );

export const reportFileUrl = (planId: string, periodId: string, agencyId: string, fileId: string) =>
  `${reportUrl(planId, periodId, agencyId)}/files/${encodeURIComponent(fileId)}`;

export const reportPagePath = (planId: string, periodId: string, agencyId: string) =>
  `/plans/${planId}/reports/${periodId}/${agencyId}`;

export function usePlansHealth(enabled: boolean) {
  return useQuery({
    queryKey: ["plans", "health"],
    queryFn: () => api.get<PlanHealth>("/api/plans/health"),
    enabled,
  });
}

export function useAgencyReportHistory(agencyId: string, enabled: boolean) {
  return useQuery({
    queryKey: ["plans", "agency-reports", agencyId],
    queryFn: () =>
      api.get<AgencyReportHistory>(`/api/plans/agency-reports?agencyId=${encodeURIComponent(agencyId)}`),
    enabled,
  });
}
