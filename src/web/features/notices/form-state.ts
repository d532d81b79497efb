// The notice form as plain data: its defaults, how a choice changes the rest,
// what is missing before sending, and the request it becomes. No React here.
import type { CreateNotice, MyNotices } from '../../../contracts/notices';
import { addDaysTo } from '../../../domain/school-calendar';
import { fieldMessages } from '../../api/api-error';

export type NoticeKind = CreateNotice['kind'];
export type Extent = 'whole' | 'lessons';
export type NoticeField = 'pupilId' | 'kind' | 'fromDate' | 'toDate' | 'periods' | 'reasonCode';

/** The lessons a guardian may pick between; a school day has at most this many. */
export const PERIODS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

export interface NoticeDraft {
  pupilId: string;
  kind: NoticeKind;
  fromDate: string;
  toDate: string;
  extent: Extent;
  periods: number[];
  reasonCode: string;
}

/** Absence may start today; leave must be asked for before its first day. */
export function earliestDate(kind: NoticeKind, today: string): string {
  return kind === 'absence' ? today : addDaysTo(today, 1);
}

/** Today for absence; the only pupil picked when there is one to report for. */
export function initialDraft(pupils: MyNotices['pupils'], today: string): NoticeDraft {
  return {
    pupilId: pupils.length === 1 ? (pupils[0]?.id ?? '') : '',
    kind: 'absence',
    fromDate: today,
    toDate: today,
    extent: 'whole',
    periods: [],
    reasonCode: '',
  };
}

/** Switching to leave moves dates that are too early for it; a reason the new kind lacks is cleared. */
export function withKind(draft: NoticeDraft, kind: NoticeKind, reasons: MyNotices['reasons'], today: string): NoticeDraft {
  const earliest = earliestDate(kind, today);
  const fromDate = draft.fromDate && draft.fromDate < earliest ? earliest : draft.fromDate;
  const toDate = draft.toDate && draft.toDate < fromDate ? fromDate : draft.toDate;
  const reasonCode = reasons[kind].includes(draft.reasonCode) ? draft.reasonCode : '';
  return { ...draft, kind, fromDate, toDate, reasonCode };
}

/** A later start pulls the end along, so a one-day notice stays one day. */
export function withFromDate(draft: NoticeDraft, fromDate: string): NoticeDraft {
  const toDate = fromDate && (!draft.toDate || draft.toDate < fromDate) ? fromDate : draft.toDate;
  return { ...draft, fromDate, toDate };
}

export function withPeriod(draft: NoticeDraft, period: number, checked: boolean): NoticeDraft {
  const rest = draft.periods.filter((p) => p !== period);
  return { ...draft, periods: checked ? [...rest, period].sort((a, b) => a - b) : rest };
}

/** What must be filled in before sending, as message keys of the notices namespace. The server checks the rules. */
export function missingFields(draft: NoticeDraft): Partial<Record<NoticeField, string>> {
  const missing: Partial<Record<NoticeField, string>> = {};
  if (!draft.pupilId) missing.pupilId = 'notices:form.pupilRequired';
  if (!draft.fromDate) missing.fromDate = 'notices:form.dateRequired';
  if (!draft.toDate) missing.toDate = 'notices:form.dateRequired';
  if (draft.extent === 'lessons' && draft.periods.length === 0) missing.periods = 'notices:form.lessonsRequired';
  if (!draft.reasonCode) missing.reasonCode = 'notices:form.reasonRequired';
  return missing;
}

export function toRequest(draft: NoticeDraft): CreateNotice {
  return {
    pupilId: draft.pupilId,
    kind: draft.kind,
    fromDate: draft.fromDate,
    toDate: draft.toDate,
    periods: draft.extent === 'whole' ? null : draft.periods,
    reasonCode: draft.reasonCode,
  };
}

const FIELDS: readonly NoticeField[] = ['pupilId', 'kind', 'fromDate', 'toDate', 'periods', 'reasonCode'];

/**
 * The server's field messages from a 400, by form field ("periods.2" belongs
 * to periods), and any message about a field the form does not show.
 */
export function serverFieldErrors(error: unknown): { byField: Partial<Record<NoticeField, string>>; other: string[] } {
  const byField: Partial<Record<NoticeField, string>> = {};
  const other: string[] = [];
  for (const [name, message] of Object.entries(fieldMessages(error))) {
    const field = FIELDS.find((f) => f === name.split('.')[0]);
    if (field) byField[field] ??= message;
    else other.push(message);
  }
  return { byField, other };
}

/** The fields in the order they appear, so focus goes to the first one in error. */
export const FIELD_ORDER = FIELDS;
