import { z } from "zod";

/** Every audit event type and the kind of thing it is about (shared by server and web). */
export const auditEventTypes = {
  "auth.login_succeeded": "user",
  "auth.login_failed": "user",
  "auth.account_locked": "user",
  "auth.logout": "user",
  "auth.password_changed": "user",
  "user.created": "user",
  "user.updated": "user",
  "user.password_reset": "user",
  "agency.created": "agency",
  "agency.updated": "agency",
  "orgUnit.created": "orgUnit",
  "orgUnit.reference_loaded": "orgUnit",
  "setup.province_chosen": "orgUnit",
  "setup.communes_imported": "orgUnit",
  "setup.former_units_imported": "orgUnit",
  "plan.created": "plan",
  "plan.updated": "plan",
  "plan.targets_saved": "plan",
  "plan.tasks_saved": "plan",
  "plan.document_recorded": "plan",
  "merger.figures_imported": "orgUnit",
  "merger.baseline_applied": "cycle",
  "framework.version_created": "framework",
  "computation.created": "computation",
  "computation.recomputed": "computation",
  "computation.withdrawn": "computation",
  "published.imported": "published",
  "cycle.opened": "cycle",
  "cycle.updated": "cycle",
  "cycle.not_applicable_marked": "cycle",
  "cycle.not_applicable_cleared": "cycle",
  "cycle.assignments_changed": "cycle",
  "cycle.sent_for_approval": "cycle",
  "cycle.approved": "cycle",
  "cycle.reopened": "cycle",
  "cycle.sent_to_ministry": "cycle",
  "cycle.history_recorded": "cycle",
  "submission.values_saved": "submission",
  "submission.explanation_saved": "submission",
  "submission.sign_off_requested": "submission",
  "submission.signed_off": "submission",
  "submission.submitted": "submission",
  "submission.returned": "submission",
  "submission.accepted": "submission",
  "submission.value_reviewed": "submission",
  "submission.comment_added": "submission",
  "submission.letter_received": "submission",
  "submission.no_data_marked": "submission",
  "submission.no_data_cleared": "submission",
  "evidence.uploaded": "evidence",
  "evidence.withdrawn": "evidence",
  "evidence.reviewed": "evidence",
  "reminder.queued": "reminder",
  "outbox.resent": "outbox",
  "document.draft_saved": "document",
  "document.draft_reset": "document",
  "document.report_issued": "document",
  "dossier.generated": "document",
  "system.demo_loaded": "system",
  "system.backup_created": "system",
  "system.backup_restored": "system",
} as const;
export type AuditEventType = keyof typeof auditEventTypes;
export const auditEntityTypes = [...new Set(Object.values(auditEventTypes))];

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

/** The filter as the server receives it (paging included). */
export type AuditQuery = z.output<typeof auditQuerySchema>;
/** The filter a person sets (without paging). */
export type AuditFilter = Omit<z.input<typeof auditQuerySchema>, "limit" | "offset">;

export const auditPageSchema = z.object({ items: z.array(auditEventSchema), total: z.number().int() });
