// The registration form's state, and turning it into the one request that saves it.
import type { LessonRegistration, MarkStatus, SaveRegistration } from '../../../contracts/attendance';
import type { FieldError } from '../../../contracts/errors';

export interface Draft {
  status: MarkStatus;
  /** As typed: digits only. */
  minutes: string;
}
export type Drafts = Readonly<Record<string, Draft>>;

export const MAX_MINUTES_DIGITS = 3;

/** What the server holds; before the first registration everyone is present, except those reported absent from home. */
export function initialDrafts(registration: LessonRegistration): Drafts {
  const drafts: Record<string, Draft> = {};
  for (const pupil of registration.pupils) {
    if (pupil.mark) drafts[pupil.id] = { status: pupil.mark.status, minutes: pupil.mark.minutesLate?.toString() ?? '' };
    else drafts[pupil.id] = { status: pupil.notice ? 'F' : 'M', minutes: '' };
  }
  return drafts;
}

export const initiallyHeld = (registration: LessonRegistration) => registration.lesson.status !== 'not_held';

/** The request body: pupils left out are present, so only the others are sent. */
export function saveBody(pupilIds: readonly string[], drafts: Drafts, held: boolean, version: number): SaveRegistration {
  const marks = held
    ? pupilIds.flatMap((pupilId): SaveRegistration['marks'] => {
        const draft = drafts[pupilId];
        if (!draft || draft.status === 'M') return [];
        if (draft.status !== 'S') return [{ pupilId, status: draft.status }];
        return [{ pupilId, status: draft.status, minutesLate: /^\d+$/.test(draft.minutes) ? Number(draft.minutes) : null }];
      })
    : [];
  return { version, held, marks };
}

export interface Counts {
  present: number;
  absent: number;
  late: number;
  organised: number;
}

export function countDrafts(pupilIds: readonly string[], drafts: Drafts): Counts {
  const counts: Counts = { present: 0, absent: 0, late: 0, organised: 0 };
  for (const id of pupilIds) {
    const status = drafts[id]?.status ?? 'M';
    if (status === 'M') counts.present++;
    else if (status === 'F') counts.absent++;
    else if (status === 'S') counts.late++;
    else counts.organised++;
  }
  return counts;
}

/**
 * The server's field errors ("body.marks.3.minutesLate") by the pupil they
 * concern, found through the marks that were sent; the rest concern the whole form.
 */
export function errorsByPupil(fields: readonly FieldError[], sent: SaveRegistration['marks']) {
  const byPupil: Record<string, string> = {};
  const general: string[] = [];
  for (const field of fields) {
    const match = /^body\.marks\.(\d+)(?:\.|$)/.exec(field.path);
    const pupilId = match ? sent[Number(match[1])]?.pupilId : undefined;
    if (pupilId) byPupil[pupilId] ??= field.message;
    else general.push(field.message);
  }
  return { byPupil, general };
}
