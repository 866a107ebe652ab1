// The greenhouse-gas obligations' requests: the rules (read, edited, reset), a facility's calendar,
// the facilities late or missing by department, and the two-yearly review of the list.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  GhgCalendar,
  GhgOverdue,
  GhgReview,
  GhgReviewInput,
  GhgReviewUpdate,
  GhgRuleUpdate,
  GhgRuleView,
} from "../../../contracts/ghg-obligations.js";
import { api, withQuery } from "../../lib/api.js";

const key = ["ghg", "obligations"] as const;

export const useGhgRules = () =>
  useQuery({
    queryKey: [...key, "rules"],
    queryFn: () => api.get<{ items: GhgRuleView[] }>("/api/ghg/obligation-rules"),
  });

export const useGhgCalendar = (facilityId: string) =>
  useQuery({
    queryKey: [...key, "calendar", facilityId],
    queryFn: () => api.get<GhgCalendar>(`/api/ghg/facilities/${facilityId}/obligations`),
  });

export const useGhgOverdue = (year: number) =>
  useQuery({
    queryKey: [...key, "overdue", year],
    queryFn: () => api.get<GhgOverdue>(withQuery("/api/ghg/overdue", { year: String(year) })),
  });

export const useGhgReviews = () =>
  useQuery({
    queryKey: [...key, "reviews"],
    queryFn: () => api.get<{ items: GhgReview[] }>("/api/ghg/reviews"),
  });

function useChange<T, R>(send: (body: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: key }) });
}

export const useUpdateGhgRule = (code: string) =>
  useChange((body: GhgRuleUpdate) => api.put<GhgRuleView>(`/api/ghg/obligation-rules/${code}`, body));
export const useResetGhgRule = (code: string) =>
  useChange((body: { rowVersion: number }) =>
    api.post<GhgRuleView>(`/api/ghg/obligation-rules/${code}/reset`, body),
  );
export const useCreateGhgReview = () =>
  useChange((body: GhgReviewInput) => api.post<GhgReview>("/api/ghg/reviews", body));
export const useUpdateGhgReview = (id: string) =>
  useChange((body: GhgReviewUpdate) => api.patch<GhgReview>(`/api/ghg/reviews/${id}`, body));
