import { describe, expect, it } from 'vitest';
import type { LessonRegistration } from '../../../contracts/attendance';
import { addDays, isIsoDate, isoWeekday, stepSchoolDay } from './dates';
import { countDrafts, errorsByPupil, initialDrafts, saveBody } from './drafts';
import { lessonState, opensAt } from './lesson-state';

const pupil = (id: string, extra: Partial<LessonRegistration['pupils'][number]> = {}) => ({
  id,
  givenName: 'A',
  familyName: id,
  mark: null,
  notice: null,
  ...extra,
});

describe('the registration form', () => {
  it('starts with everyone present, those reported from home absent, and saved marks as saved', () => {
    const drafts = initialDrafts({
      pupils: [
        pupil('a'),
        pupil('b', { notice: { kind: 'absence', documentation: 'reported', reasonCode: null } }),
        pupil('c', { mark: { status: 'S', minutesLate: 12, documentation: 'undocumented', reasonCode: null } }),
      ],
    } as unknown as LessonRegistration);
    expect(drafts).toEqual({ a: { status: 'M', minutes: '' }, b: { status: 'F', minutes: '' }, c: { status: 'S', minutes: '12' } });
  });

  it('sends only those not present, minutes only for late arrivals, and nothing when not held', () => {
    const drafts = { a: { status: 'M', minutes: '' }, b: { status: 'F', minutes: '9' }, c: { status: 'S', minutes: '07' }, d: { status: 'S', minutes: '' } } as const;
    expect(saveBody(['a', 'b', 'c', 'd'], drafts, true, 4)).toEqual({
      version: 4,
      held: true,
      marks: [
        { pupilId: 'b', status: 'F' },
        { pupilId: 'c', status: 'S', minutesLate: 7 },
        { pupilId: 'd', status: 'S', minutesLate: null },
      ],
    });
    expect(saveBody(['a', 'b'], drafts, false, 4)).toEqual({ version: 4, held: false, marks: [] });
    expect(countDrafts(['a', 'b', 'c', 'd'], drafts)).toEqual({ present: 1, absent: 1, late: 2, organised: 0 });
  });

  it('puts the server’s field errors next to the pupil they concern, through the marks sent', () => {
    const sent = [
      { pupilId: 'b', status: 'F' as const },
      { pupilId: 'd', status: 'S' as const, minutesLate: null },
    ];
    const { byPupil, general } = errorsByPupil(
      [
        { path: 'body.marks.1.minutesLate', message: 'Skriv minutter' },
        { path: 'params.lessonId', message: 'Timen har ikke begynt' },
      ],
      sent,
    );
    expect(byPupil).toEqual({ d: 'Skriv minutter' });
    expect(general).toEqual(['Timen har ikke begynt']);
  });
});

describe('days and lessons', () => {
  it('steps over weekends and knows a real date', () => {
    expect(stepSchoolDay('2026-11-27', 1)).toBe('2026-11-30');
    expect(stepSchoolDay('2026-11-30', -1)).toBe('2026-11-27');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-02-28')).toBe(true);
  });

  it('tells registered, due and upcoming lessons apart, opening a quarter before the start', () => {
    const lesson = { date: '2026-11-23', startsAt: '11:10:00', status: 'planned' as const, registeredAt: null };
    expect(lessonState(lesson, { date: '2026-11-23', time: '10:54' })).toBe('upcoming');
    expect(lessonState(lesson, { date: '2026-11-23', time: '10:55' })).toBe('due');
    expect(lessonState(lesson, { date: '2026-11-24', time: '08:00' })).toBe('due');
    expect(lessonState({ ...lesson, status: 'held', registeredAt: '2026-11-23T10:20:00Z' }, { date: '2026-11-23', time: '12:00' })).toBe('registered');
    expect(lessonState({ ...lesson, status: 'not_held', registeredAt: '2026-11-23T10:20:00Z' }, { date: '2026-11-23', time: '12:00' })).toBe('notHeld');
    expect(opensAt('08:10:00')).toBe('07:55');
  });
});
