// The signed-in person's notifications (polled every minute) and the outbox of e-mails.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  NotificationList,
  OutboxFilter,
  OutboxMessageView,
  OutboxPage,
} from "../../../contracts/notifications.js";
import { api, withQuery } from "../../lib/api.js";

const notificationsKey = ["notifications"] as const;

export function useNotifications() {
  return useQuery({
    queryKey: notificationsKey,
    queryFn: () => api.get<NotificationList>(withQuery("/api/notifications", { limit: 20 })),
    refetchInterval: 60_000,
    // A reminder should show up while the person works in another tab, too.
    refetchIntervalInBackground: true,
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<{ unread: number }>(`/api/notifications/${id}/read`),
    onSuccess: () => client.invalidateQueries({ queryKey: notificationsKey }),
  });
}

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ unread: number }>("/api/notifications/read-all"),
    onSuccess: () => client.invalidateQueries({ queryKey: notificationsKey }),
  });
}

export function useOutbox(status: OutboxFilter | undefined, page: number, pageSize: number) {
  return useQuery({
    queryKey: ["outbox", status, page, pageSize],
    queryFn: () =>
      api.get<OutboxPage>(
        withQuery("/api/admin/outbox", { status, limit: pageSize, offset: (page - 1) * pageSize }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useResend() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<OutboxMessageView>(`/api/admin/outbox/${id}/resend`),
    onSuccess: () => client.invalidateQueries({ queryKey: ["outbox"] }),
  });
}
