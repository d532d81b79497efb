// Which absent lessons a pupil (or the guardians) can still document, for the
// reminder: counted absence that documentation could take out of the count,
// before the documentation deadline runs out. The reminder says how many hours
// are left in the subject, so that the pupil sees what documenting would change.
import type { Locale } from '../../contracts/locale.js';
import type { SchoolCalendar } from '../school-calendar.js';
import { documentationDeadline, type DocumentationDeadlinePolicy } from './deadlines.js';
import type { AbsenceOutcome, LimitStatus } from './limit.js';
import { formatDate, formatNumber, text } from './letter-text.js';
import type { LetterBlock, LetterDocument } from './warning-letter.js';

export interface Documentable extends AbsenceOutcome {
  subjectId: string;
  deadline: string;
}

/**
 * The subject's counted absences that could still be documented on `asOf`:
 * without documentation (or self-reported after 10 % was reached, when only
 * health personnel's documentation helps), and within the deadline.
 */
export function documentableAbsences(
  status: LimitStatus,
  asOf: string,
  policy: DocumentationDeadlinePolicy,
  calendar: SchoolCalendar,
): Documentable[] {
  const found: Documentable[] = [];
  for (const a of status.absences) {
    if (a.outcome !== 'counted') continue;
    const open = a.documentation === 'undocumented' || a.selfReportNoLongerEnough;
    if (!open) continue;
    const deadline = documentationDeadline(a.date, policy, calendar);
    if (asOf <= deadline) found.push({ ...a, subjectId: status.subjectId, deadline });
  }
  return found;
}

export interface ReminderSubject {
  name: string;
  status: LimitStatus;
  documentable: readonly Documentable[];
}

/** The reminder's content: per subject the hours left, and the lessons with their deadlines. */
export function buildDocumentationReminder(subjects: readonly ReminderSubject[], locale: Locale): LetterDocument {
  const t = (key: string, vars?: Record<string, string | number>) => text(locale, key, vars);
  const blocks: LetterBlock[] = [
    { kind: 'heading', level: 1, text: t('reminder.title') },
    { kind: 'paragraph', text: t('reminder.intro') },
  ];
  for (const s of subjects) {
    if (s.documentable.length === 0) continue;
    const limit = formatNumber(locale, s.status.limitPercent);
    blocks.push({ kind: 'heading', level: 2, text: s.name });
    blocks.push({
      kind: 'paragraph',
      text:
        s.status.zone === 'within'
          ? t('reminder.beforeLimit', { subject: s.name, hours: formatNumber(locale, s.status.left.beforeLimit.hours), limit })
          : t('reminder.overLimit', { subject: s.name, limit }),
    });
    blocks.push({
      kind: 'table',
      caption: s.name,
      columns: [t('reminder.columns.date'), t('reminder.columns.deadline')],
      rows: s.documentable.map((a) => [`${formatDate(locale, a.date)}, ${t('reminder.columns.period').toLowerCase()} ${a.period}`, formatDate(locale, a.deadline)]),
    });
  }
  blocks.push({ kind: 'paragraph', text: t('reminder.howTo') });
  return { locale, title: t('reminder.title'), blocks };
}
