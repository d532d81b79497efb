import { describe, expect, it } from 'vitest';
import { norwegianSchoolYear } from '../school-calendar.js';
import {
  canStillDocument,
  complaintWindow,
  DEFAULT_COMPLAINT_WINDOW,
  DEFAULT_DOCUMENTATION_DEADLINE,
  documentationDeadline,
  isInTime,
} from './deadlines.js';

// 2026/27: autumn break 28 September to 2 October, the autumn term ends 18 December.
const CALENDAR = norwegianSchoolYear(2026);

describe('the documentation deadline', () => {
  it('is ten school days after the lesson by default, skipping weekends and the autumn break', () => {
    expect(documentationDeadline('2026-09-18', DEFAULT_DOCUMENTATION_DEADLINE, CALENDAR)).toBe('2026-10-09');
  });

  it('never runs past the end of the term the lesson was in (absence is documented every half-year, § 9-9)', () => {
    expect(documentationDeadline('2026-12-14', DEFAULT_DOCUMENTATION_DEADLINE, CALENDAR)).toBe('2026-12-18');
    expect(documentationDeadline('2026-12-14', { ...DEFAULT_DOCUMENTATION_DEADLINE, notAfterTermEnd: false }, CALENDAR)).toBe('2027-01-11');
  });

  it('can be set in calendar days or weeks instead', () => {
    expect(documentationDeadline('2026-09-18', { within: { amount: 7, unit: 'calendar_days' }, notAfterTermEnd: true }, CALENDAR)).toBe('2026-09-25');
    expect(documentationDeadline('2026-09-18', { within: { amount: 2, unit: 'weeks' }, notAfterTermEnd: true }, CALENDAR)).toBe('2026-10-02');
  });

  it('can still be met on the last day, not the day after', () => {
    expect(canStillDocument('2026-09-18', '2026-10-09', DEFAULT_DOCUMENTATION_DEADLINE, CALENDAR)).toBe(true);
    expect(canStillDocument('2026-09-18', '2026-10-10', DEFAULT_DOCUMENTATION_DEADLINE, CALENDAR)).toBe(false);
  });

  it('refuses a period that is not a whole number', () => {
    expect(() => documentationDeadline('2026-09-18', { within: { amount: 1.5, unit: 'weeks' }, notAfterTermEnd: true }, CALENDAR)).toThrow(RangeError);
  });
});

describe('the window for contesting a recorded absence', () => {
  it('is four weeks from the lesson by default, both ends included', () => {
    const w = complaintWindow('2026-09-07', DEFAULT_COMPLAINT_WINDOW, CALENDAR);
    expect(w).toEqual({ opensOn: '2026-09-07', closesOn: '2026-10-05' });
    expect(isInTime('2026-10-05', w)).toBe(true);
    expect(isInTime('2026-10-06', w)).toBe(false);
  });

  it('closing in the autumn break, closes on the first school day after it', () => {
    expect(complaintWindow('2026-09-03', DEFAULT_COMPLAINT_WINDOW, CALENDAR).closesOn).toBe('2026-10-05');
    expect(complaintWindow('2026-09-03', { ...DEFAULT_COMPLAINT_WINDOW, extendToSchoolDay: false }, CALENDAR).closesOn).toBe('2026-10-01');
  });
});
