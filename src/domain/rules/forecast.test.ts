import { describe, expect, it } from 'vitest';
import { forecastPolicy, project } from './forecast.js';
import { getPreset } from './presets.js';
import { schoolDayIndex } from './school-days.js';
import { AUTUMN, CALENDAR, Pupil, schoolDaysOf } from './test-school.js';

const index = schoolDayIndex(CALENDAR);
const TERM = { from: AUTUMN.startsOn, to: AUTUMN.endsOn };
// 2 November is the 50th of the autumn term's 84 school days: 34 remain.
const AS_OF = '2026-11-02';

describe('the forecast of a count', () => {
  const rule = { measure: 'singleLessons', comparison: 'atLeast', threshold: 10 } as const;

  it('extrapolates the rate so far to the end of the window', () => {
    const forecast = project(rule, { value: 5, part: null, base: null }, TERM, AS_OF, index);
    expect(forecast).toMatchObject({ elapsedSchoolDays: 50, remainingSchoolDays: 34, crossed: false, margin: 5 });
    expect(forecast.projectedAtEnd).toBeCloseTo(5 + (5 * 34) / 50);
  });

  it('finds the school day the threshold is reached at that rate', () => {
    // 10 in 50 days is one every 5 school days: the 15th reaches 15 after 25 more school days.
    const forecast = project({ ...rule, threshold: 15 }, { value: 10, part: null, base: null }, TERM, AS_OF, index);
    expect(forecast.crossesOn).toBe(schoolDaysOf('2026-11-03', AUTUMN.endsOn)[24]);
    expect(forecast.margin).toBe(5);
  });

  it('says when the threshold will not be reached within the window', () => {
    expect(project({ ...rule, threshold: 20 }, { value: 10, part: null, base: null }, TERM, AS_OF, index).crossesOn).toBeNull();
    expect(project(rule, { value: 0, part: null, base: null }, TERM, AS_OF, index)).toMatchObject({ crossesOn: null, projectedAtEnd: 0, margin: 10 });
  });

  it('needs one more than the threshold for "more than"', () => {
    expect(project({ ...rule, comparison: 'moreThan' }, { value: 10, part: null, base: null }, TERM, AS_OF, index)).toMatchObject({ crossed: false, margin: 1 });
  });

  it('has nothing to add once the threshold is met', () => {
    expect(project(rule, { value: 12, part: null, base: null }, TERM, AS_OF, index)).toMatchObject({ crossed: true, crossesOn: null, margin: 0 });
  });
});

describe('the forecast of a percentage', () => {
  const rule = { measure: 'absencePercent', comparison: 'atLeast', threshold: 10 } as const;

  it('stays where it is at a steady rate, and gives the absences that would reach the threshold by the end', () => {
    // 20 of 250 lessons (8 %); 34 more school days at 5 a day is 170 lessons, 420 in all: 42 absences make 10 %.
    const forecast = project(rule, { value: 8, part: 20, base: 250 }, TERM, AS_OF, index);
    expect(forecast).toMatchObject({ projectedAtEnd: 8, crossesOn: null, crossed: false, margin: 22 });
  });

  it('asks for one lesson more than the exact share with "more than"', () => {
    expect(project({ ...rule, comparison: 'moreThan' }, { value: 8, part: 20, base: 250 }, TERM, AS_OF, index).margin).toBe(23);
  });
});

describe('forecastPolicy', () => {
  it('forecasts the rules whose calendar windows are still running, per subject where the rule is', () => {
    const days = schoolDaysOf(AUTUMN.startsOn, AS_OF);
    const marks = new Pupil(AUTUMN.startsOn, AS_OF).absentPeriodOn(days.slice(0, 5), 2).marks();
    const forecasts = forecastPolicy(getPreset('lyngen'), { marks, calendar: CALENDAR, asOf: AS_OF });
    expect(forecasts.map((f) => [f.rule, f.window.from, f.window.to])).toEqual([
      ['ten-percent-term', AUTUMN.startsOn, AUTUMN.endsOn],
      ['ten-single-lessons-term', AUTUMN.startsOn, AUTUMN.endsOn],
      ['late-arrivals-month', '2026-11-01', '2026-11-30'],
    ]);
    // Five single lessons in 50 days: the tenth after 50 more, past the end of the term.
    expect(forecasts[1]).toMatchObject({ value: 5, crossesOn: null, margin: 5 });
    expect(forecasts[1]?.projectedAtEnd).toBeCloseTo(8.4);

    const troms = forecastPolicy(getPreset('troms-vgs'), { marks, calendar: CALENDAR, asOf: AS_OF });
    expect(troms.filter((f) => f.rule === 'ten-percent-subject').map((f) => f.subject)).toEqual(['ENG', 'MAT', 'NAT', 'NOR', 'SAM']);
    // Rolling, one-day and first-day windows are not forecast.
    expect(troms.some((f) => f.rule === 'absence-without-notice' || f.rule === 'first-day-no-show')).toBe(false);
  });
});
