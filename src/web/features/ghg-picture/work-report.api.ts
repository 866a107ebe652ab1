// The department's yearly report on greenhouse-gas work: its words (read, saved, reset) and the
// downloads of the report and of the facility list for the Ministry.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { GhgWorkReportDraft } from "../../../contracts/ghg-work-report.js";
import { api } from "../../lib/api.js";

const base = (year: number) => `/api/ghg/work-reports/${year}`;
const key = (year: number) => ["ghg", "work-report", year] as const;

export const workReportUrl = (year: number) => `${base(year)}/report.docx`;
export const ministryListUrl = "/api/ghg/facilities/ministry-list.xlsx";

export function useWorkReportDraft(year: number) {
  return useQuery({ queryKey: key(year), queryFn: () => api.get<GhgWorkReportDraft>(base(year)) });
}

function useWorkReportChange<T>(year: number, send: (url: string, input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: T) => send(base(year), input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: key(year) }),
  });
}

export const useSaveWorkReport = (year: number) =>
  useWorkReportChange<{ fields: Record<string, unknown>; rowVersion: number | null }>(year, (url, input) =>
    api.put(url, input),
  );

export const useResetWorkReport = (year: number) => useWorkReportChange<void>(year, (url) => api.delete(url));
