import { describe, expect, it } from 'vitest';
import { checkRegistration, lessonHasStarted, markFromNotice, noticeCovers, type NoticeForLesson } from './registration.js';

const lesson = { date: '2026-11-23', startsAt: '10:00', endsAt: '10:45' };
const group = new Set(['ada', 'bo']);

describe('when a lesson may be registered', () => {
  it('from 15 minutes before it starts', () => {
    expect(lessonHasStarted(lesson, { date: '2026-11-23', time: '09:44' })).toBe(false);
    expect(lessonHasStarted(lesson, { date: '2026-11-23', time: '09:45' })).toBe(true);
  });
  it('any time on a later day', () => {
    expect(lessonHasStarted(lesson, { date: '2026-11-24', time: '07:00' })).toBe(true);
  });
  it('never before the day of the lesson', () => {
    expect(lessonHasStarted(lesson, { date: '2026-11-22', time: '23:59' })).toBe(false);
  });
});

describe('checking a registration', () => {
  const now = { date: '2026-11-23', time: '10:05' };

  it('accepts present, absent, late with minutes and organised study', () => {
    expect(
      checkRegistration(lesson, [
        { pupilId: 'ada', status: 'S', minutesLate: 5 },
        { pupilId: 'bo', status: 'O' },
      ], group, now),
    ).toEqual([]);
  });

  it('refuses a pupil who is not in the group, naming the field', () => {
    expect(checkRegistration(lesson, [{ pupilId: 'eve', status: 'F' }], group, now)).toEqual([
      { path: 'body.marks.0.pupilId', key: 'registration.pupilNotInGroup' },
    ]);
  });

  it('refuses the same pupil twice', () => {
    const problems = checkRegistration(lesson, [{ pupilId: 'ada', status: 'F' }, { pupilId: 'ada', status: 'M' }], group, now);
    expect(problems).toEqual([{ path: 'body.marks.1.pupilId', key: 'registration.pupilTwice' }]);
  });

  it('a late arrival needs 1 to 240 minutes', () => {
    expect(checkRegistration(lesson, [{ pupilId: 'ada', status: 'S' }], group, now)[0]?.key).toBe('registration.minutesLateRequired');
    expect(checkRegistration(lesson, [{ pupilId: 'ada', status: 'S', minutesLate: 0 }], group, now)).toHaveLength(1);
    expect(checkRegistration(lesson, [{ pupilId: 'ada', status: 'S', minutesLate: 1 }], group, now)).toEqual([]);
    expect(checkRegistration(lesson, [{ pupilId: 'ada', status: 'S', minutesLate: 240 }], group, now)).toEqual([]);
    expect(checkRegistration(lesson, [{ pupilId: 'ada', status: 'S', minutesLate: 241 }], group, now)).toHaveLength(1);
  });

  it('minutes late only with a late arrival', () => {
    expect(checkRegistration(lesson, [{ pupilId: 'ada', status: 'F', minutesLate: 5 }], group, now)[0]?.key).toBe(
      'registration.minutesLateOnlyWhenLate',
    );
  });

  it('refuses a lesson that has not started', () => {
    expect(checkRegistration(lesson, [], group, { date: '2026-11-23', time: '08:00' })).toEqual([
      { path: 'params.lessonId', key: 'registration.lessonInFuture' },
    ]);
  });
});

describe('notices from home', () => {
  const notice: NoticeForLesson = {
    id: 'n1',
    fromDate: '2026-11-23',
    toDate: '2026-11-24',
    periods: null,
    kind: 'absence',
    status: 'submitted',
    reasonCode: 'health_self_reported',
  };

  it('a whole-day notice covers every lesson of its days, and no other day', () => {
    expect(noticeCovers(notice, { date: '2026-11-23', period: 1 })).toBe(true);
    expect(noticeCovers(notice, { date: '2026-11-24', period: 6 })).toBe(true);
    expect(noticeCovers(notice, { date: '2026-11-25', period: 1 })).toBe(false);
    expect(noticeCovers(notice, { date: '2026-11-22', period: 1 })).toBe(false);
  });

  it('a notice for some lessons covers only those', () => {
    const some = { ...notice, periods: [3, 4] };
    expect(noticeCovers(some, { date: '2026-11-23', period: 3 })).toBe(true);
    expect(noticeCovers(some, { date: '2026-11-23', period: 2 })).toBe(false);
  });

  it('a withdrawn notice covers nothing', () => {
    expect(noticeCovers({ ...notice, status: 'withdrawn' }, { date: '2026-11-23', period: 1 })).toBe(false);
  });

  it('a leave request covers lessons only once approved, and then counts as documented', () => {
    const leave = { ...notice, kind: 'leave_request' as const, reasonCode: 'leave_granted' };
    expect(noticeCovers(leave, { date: '2026-11-23', period: 1 })).toBe(false);
    expect(noticeCovers({ ...leave, status: 'approved' }, { date: '2026-11-23', period: 1 })).toBe(true);
    expect(markFromNotice({ ...leave, status: 'approved' }).documentation).toBe('documented');
    expect(markFromNotice(notice)).toEqual({ status: 'F', documentation: 'reported', reasonCode: 'health_self_reported' });
  });
});
