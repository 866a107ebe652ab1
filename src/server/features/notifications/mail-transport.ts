// Sending one e-mail over SMTP. The worker depends on this small interface only, so it runs
// the same against a real server, a test server in-process, or nothing at all.
import type { Transporter } from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport/index.js";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * An SMTP transport from a URL such as smtp://user:pass@host:587 (smtps:// for TLS at once).
 * The mail library is loaded with the first message, so installations without SMTP never load it.
 */
export function smtpTransport(url: string, from: string): MailTransport {
  let transporter: Promise<Transporter> | undefined;
  const open = () => {
    transporter ??= import("nodemailer").then(({ default: nodemailer }) =>
      nodemailer.createTransport({
        url,
        // Short limits: a claimed message must end as sent or retried long before it counts as uncertain.
        connectionTimeout: 30_000,
        greetingTimeout: 30_000,
        socketTimeout: 60_000,
      } satisfies SMTPTransport.Options),
    );
    return transporter;
  };
  return {
    async send(mail) {
      await (await open()).sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close() {
      void transporter?.then((t) => t.close());
    },
  };
}

/** What an SMTP failure says, short enough to keep and show: code and server answer. */
export function describeMailError(error: unknown): string {
  const e = error as { responseCode?: number; response?: string; message?: string; code?: string };
  const text = e.response ?? e.message ?? String(error);
  const code = e.responseCode ?? e.code;
  return (code && !text.startsWith(String(code)) ? `${code} ${text}` : text).slice(0, 500);
}
