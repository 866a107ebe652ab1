import { z } from "zod";

export const auditEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  type: z.string(),
  actorUserId: z.string().nullable(),
  actorUsername: z.string().nullable(),
  requestId: z.string().nullable(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  summary: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEventView = z.infer<typeof auditEventSchema>;

export const auditQuerySchema = z.object({
  type: z.string().max(100).optional(),
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(100).optional(),
  actor: z.string().max(100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const auditPageSchema = z.object({ items: z.array(auditEventSchema), total: z.number().int() });
