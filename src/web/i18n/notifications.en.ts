// English wording of the notification bell and the e-mail outbox page. Same keys as notifications.vi.ts.
import type { notificationsVi } from "./notifications.vi.js";

export const notificationsEn: Record<keyof typeof notificationsVi, string> = {
  "nav.outbox": "Outbox",
  "home.card.outbox": "Reminders and notices sent by e-mail: sent, waiting, failed; send again when needed.",
  "notifications.bell": "Notifications",
  "notifications.title": "Notifications",
  "notifications.unread": "{count} unread",
  "notifications.empty": "No notifications yet.",
  "notifications.markAllRead": "Mark all as read",
  "notifications.markRead": "Mark as read",
  "notifications.open": "Open",
  "outbox.title": "Outbox",
  "outbox.mailDisabled":
    "No mail server is configured (SMTP_URL): messages stay here as “Waiting”, and recipients still see them in the app.",
  "outbox.filterStatus": "Status",
  "outbox.createdAt": "Created",
  "outbox.recipient": "Recipient",
  "outbox.subject": "Subject",
  "outbox.status": "Status",
  "outbox.attempts": "{count} attempts",
  "outbox.sentAt": "sent {at}",
  "outbox.nextAttemptAt": "next attempt {at}",
  "outbox.lastError": "Last error",
  "outbox.noAddress": "no e-mail",
  "outbox.resend": "Send again",
  "outbox.resendConfirm": "Send this message to its recipient again?",
  "outbox.resendUncertain":
    "This message may already have been sent. Sending it again may deliver it twice. Send again anyway?",
  "outbox.resent": "The message is queued to be sent again.",
  "outbox.status.pending": "Waiting",
  "outbox.status.sending": "Sending",
  "outbox.status.sent": "Sent",
  "outbox.status.failed": "Failed",
  "outbox.status.unsent": "Not sendable",
  "outbox.status.uncertain": "Uncertain",
};
