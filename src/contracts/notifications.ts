// Contracts of in-app notifications (each person's own) and of the e-mail outbox (admin and
// coordinator), shared by server and web.
import { z } from "zod";

export const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  /** A path inside the app (e.g. /cycles/…/agencies/…), or null. */
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof notificationSchema>;

export const notificationQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const notificationListSchema = z.object({
  items: z.array(notificationSchema),
  unread: z.number().int(),
});
export type NotificationList = z.infer<typeof notificationListSchema>;

export const unreadCountSchema = z.object({ unread: z.number().int() });

export const outboxStatuses = ["pending", "sending", "sent", "failed", "unsent"] as const;
export const outboxStatusSchema = z.enum(outboxStatuses);
export type OutboxStatus = z.infer<typeof outboxStatusSchema>;

/** A filter value beside the stored states: `sending` rows left behind by a stopped worker. */
export const outboxFilterSchema = z.enum([...outboxStatuses, "uncertain"]);
export type OutboxFilter = z.infer<typeof outboxFilterSchema>;

export const outboxQuerySchema = z.object({
  status: outboxFilterSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const outboxMessageSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  recipient: z.object({ userId: z.uuid(), fullName: z.string(), username: z.string() }).nullable(),
  toAddress: z.string().nullable(),
  subject: z.string(),
  body: z.string(),
  cycleId: z.uuid().nullable(),
  agencyId: z.uuid().nullable(),
  status: outboxStatusSchema,
  /** Claimed for sending long ago and never marked: it may or may not have gone out. */
  uncertain: z.boolean(),
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  sentAt: z.string().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  /** Failed, uncertain, or never sent for want of an address: an admin may send it again. */
  canResend: z.boolean(),
});
export type OutboxMessageView = z.infer<typeof outboxMessageSchema>;

export const outboxPageSchema = z.object({
  items: z.array(outboxMessageSchema),
  total: z.number().int(),
  /** False when no SMTP server is configured: messages then stay here and in the app. */
  mailEnabled: z.boolean(),
});
export type OutboxPage = z.infer<typeof outboxPageSchema>;

export const idParamsSchema = z.object({ id: z.uuid() });
