import { describe, expect, it } from 'vitest';
import { parseCalendar, parseCalendarJson } from './calendar-schema.js';
import { evaluatePolicy } from './evaluate.js';
import { getPreset } from './presets.js';
import { Pupil } from './test-school.js';

const file = {
  startsOn: '2026-08-19',
  endsOn: '2027-06-18',
  terms: [
    { name: 'Haust', startsOn: '2026-08-19', endsOn: '2026-12-18' },
    { name: 'Vår', startsOn: '2027-01-04', endsOn: '2027-06-18' },
  ],
  holidays: [{ name: 'Haustferie', startsOn: '2026-10-05', endsOn: '2026-10-09', kind: 'autumn_break' }],
};

describe('a calendar file', () => {
  it('becomes the school calendar the rules use', () => {
    const result = parseCalendar(file);
    expect(result).toMatchObject({
      ok: true,
      calendar: { name: '2026/27', startYear: 2026, terms: [{ kind: 'autumn', name: 'Haust' }, { kind: 'spring' }], holidays: [{ kind: 'autumn_break' }] },
    });
  });

  it("moves the school's own holidays into the due dates", () => {
    const result = parseCalendar(file);
    if (!result.ok) throw new Error('invalid');
    const pupil = new Pupil('2026-08-19', '2026-10-02', 5, result.calendar).absentDays(['2026-09-02', '2026-09-03', '2026-09-04', '2026-09-07', '2026-09-08']);
    const [concern] = evaluatePolicy(getPreset('troms-vgs'), { marks: pupil.marks(), calendar: result.calendar, asOf: '2026-10-02' }).filter((c) => c.rule === 'five-days-term');
    // Five school days from Friday 2 October, with this school's autumn break the week after.
    expect(concern?.dueBy).toBe('2026-10-16');
  });

  it('refuses impossible dates and terms outside the year, with the path', () => {
    const result = parseCalendar({ ...file, holidays: [{ name: 'Fri', startsOn: '2027-02-30', endsOn: '2027-02-30' }] });
    expect(result.ok ? [] : result.problems).toEqual([
      { path: 'holidays[0].startsOn', message: 'is not a day in the calendar' },
      { path: 'holidays[0].endsOn', message: 'is not a day in the calendar' },
    ]);
    const overlapping = parseCalendar({ ...file, terms: [file.terms[0], { name: 'Vår', startsOn: '2026-12-01', endsOn: '2027-06-18' }] });
    expect(overlapping.ok ? [] : overlapping.problems).toEqual([{ path: 'terms[1].startsOn', message: 'must be after the autumn term ends' }]);
  });

  it('gives the line and column of a syntax error', () => {
    expect(parseCalendarJson('{\n "startsOn": 2026-08-19\n}')).toMatchObject({ ok: false, problems: [{ line: 2, column: 18 }] });
  });
});
