// An outbox entry's status in words. The server keeps a status and, for the
// ones that wait or were not sent, a reason; the leadership needs to read
// which it is («no e-mail address» asks for a phone call, «no mail server»
// for the operator), not a code.
import type { Outbox } from '../../../contracts/rules';

type Entry = Outbox['entries'][number];

export type Tone = 'success' | 'info' | 'warning' | 'danger' | 'neutral';

export interface StatusWords {
  /** A key in the `rules` namespace, under outbox.state. */
  key: string;
  values: Record<string, string | number>;
  tone: Tone;
}

export function outboxStatusOf(entry: Entry, mailServer: boolean): StatusWords {
  const words = (key: string, tone: Tone, values: Record<string, string | number> = {}): StatusWords => ({ key, values, tone });
  switch (entry.status) {
    case 'sent':
      return words('sent', 'success');
    case 'delivered':
      return words('delivered', 'success');
    case 'sending':
      return words('sending', 'info');
    case 'pending':
      if (entry.statusReason === 'smtp_error') return words('retrying', 'warning', { count: entry.attempts });
      if (entry.statusReason === 'no_mail_server' || !mailServer) return words('waitingForServer', 'warning');
      return words('waiting', 'info');
    case 'not_sent':
      if (entry.statusReason === 'no_address') return words('noAddress', 'danger');
      if (entry.statusReason === 'old') return words('old', 'neutral');
      return words('notSent', 'neutral');
    case 'failed':
      return words('failed', 'danger', { count: entry.attempts });
    case 'uncertain':
      return words('uncertain', 'danger');
  }
}

/** The states the filter offers, in the order a person looks for them. */
export const OUTBOX_FILTER_STATUSES = ['pending', 'sent', 'not_sent', 'failed', 'uncertain', 'sending', 'delivered'] as const;
