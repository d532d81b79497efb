import { describe, expect, it } from 'vitest';
import { subjectLimitStatus } from './limit.js';
import { mark } from '../figures/test-marks.js';
import { absent, documented, limitInput, nth, reported, RULES, SCHOOL_YEAR } from './test-support.js';

const status = (...args: Parameters<typeof limitInput>) => subjectLimitStatus(limitInput(...args));

describe('the absence limit against 75 annual hours (10 % = 450 minutes = ten 45-minute lessons)', () => {
  it('nine lessons absent is 9 %: within, with one lesson (45 minutes) left before 10 %', () => {
    const s = status(absent(9));
    expect(s.percent).toBe(9);
    expect(s.zone).toBe('within');
    expect(s.left.beforeLimit).toEqual({ minutes: 45, hours: 0.75, lessons: 1 });
    expect(s.left.beforeDiscretion).toEqual({ minutes: 270, hours: 4.5, lessons: 6 });
    expect(s.crossed).toEqual({ limit: null, discretion: null });
  });

  it('ten lessons absent is exactly 10 %: still within ("more than ten per cent"), nothing left, limit reached', () => {
    const marks = absent(10);
    const s = status(marks);
    expect(s.percent).toBe(10);
    expect(s.zone).toBe('within');
    expect(s.left.beforeLimit).toEqual({ minutes: 0, hours: 0, lessons: 0 });
    expect(s.reachedLimitAt).toMatchObject({ lessonId: marks[9]?.lessonId });
    expect(s.crossed.limit).toBeNull();
  });

  it('eleven lessons absent is above 10 %: the eleventh lesson is the one that crossed the line', () => {
    const marks = absent(11);
    const s = status(marks);
    expect(s.zone).toBe('discretion');
    expect(s.crossed.limit).toEqual({ lessonId: marks[10]?.lessonId, date: marks[10]?.date, period: marks[10]?.period });
    expect(s.left.beforeLimit.minutes).toBe(0);
  });

  it('fifteen lessons is exactly 15 %: still within the principal\'s discretion; sixteen is over', () => {
    expect(status(absent(15)).zone).toBe('discretion');
    const marks = absent(16);
    const s = status(marks);
    expect(s.zone).toBe('over');
    expect(s.crossed.discretion).toMatchObject({ lessonId: marks[15]?.lessonId });
    expect(s.left.beforeDiscretion).toEqual({ minutes: 0, hours: 0, lessons: 0 });
  });

  it('is measured against the annual hours, not the lessons held so far: 2 absent of 4 held is 2 %, not 50 %', () => {
    const marks = [...absent(2), nth(2), nth(3)];
    const s = status(marks);
    expect(s.held).toEqual({ lessons: 4, minutes: 180 });
    expect(s.percent).toBe(2);
  });

  it('a minute over 10 % is above it: 113 hours and 60-minute lessons allow 11, not 12 (Udir\'s clock-hour rule)', () => {
    const sixty = (n: number) => Array.from({ length: n }, (_, i) => mark(`2026-10-${String(1 + i).padStart(2, '0')}`, 1, 'F', { durationMinutes: 60 }));
    expect(status(sixty(11), { annualHours: 113 }).zone).toBe('within');
    expect(status(sixty(12), { annualHours: 113 }).zone).toBe('discretion');
    expect(status(sixty(11), { annualHours: 113 }).left.beforeLimit).toEqual({ minutes: 18, hours: 0.3, lessons: 0 });
  });

  it('counts lessons not held and planned lessons for nothing, and late arrivals and organised study as presence', () => {
    const marks = [
      ...absent(3),
      nth(3, { status: 'F', lessonStatus: 'not_held' }),
      nth(4, { status: 'F', lessonStatus: 'planned' }),
      nth(5, { status: 'S', minutesLate: 20 }),
      nth(6, { status: 'O' }),
    ];
    const s = status(marks);
    expect(s.counted).toEqual({ lessons: 3, minutes: 135, hours: 2.25 });
    expect(s.held.lessons).toBe(5);
  });

  it('counts only the subject asked for, and only marks up to today within the school year', () => {
    const marks = [
      ...absent(3),
      nth(3, { status: 'F', subjectId: 'subj-mat', subjectCode: 'MAT' }),
      mark('2026-12-02', 1, 'F'),
      mark('2026-06-10', 1, 'F'),
    ];
    expect(status(marks).counted.lessons).toBe(3);
  });

  it('refuses a subject without annual hours', () => {
    expect(() => status([], { annualHours: 0 })).toThrow(RangeError);
  });
});

describe('health absence (opplæringsforskrifta § 9-8 third paragraph)', () => {
  it('counts self-reported and documented health absence until 10 % is reached', () => {
    const s = status([...absent(5, reported('health_self_reported')), ...absent(5, documented('health_medical_note'), 5)]);
    expect(s.counted.lessons).toBe(10);
    expect(s.percent).toBe(10);
  });

  it('does not count health absence documented by health personnel after 10 % is reached', () => {
    const marks = [...absent(10), ...absent(3, documented('health_medical_note'), 10)];
    const s = status(marks);
    expect(s.percent).toBe(10);
    expect(s.zone).toBe('within');
    expect(s.absences.slice(10).map((a) => a.outcome)).toEqual(['exempt_health_after_limit', 'exempt_health_after_limit', 'exempt_health_after_limit']);
  });

  it('counts a self-report after 10 % is reached, and says the self-report was no longer enough', () => {
    const s = status([...absent(10), ...absent(1, reported('health_self_reported'), 10)]);
    expect(s.zone).toBe('discretion');
    expect(s.absences[10]).toMatchObject({ outcome: 'counted', selfReportNoLongerEnough: true });
  });

  it('accepts a self-report after 10 % from a pupil with a higher risk documented by health personnel', () => {
    const s = status([...absent(10), ...absent(2, reported('health_self_reported'), 10)], { higherHealthRisk: true });
    expect(s.zone).toBe('within');
    expect(s.exempt).toEqual({ lessons: 2, minutes: 90 });
  });

  it('counts a documented health lesson that runs past 10 % only up to 10 %', () => {
    const marks = [...absent(9), nth(9, { status: 'F', durationMinutes: 90, ...documented('health_medical_note') })];
    const s = status(marks);
    expect(s.counted.minutes).toBe(450);
    expect(s.absences[9]).toMatchObject({ outcome: 'partly_exempt_health', countedMinutes: 45 });
    expect(s.zone).toBe('within');
  });

  it('judges health absence by the order of the lessons, not by when the documentation came', () => {
    // The documented lessons come first, so they count; the undocumented ones after them take the pupil over.
    const s = status([...absent(6, documented('health_medical_note')), ...absent(6, {}, 6)]);
    expect(s.counted.lessons).toBe(12);
    expect(s.zone).toBe('discretion');
  });
});

describe('exempt reasons (§ 9-8 second paragraph b–i)', () => {
  it('do not count when documented, and count when only reported', () => {
    expect(status(absent(12, documented('legal_appearance'))).percent).toBe(0);
    expect(status(absent(12, reported('legal_appearance'))).percent).toBe(12);
  });

  it('limit religious holidays to two days in the school year (bokstav c), whatever the subject', () => {
    const holiday = documented('religious_holiday');
    const marks = [
      mark('2026-09-10', 1, 'F', { ...holiday, subjectId: 'subj-mat', subjectCode: 'MAT' }),
      mark('2026-09-11', 1, 'F', holiday),
      mark('2026-09-11', 2, 'F', holiday),
      mark('2026-10-20', 1, 'F', holiday),
    ];
    const s = status(marks);
    expect(s.absences.map((a) => a.outcome)).toEqual(['exempt', 'exempt', 'counted_over_cap']);
    expect(s.counted.lessons).toBe(1);
  });

  it('leave granted counts: leave is not among the listed reasons', () => {
    expect(status(absent(4, documented('leave_granted'))).counted.lessons).toBe(4);
  });
});

describe('not absence at all', () => {
  it('counselling, PPT, organised study, pupil council, agreed meetings and exams change nothing', () => {
    const codes = ['counselling', 'assessment_ppt', 'organised_study', 'pupil_council', 'agreed_meeting', 'apprenticeship_interview', 'exam'];
    const s = status(codes.map((c, i) => nth(i, { status: 'F', ...documented(c) })));
    expect(s.percent).toBe(0);
    expect(s.notAbsence.lessons).toBe(codes.length);
  });
});

describe('the forecast at the current rate', () => {
  it('with the planned lessons known, finds the lesson date on which the pupil would go above 10 % and 15 %', () => {
    // 4 absent of 8 held: a rate of one half. Ten more planned lessons of 45 minutes, one a day from 2 December.
    const marks = [...absent(4), ...Array.from({ length: 4 }, (_, i) => nth(4 + i))];
    const upcoming = Array.from({ length: 30 }, (_, i) => ({ date: `2026-12-${String(2 + i).padStart(2, '0')}`, period: 1, durationMinutes: 45 }));
    const s = status(marks, { upcoming: upcoming.filter((l) => l.date <= '2026-12-31') });
    expect(s.forecast.basis).toBe('upcoming_lessons');
    expect(s.forecast.rate).toBe(0.5);
    // Counted 180; above 450 needs more than 270, i.e. 13 lessons at 22.5 minutes each: the 13th is on 14 December.
    expect(s.forecast.crossesLimitOn).toBe('2026-12-14');
    expect(s.forecast.crossesDiscretionOn).toBe('2026-12-24');
  });

  it('without the planned lessons, spreads the hours the subject still has to give evenly to the year\'s end', () => {
    const marks = [...absent(4), ...Array.from({ length: 4 }, (_, i) => nth(4 + i))];
    const s = status(marks);
    expect(s.forecast.basis).toBe('even_pace');
    // 4,500 - 360 held = 4,140 minutes to come at one half: 180 + 2,070 = 2,250 = 50 %.
    expect(s.forecast.projectedPercent).toBe(50);
    expect(s.forecast.projectedZone).toBe('over');
    expect(s.forecast.crossesLimitOn! > '2026-12-01').toBe(true);
    expect(s.forecast.crossesLimitOn! < s.forecast.crossesDiscretionOn!).toBe(true);
    expect(s.forecast.crossesDiscretionOn! <= SCHOOL_YEAR.to).toBe(true);
  });

  it('does not forecast a crossing for a pupil never absent, or one already above the line', () => {
    expect(status([nth(0), nth(1)]).forecast).toMatchObject({ rate: 0, projectedPercent: 0, crossesLimitOn: null });
    expect(status(absent(12)).forecast.crossesLimitOn).toBeNull();
  });
});

describe('marks from before the rules we describe', () => {
  it('are judged by the first version, and the result says so', () => {
    const s = subjectLimitStatus({
      ...limitInput([mark('2025-06-02', 1, 'F')]),
      asOf: '2025-06-10',
      schoolYear: { from: '2024-08-19', to: '2025-06-20' },
    });
    expect(s.beforeKnownRules).toBe(true);
    expect(s.counted.lessons).toBe(1);
    expect(RULES.versions[0]?.appliesFrom).toBe('2025-08-01');
  });

  it('count a reason code the rules in force on its date do not know, and name it', () => {
    const s = status(absent(1, documented('made_up_code')));
    expect(s.counted.lessons).toBe(1);
    expect(s.unknownReasons).toEqual(['made_up_code']);
  });
});
