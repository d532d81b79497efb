import { describe, expect, it } from 'vitest';
import { datedDeadlines } from './deadlines.js';
import { parsePolicy } from './parse-policy.js';
import { getPreset } from './presets.js';
import { CALENDAR } from './test-school.js';

describe('deadlines', () => {
  it('fall in the school year: August to December in its first year, January to July in the second', () => {
    const base = getPreset('national-default');
    const result = parsePolicy({
      ...base,
      deadlines: [
        { id: 'autumn', name: 'Autumn', before: '11-01', notify: ['leadership'] },
        { id: 'leap', name: 'Leap day', before: '02-29', remindSchoolDaysBefore: 0, notify: ['leadership'] },
      ],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(datedDeadlines(result.policy, CALENDAR)).toEqual([
      { id: 'autumn', name: 'Autumn', before: '2026-11-01', lastDay: '2026-10-30', remindFrom: '2026-10-16', notify: ['leadership'] },
      // 2027 has no 29 February: the deadline is before 1 March, and the winter break ends on 26 February.
      { id: 'leap', name: 'Leap day', before: '2027-03-01', lastDay: '2027-02-19', remindFrom: '2027-02-19', notify: ['leadership'] },
    ]);
  });
});
