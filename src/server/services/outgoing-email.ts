// Sending one notification e-mail: at most once. The row is marked `sending`
// and committed before the SMTP conversation, so a crash in between leaves an
// e-mail that is never sent again on its own (it becomes `uncertain` for staff
// to look at) rather than one that could reach a guardian twice.
import type { Database } from '../db/client.js';
import type { Clock } from '../clock.js';
import type { Mailer } from '../mail/mailer.js';
import * as repo from '../db/repositories/notifications.js';

/** After this many failed attempts the e-mail is given up and shown as failed. */
export const MAX_EMAIL_ATTEMPTS = 5;
/** An e-mail still `sending` after this long was cut off mid-way. */
export const SENDING_TIMEOUT_MINUTES = 15;

export type SendOutcome = 'sent' | 'skipped' | 'no_mail_server' | 'retry' | 'failed';

export async function sendNotificationEmail(database: Database, clock: Clock, mailer: Mailer | null, id: string, domain: string): Promise<SendOutcome> {
  const claimed = await database.transaction(async (tx) => {
    const row = await repo.lockEmail(tx, id);
    if (!row || row.status !== 'pending') return null;
    if (!mailer) {
      await repo.setEmailStatus(tx, id, { status: 'pending', statusReason: 'no_mail_server' });
      return 'no_mail_server' as const;
    }
    if (!row.email) {
      await repo.setEmailStatus(tx, id, { status: 'not_sent', statusReason: 'no_address' });
      return null;
    }
    await repo.setEmailStatus(tx, id, { status: 'sending', statusReason: null, attempt: true });
    return row;
  });
  if (claimed === null) return 'skipped';
  if (claimed === 'no_mail_server') return 'no_mail_server';
  try {
    const { messageId } = await mailer!.send({
      to: claimed.email!,
      subject: claimed.subject,
      text: claimed.body,
      fromName: claimed.neutral ? claimed.owner_name : claimed.school_name,
      messageId: `<${id}@${domain}>`,
    });
    await repo.setEmailStatus(database, id, { status: 'sent', messageId, sentAt: clock.now() });
    return 'sent';
  } catch (error) {
    const message = error instanceof Error ? error.message.slice(0, 500) : String(error);
    const attempts = claimed.attempts + 1;
    if (attempts >= MAX_EMAIL_ATTEMPTS) {
      await repo.setEmailStatus(database, id, { status: 'failed', statusReason: 'smtp_error', lastError: message });
      return 'failed';
    }
    await repo.setEmailStatus(database, id, { status: 'pending', statusReason: 'smtp_error', lastError: message });
    return 'retry';
  }
}

/** E-mails cut off while `sending` (the process stopped mid-way): shown as uncertain, never sent again by themselves. */
export async function markInterruptedEmails(database: Database, clock: Clock): Promise<number> {
  const rows = await database.query<{ id: string }>(
    `update notifications set status = 'uncertain', status_reason = 'interrupted'
      where channel = 'email' and status = 'sending' and attempted_at < $1 returning id`,
    [new Date(clock.now().getTime() - SENDING_TIMEOUT_MINUTES * 60_000)],
  );
  return rows.length;
}

/**
 * E-mails to hand to the queue: those never tried (made where no queue ran,
 * e.g. when the demo was seeded) and, once a mail server is configured, those
 * that waited for one. Tried ones are the queue's to retry.
 */
export async function emailsToQueue(database: Database, clock: Clock, withMailServer: boolean): Promise<string[]> {
  const rows = await database.query<{ id: string }>(
    `select id from notifications
      where channel = 'email' and status = 'pending'
        and ((attempted_at is null and status_reason is null and created_at < $1) or ($2 and status_reason = 'no_mail_server'))
      order by created_at limit 1000`,
    [new Date(clock.now().getTime() - 30_000), withMailServer],
  );
  return rows.map((r) => r.id);
}
