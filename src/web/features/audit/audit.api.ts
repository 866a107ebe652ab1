import { useQuery } from "@tanstack/react-query";
import type { AuditEventView, AuditFilter } from "../../../contracts/audit.js";
import {
  type AuditEventType,
  auditEntityTypes,
  auditEventTypes as auditEventTypeMap,
} from "../../../contracts/audit.js";
import { api, withQuery } from "../../lib/api.js";

export type { AuditFilter };

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

// The event types the server records, for the filter.
export const auditEventTypes = Object.keys(auditEventTypeMap) as AuditEventType[];
export { auditEntityTypes };
