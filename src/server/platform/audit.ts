// Typed audit events. Every service that changes state calls recordAudit with the same
// transaction it uses for the change, so the change and its trail commit or fail together.
import { type AuditEventType, auditEventTypes } from "../../contracts/audit.js";
import type { DbOrTx } from "../db/client.js";
import { auditEvents } from "../db/schema.js";

/** Who is acting and in which request; a system task has no user. */
export interface AuditContext {
  actorUserId: string | null;
  actorUsername: string | null;
  requestId: string | null;
}

export const systemContext = (task: string): AuditContext => ({
  actorUserId: null,
  actorUsername: `system:${task}`,
  requestId: null,
});

export type { AuditEventType };

export interface AuditEventInput<T extends AuditEventType = AuditEventType> {
  type: T;
  entityId: string | null;
  agencyId?: string | null;
  summary: string;
  before?: unknown;
  after?: unknown;
}

export async function recordAudit(tx: DbOrTx, ctx: AuditContext, event: AuditEventInput): Promise<void> {
  await tx.insert(auditEvents).values(auditRow(ctx, event));
}

/** The audit row of an event, for a statement that writes it together with its change. */
export function auditRow(ctx: AuditContext, event: AuditEventInput): typeof auditEvents.$inferInsert {
  return {
    type: event.type,
    entityType: auditEventTypes[event.type],
    entityId: event.entityId,
    agencyId: event.agencyId ?? null,
    summary: event.summary,
    before: event.before ?? null,
    after: event.after ?? null,
    actorUserId: ctx.actorUserId,
    actorUsername: ctx.actorUsername,
    requestId: ctx.requestId,
  };
}

/** Keep only the fields that changed, so the trail says exactly what moved from what to what. */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): { before: Partial<T>; after: Partial<T> } | null {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (after[key] === undefined) continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return Object.keys(a).length === 0 ? null : { before: b, after: a };
}
