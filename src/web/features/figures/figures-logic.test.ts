// The pure parts of the figures pages: formats, the vgs levels, sorting.
import { describe, expect, it } from 'vitest';
import type { PupilFiguresRow } from '../../../contracts/figures';
import { backToOf } from './back-link-state';
import { formatterFor } from './format';
import { levelOf } from './levels';
import { defaultSort, nextSort, sortRows } from './sorting';

const limits = { alertPercent: 5, limitPercent: 10 };
const share = (absent: number, of: number) => ({ absent, of, percent: of === 0 ? 0 : (absent * 100) / of });

function row(familyName: string, absent: number, worstUndocumented: number | null): PupilFiguresRow {
  return {
    pupil: { id: crypto.randomUUID(), givenName: 'A', familyName, className: '2STA' },
    held: 100,
    absent,
    percent: absent,
    undocumented: share(0, 100),
    reported: share(0, 100),
    documented: share(absent, 100),
    wholeDays: 0,
    schoolDays: 20,
    singleLessons: absent,
    singleLessonHours: absent * 0.75,
    lateArrivals: 0,
    lateMinutes: 0,
    worstSubject:
      worstUndocumented === null
        ? null
        : { subjectCode: 'MAT', subjectName: 'Matematikk', undocumented: share(worstUndocumented, 100) },
  };
}

describe('formats', () => {
  it('writes Norwegian dates and decimal commas, English dates and points', () => {
    // Intl puts a no-break space before «%», so the sign never wraps to a line of its own.
    const nb = { ...formatterFor('nb'), percent: (v: number) => formatterFor('nb').percent(v).replace('\u00a0', ' '), threshold: (v: number) => formatterFor('nb').threshold(v).replace('\u00a0', ' ') };
    expect(nb.day('2026-11-09')).toBe('man. 9. nov.');
    expect(nb.percent(5.6994)).toBe('5,7 %');
    expect(nb.threshold(10)).toBe('10 %');
    expect(nb.hours(3.5)).toBe('3,5');
    expect(nb.month('2026-10')).toBe('oktober 2026');
    expect(formatterFor('nn').day('2026-11-09')).toMatch(/^må\. 9\. nov\.$/);
    expect(formatterFor('en').percent(5.6994)).toBe('5.7%');
  });

  it('does not move a date across midnight in any time zone', () => {
    expect(formatterFor('nb').date('2026-08-18')).toBe('18. aug. 2026');
  });
});

describe('the vgs levels', () => {
  it('alerts at 5 % and is over the limit only above 10 %, on the exact number', () => {
    expect(levelOf(4.99, limits)).toBeNull();
    expect(levelOf(5, limits)).toBe('alert');
    expect(levelOf(10, limits)).toBe('alert');
    expect(levelOf(10.01, limits)).toBe('overLimit');
    expect(levelOf(50, null)).toBeNull();
  });
});

describe('sorting', () => {
  const fmt = formatterFor('nb');
  const rows = [row('Ås', 2, 4), row('Berg', 9, 12), row('Dahl', 1, 6), row('Ek', 20, null)];

  it('puts the pupils over a level first where the school is upper secondary', () => {
    const sorted = sortRows(rows, defaultSort(limits), limits, fmt).map((r) => r.pupil.familyName);
    expect(sorted).toEqual(['Berg', 'Dahl', 'Ås', 'Ek']);
  });

  it('sorts by name in Norwegian order elsewhere, and numbers biggest first on the first click', () => {
    expect(sortRows(rows, defaultSort(null), null, fmt).map((r) => r.pupil.familyName)).toEqual(['Berg', 'Dahl', 'Ek', 'Ås']);
    const byPercent = nextSort(defaultSort(null), 'percent');
    expect(byPercent).toEqual({ key: 'percent', direction: 'descending' });
    expect(sortRows(rows, byPercent, null, fmt).map((r) => r.percent)).toEqual([20, 9, 2, 1]);
    expect(nextSort(byPercent, 'percent').direction).toBe('ascending');
  });
});

describe('the way back from a pupil', () => {
  it('takes only a path inside the app and a text key', () => {
    const label = { ns: 'figures', key: 'mine.title', values: {} };
    expect(backToOf({ backTo: { path: '/mine-elever?periode=hosthalvar', label } })).toEqual({
      path: '/mine-elever?periode=hosthalvar',
      label,
    });
    expect(backToOf({ backTo: { path: '//evil.example', label } })).toBeNull();
    expect(backToOf({ backTo: { path: '/x', label: { ns: 'other', key: 'k', values: {} } } })).toBeNull();
    expect(backToOf(null)).toBeNull();
  });
});
