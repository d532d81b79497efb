// How long each kind of record about a pupil is kept, as one registry: the
// school owner sets the months per record type (within the bounds below), the
// nightly deletion job deletes what is older. Follow-up record types are
// added here as they come; docs/retention.md gives each default its legal basis.
import { addMonths } from 'date-fns';
import { schoolDayOf } from './dates.js';

export interface RecordTypeRetention {
  /** Months kept after the record's own date, when the owner has set nothing. */
  defaultMonths: number;
  /** The shortest and longest an owner may choose. */
  minMonths: number;
  maxMonths: number;
  /** What the months are counted from, in words for the owner. */
  countedFrom: string;
}

export const RECORD_TYPES = {
  /** Marks of each lesson: the certificate needs the year's days and hours; complaints have their time. */
  attendance_marks: { defaultMonths: 36, minMonths: 12, maxMonths: 120, countedFrom: 'the date of the lesson' },
  /** Who changed a mark, when: kept as long as a complaint on the mark could be made. */
  attendance_mark_history: { defaultMonths: 24, minMonths: 12, maxMonths: 120, countedFrom: 'the change' },
  /** Notices of absence and requests for leave from home. */
  absence_notices: { defaultMonths: 12, minMonths: 6, maxMonths: 60, countedFrom: 'the last day of the notice' },
  /** Documentation handed in (with its file). */
  documentation_submissions: { defaultMonths: 12, minMonths: 6, maxMonths: 60, countedFrom: 'the day it was handed in' },
  /** Letters and in-app notifications sent. */
  notifications: { defaultMonths: 24, minMonths: 12, maxMonths: 120, countedFrom: 'the day it was made' },
  /** A closed follow-up case with every record of it: contacts, conversations, meetings, mappings, agreements, its log. */
  followup_cases: { defaultMonths: 60, minMonths: 12, maxMonths: 240, countedFrom: 'the day the case was closed' },
} as const satisfies Record<string, RecordTypeRetention>;

export type RecordType = keyof typeof RECORD_TYPES;
export const recordTypes = Object.keys(RECORD_TYPES) as RecordType[];

export function isRecordType(value: string): value is RecordType {
  return Object.hasOwn(RECORD_TYPES, value);
}

/** The months that apply: the owner's own when set, the default otherwise. */
export function retentionMonths(type: RecordType, ownerMonths: Partial<Record<RecordType, number>>): number {
  return ownerMonths[type] ?? RECORD_TYPES[type].defaultMonths;
}

/** Whether an owner's choice is within the bounds of the record type. */
export function isAllowedRetention(type: RecordType, months: number): boolean {
  const bounds = RECORD_TYPES[type];
  return Number.isInteger(months) && months >= bounds.minMonths && months <= bounds.maxMonths;
}

/**
 * The first school day (Norwegian time) that is still kept: records dated
 * before it are expired. Kept for `months` whole months from the record's date.
 */
export function retentionCutoff(now: Date, months: number): string {
  return schoolDayOf(addMonths(now, -months));
}
