// E-mail over SMTP (nodemailer). Without SMTP_URL there is no mailer, and
// e-mails wait in the outbox saying so instead of being lost or faked.
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Shown as the sender's name: the school, or the school owner for a neutral letter. */
  fromName: string;
  /** A stable id, so that a receiving server can tell a resend from a new message. */
  messageId: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
  close(): void;
}

export function createMailer(config: { smtpUrl: string | undefined; mailFrom: string }): Mailer | null {
  if (!config.smtpUrl) return null;
  const transport = nodemailer.createTransport(config.smtpUrl);
  const address = /<([^>]+)>/.exec(config.mailFrom)?.[1] ?? config.mailFrom;
  return {
    async send(mail) {
      const info = await transport.sendMail({
        from: { name: mail.fromName, address },
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: mail.messageId,
      });
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}
