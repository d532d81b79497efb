// How a notice is told in the UI: reasons, status, days and lessons, in the user's language.
import type { TFunction } from 'i18next';
import type { Notice } from '../../../contracts/notices';
import { schoolTimeOf } from '../../../domain/dates';
import { formatIsoDate } from '../../i18n/format';
import { currentLocale } from '../../i18n/i18n';

/** The reason codes the UI has names for; the API may list only some of them for a kind. */
const KNOWN_REASONS = new Set([
  'health_self_reported',
  'family_reasons',
  'religious_holiday',
  'voluntary_work',
  'political_or_union_work',
  'driving_test',
  'legal_appearance',
  'other',
]);

export function reasonLabel(t: TFunction, code: string): string {
  // A code added on the server before the UI has a name for it still reads as a reason.
  return KNOWN_REASONS.has(code) ? t(`notices:reasons.${code}`) : t('notices:reasons.unknown');
}

export function kindLabel(t: TFunction, kind: Notice['kind']): string {
  return kind === 'absence' ? t('notices:kind.absence') : t('notices:kind.leave_request');
}

export function statusLabel(t: TFunction, status: Notice['status']): string {
  switch (status) {
    case 'submitted':
      return t('notices:status.submitted');
    case 'approved':
      return t('notices:status.approved');
    case 'refused':
      return t('notices:status.refused');
    case 'withdrawn':
      return t('notices:status.withdrawn');
  }
}

/** The colour of a status tag; the text says the same, so colour is never the only sign. */
export function statusColor(status: Notice['status']): 'info' | 'success' | 'danger' | 'neutral' {
  return status === 'approved' ? 'success' : status === 'refused' ? 'danger' : status === 'submitted' ? 'info' : 'neutral';
}

export function dateRangeText(t: TFunction, notice: Pick<Notice, 'fromDate' | 'toDate'>): string {
  if (notice.fromDate === notice.toDate) return formatIsoDate(notice.fromDate);
  return t('notices:format.dateRange', { from: formatIsoDate(notice.fromDate), to: formatIsoDate(notice.toDate) });
}

export function periodsText(t: TFunction, notice: Pick<Notice, 'fromDate' | 'toDate' | 'periods'>): string {
  if (!notice.periods) {
    return notice.fromDate === notice.toDate ? t('notices:format.wholeDay') : t('notices:format.wholeDays');
  }
  const sorted = [...notice.periods].sort((a, b) => a - b).map(String);
  // «1, 2 og 3» in Norwegian, "1, 2, and 3" in English.
  const list = new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format(sorted);
  return t('notices:format.lessons', { count: sorted.length, list });
}

/** An instant as Norwegian date and time, the way the school keeps time. */
export function dateTimeText(t: TFunction, isoInstant: string): string {
  const { date, time } = schoolTimeOf(new Date(isoInstant));
  return t('notices:format.dateTime', { date: formatIsoDate(date), time });
}

export function pupilName(pupil: { givenName: string; familyName: string }): string {
  return `${pupil.givenName} ${pupil.familyName}`;
}
