// A facility's greenhouse-gas reports as the server keeps them: the facility's list, one report
// with its versions, documents and history, and every command on it (each answers with the
// report as it now stands, which replaces the cached one).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { GhgReportReference } from "../../../contracts/ghg-report-reference.js";
import type {
  GhgFacilityReports,
  GhgGwpChangeResult,
  GhgReportCreate,
  GhgReportDetail,
  GhgReportVersionCreate,
  GhgTransitionRequest,
} from "../../../contracts/ghg-reports.js";
import { api } from "../../lib/api.js";

const key = ["ghg-reports"] as const;

/** The obligations, shipped grid factors and GWP sets the forms offer (they change with a release or a rule's edit). */
export function useReportReference() {
  return useQuery({
    queryKey: [...key, "reference"],
    queryFn: () => api.get<GhgReportReference>("/api/ghg/report-reference"),
    staleTime: 5 * 60_000,
  });
}

export function useFacilityReports(facilityId: string) {
  return useQuery({
    queryKey: [...key, "facility", facilityId],
    queryFn: () => api.get<GhgFacilityReports>(`/api/ghg/facilities/${facilityId}/reports`),
  });
}

export function useGhgReport(id: string) {
  return useQuery({
    queryKey: [...key, "report", id],
    queryFn: () => api.get<GhgReportDetail>(`/api/ghg/reports/${id}`),
  });
}

export function useRecordReport(facilityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GhgReportCreate) =>
      api.post<GhgReportDetail>(`/api/ghg/facilities/${facilityId}/reports`, body),
    onSuccess: (detail) => {
      queryClient.setQueryData([...key, "report", detail.id], detail);
      void queryClient.invalidateQueries({ queryKey: [...key, "facility", facilityId] });
    },
  });
}

/** A command on one report; the answer (the report, or a GWP change with it) replaces the cache. */
function useReportChange<T, R>(
  id: string,
  send: (body: T) => Promise<R>,
  detailOf: (r: R) => GhgReportDetail,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (answer) => {
      const detail = detailOf(answer);
      queryClient.setQueryData([...key, "report", id], detail);
      void queryClient.invalidateQueries({ queryKey: [...key, "facility", detail.facility.id] });
    },
  });
}

const same = (d: GhgReportDetail) => d;
const path = (id: string, rest: string) => `/api/ghg/reports/${id}/${rest}`;

export const useReportTransition = (id: string) =>
  useReportChange(
    id,
    (b: GhgTransitionRequest) => api.post<GhgReportDetail>(path(id, "transitions"), b),
    same,
  );

export const useAddVersion = (id: string) =>
  useReportChange(
    id,
    (b: GhgReportVersionCreate) => api.post<GhgReportDetail>(path(id, "versions"), b),
    same,
  );

export const useChangeGwp = (id: string) =>
  useReportChange(
    id,
    (b: { rowVersion: number; gwpCode: string; note?: string }) =>
      api.post<GhgGwpChangeResult>(path(id, "gwp"), b),
    (r) => r.report,
  );

export const useSetAppraisal = (id: string) =>
  useReportChange(
    id,
    (b: { rowVersion: number; appraisalBody: "council" | "reviewers"; names: string[] }) =>
      api.put<GhgReportDetail>(path(id, "appraisal"), b),
    same,
  );

export const useSetVerification = (id: string) =>
  useReportChange(
    id,
    (b: { rowVersion: number; verifier: string; conclusion: string; verifiedOn: string }) =>
      api.put<GhgReportDetail>(path(id, "verification"), b),
    same,
  );

export const useComment = (id: string) =>
  useReportChange(id, (b: { text: string }) => api.post<GhgReportDetail>(path(id, "comments"), b), same);

export const useUploadDocument = (id: string) =>
  useReportChange(id, (form: FormData) => api.upload<GhgReportDetail>(path(id, "documents"), form), same);

export const documentUrl = (id: string, documentId: string) => path(id, `documents/${documentId}/file`);
