import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  SCHOOL_DAYS_PER_YEAR,
  addDaysTo,
  easterSunday,
  holidayOn,
  isPlainDate,
  isSchoolDay,
  isoWeekday,
  mondayOfIsoWeek,
  norwegianSchoolYear,
  schoolDays,
  schoolYearStartYearFor,
} from './school-calendar.js';

const year2026 = norwegianSchoolYear(2026);
const holiday = (kind: string, calendar = year2026) => calendar.holidays.filter((h) => h.kind === kind);

describe('Easter Sunday', () => {
  it.each([
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('falls in %i on %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  it('is always a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2999 }), (year) => {
        const easter = easterSunday(year);
        expect(isoWeekday(easter)).toBe(7);
        expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`).toBe(true);
      }),
    );
  });
});

describe('the Norwegian school year 2026/27', () => {
  it('is named by both years and runs from mid-August to about 20 June', () => {
    expect(year2026.name).toBe('2026/27');
    // Monday of ISO week 34 is 17 August; 191 days by the rules, so one start day goes to planning.
    expect(mondayOfIsoWeek(2026, 34)).toBe('2026-08-17');
    expect(year2026.startsOn).toBe('2026-08-18');
    // 20 June 2027 is a Sunday.
    expect(year2026.endsOn).toBe('2027-06-18');
  });

  it('has the autumn break in ISO week 40 and the winter break in ISO week 8, Monday to Friday', () => {
    expect(holiday('autumn_break')).toEqual([
      { name: 'Høstferie', kind: 'autumn_break', startsOn: '2026-09-28', endsOn: '2026-10-02' },
    ]);
    expect(holiday('winter_break')).toEqual([
      { name: 'Vinterferie', kind: 'winter_break', startsOn: '2027-02-22', endsOn: '2027-02-26' },
    ]);
  });

  it('breaks for Christmas after the last weekday on or before 20 December and is back on the first weekday from 2 January', () => {
    expect(holiday('christmas')).toEqual([
      { name: 'Juleferie', kind: 'christmas', startsOn: '2026-12-21', endsOn: '2027-01-01' },
    ]);
    expect(isSchoolDay(year2026, '2026-12-18')).toBe(true);
    // 2 January 2027 is a Saturday.
    expect(isSchoolDay(year2026, '2027-01-04')).toBe(true);
    expect(year2026.terms).toEqual([
      { name: 'Høsthalvåret 2026', kind: 'autumn', startsOn: '2026-08-18', endsOn: '2026-12-18' },
      { name: 'Vårhalvåret 2027', kind: 'spring', startsOn: '2027-01-04', endsOn: '2027-06-18' },
    ]);
  });

  it('has Easter from the Monday after Palm Sunday through Easter Monday', () => {
    expect(holiday('easter')).toEqual([
      { name: 'Påskeferie', kind: 'easter', startsOn: '2027-03-22', endsOn: '2027-03-29' },
    ]);
    expect(isSchoolDay(year2026, '2027-03-19')).toBe(true);
    expect(isSchoolDay(year2026, '2027-03-30')).toBe(true);
  });

  it('keeps public holidays that fall on weekdays and outside the breaks', () => {
    // 1 May 2027 is a Saturday; Whit Monday (17 May) coincides with Constitution Day.
    expect(holiday('public_holiday').map((h) => [h.name, h.startsOn])).toEqual([
      ['Kristi himmelfartsdag', '2027-05-06'],
      ['Grunnlovsdagen (17. mai)', '2027-05-17'],
    ]);
    expect(holiday('planning_day').map((h) => h.startsOn)).toEqual(['2027-05-07']);
  });

  it('has 190 school days', () => {
    expect(schoolDays(year2026)).toHaveLength(SCHOOL_DAYS_PER_YEAR);
  });
});

describe('school years in general', () => {
  it('keep 1 May, Ascension Day and Whit Monday when they fall on weekdays', () => {
    const year2025 = norwegianSchoolYear(2025);
    expect(holiday('public_holiday', year2025).map((h) => h.startsOn)).toEqual(['2026-05-01', '2026-05-14', '2026-05-25']);
    // 17 May 2026 is a Sunday.
    expect(isSchoolDay(year2025, '2026-05-18')).toBe(true);
  });

  it('end a day earlier in the rare year with a day to spare (2007/08: Ascension Day on 1 May, 17 May a Saturday)', () => {
    const year2007 = norwegianSchoolYear(2007);
    expect(year2007.startsOn).toBe('2007-08-22');
    expect(year2007.endsOn).toBe('2008-06-19');
    expect(year2007.terms[1].endsOn).toBe('2008-06-19');
    expect(schoolDays(year2007)).toHaveLength(SCHOOL_DAYS_PER_YEAR);
  });

  it('have 188 to 190 school days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2200 }), (startYear) => {
        const days = schoolDays(norwegianSchoolYear(startYear));
        expect(days.length).toBeGreaterThanOrEqual(188);
        expect(days.length).toBeLessThanOrEqual(SCHOOL_DAYS_PER_YEAR);
      }),
      { numRuns: 60 },
    );
  });

  it('start Monday to Wednesday of ISO week 34 and end on a weekday between 16 and 20 June', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2200 }), (startYear) => {
        const calendar = norwegianSchoolYear(startYear);
        expect(calendar.startsOn >= mondayOfIsoWeek(startYear, 34)).toBe(true);
        expect(calendar.startsOn <= addDaysTo(mondayOfIsoWeek(startYear, 34), 2)).toBe(true);
        expect(calendar.endsOn >= `${startYear + 1}-06-16` && calendar.endsOn <= `${startYear + 1}-06-20`).toBe(true);
        expect(isoWeekday(calendar.endsOn)).toBeLessThanOrEqual(5);
      }),
    );
  });

  it('have holidays in order that never overlap and lie inside the year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2200 }), (startYear) => {
        const calendar = norwegianSchoolYear(startYear);
        calendar.holidays.forEach((h, i) => {
          expect(h.endsOn >= h.startsOn).toBe(true);
          expect(h.startsOn > calendar.startsOn && h.endsOn < calendar.endsOn).toBe(true);
          const next = calendar.holidays[i + 1];
          if (next) expect(next.startsOn > h.endsOn).toBe(true);
        });
      }),
    );
  });

  it('list school days that are sorted, unique weekdays outside every holiday', () => {
    const day = fc
      .integer({ min: 0, max: 400 })
      .map((offset) => addDaysTo('2026-08-01', offset));
    fc.assert(
      fc.property(fc.integer({ min: 1995, max: 2150 }), day, day, (startYear, a, b) => {
        const calendar = norwegianSchoolYear(startYear);
        const shift = (d: string) => addDaysTo(d, (startYear - 2026) * 365);
        const [from, to] = a <= b ? [shift(a), shift(b)] : [shift(b), shift(a)];
        const days = schoolDays(calendar, from, to);
        expect(new Set(days).size).toBe(days.length);
        expect([...days].sort()).toEqual(days);
        for (const d of days) {
          expect(isoWeekday(d)).toBeLessThanOrEqual(5);
          expect(holidayOn(calendar, d)).toBeUndefined();
          expect(d >= from && d <= to).toBe(true);
          expect(d >= calendar.startsOn && d <= calendar.endsOn).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('agree between isSchoolDay and schoolDays', () => {
    const calendar = norwegianSchoolYear(2025);
    const listed = new Set(schoolDays(calendar));
    for (let d = '2025-08-01'; d <= '2026-07-01'; d = addDaysTo(d, 1)) {
      expect(isSchoolDay(calendar, d)).toBe(listed.has(d));
    }
  });
});

describe('the school year a date belongs to', () => {
  it.each([
    ['2026-08-17', 2026],
    ['2026-08-16', 2025],
    ['2026-07-01', 2025],
    ['2026-12-31', 2026],
    ['2027-01-01', 2026],
    ['2027-06-30', 2026],
  ])('%s belongs to the school year starting in %i', (day, expected) => {
    expect(schoolYearStartYearFor(day)).toBe(expected);
  });

  it('refuses what is not a plain date', () => {
    expect(() => schoolYearStartYearFor('17.08.2026')).toThrow(/YYYY-MM-DD/);
    expect(() => schoolYearStartYearFor('2026-02-30')).toThrow(/YYYY-MM-DD/);
    expect(isPlainDate('2028-02-29')).toBe(true);
    expect(isPlainDate('2027-02-29')).toBe(false);
  });
});
