import { useQuery } from "@tanstack/react-query";
import type { AuditEventView } from "../../../contracts/audit.js";
import { api, withQuery } from "../../lib/api.js";

export interface AuditFilter {
  type?: string;
  entityType?: string;
  entityId?: string;
  actor?: string;
  from?: string;
  to?: string;
}

export function useAuditEvents(filter: AuditFilter, page: number, pageSize: number) {
  return useQuery({
    queryKey: ["audit-events", filter, page, pageSize],
    queryFn: () =>
      api.get<{ items: AuditEventView[]; total: number }>(
        withQuery("/api/audit-events", { ...filter, limit: pageSize, offset: (page - 1) * pageSize }),
      ),
    placeholderData: (previous) => previous,
  });
}

// The event types the server records (src/server/platform/audit.ts), for the filter.
export const auditEventTypes = [
  "auth.login_succeeded",
  "auth.login_failed",
  "auth.account_locked",
  "auth.logout",
  "auth.password_changed",
  "user.created",
  "user.updated",
  "user.password_reset",
  "agency.created",
  "agency.updated",
  "orgUnit.created",
  "orgUnit.reference_loaded",
  "system.demo_loaded",
  "system.backup_restored",
] as const;

export const auditEntityTypes = ["user", "agency", "orgUnit", "system"] as const;
