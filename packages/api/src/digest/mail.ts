import { createTransport } from "nodemailer";

/** What a digest needs of a mail transport: nodemailer's sendMail (tests may pass their own). */
export interface MailTransport {
  sendMail(message: {
    from: string;
    to: { name: string; address: string };
    subject: string;
    text: string;
    html: string;
    headers: Record<string, string>;
  }): Promise<unknown>;
}

/** Where digests go out: a transport and the From address (SMTP_URL and MAIL_FROM). */
export interface Mailer {
  transport: MailTransport;
  from: string;
}

/**
 * A mailer for SMTP_URL (e.g. smtps://user:password@smtp.example.org:465, or
 * smtp://localhost:2525) and MAIL_FROM; null when SMTP_URL is unset: digests cannot be sent.
 */
export function createMailer(settings: { smtpUrl: string | undefined; mailFrom: string }): Mailer | null {
  if (!settings.smtpUrl) return null;
  return { transport: createTransport(settings.smtpUrl), from: settings.mailFrom };
}

/** The From address when MAIL_FROM is unset. */
export const DEFAULT_MAIL_FROM = "Hindsight <hindsight@localhost>";
