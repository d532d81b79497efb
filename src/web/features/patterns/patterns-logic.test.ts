import { describe, expect, it } from 'vitest';
import { calendarMonths, classifyDay } from './calendar-days';
import { strengthWord } from './describe';
import { percentTicks } from './ticks';
import { weekPoints } from './weeks';

const autumnBreak = { name: 'Høstferie', kind: 'autumn_break', startsOn: '2026-09-28', endsOn: '2026-10-02' };
const away = { date: '2026-09-21', held: 6, absent: 6, late: 0, documentation: 'reported' as const, whole: true };
const part = { date: '2026-09-22', held: 6, absent: 2, late: 1, documentation: 'undocumented' as const, whole: false };

describe('the calendar', () => {
  it('tells a holiday, a day to come, a day without lessons, and how much of a day was missed', () => {
    expect(classifyDay('2026-09-29', undefined, autumnBreak, '2026-11-30')).toBe('holiday');
    expect(classifyDay('2026-12-02', undefined, undefined, '2026-11-30')).toBe('future');
    expect(classifyDay('2026-09-23', undefined, undefined, '2026-11-30')).toBe('none');
    expect(classifyDay('2026-09-21', away, undefined, '2026-11-30')).toBe('whole');
    expect(classifyDay('2026-09-22', part, undefined, '2026-11-30')).toBe('partial');
    expect(classifyDay('2026-09-24', { ...part, absent: 0 }, undefined, '2026-11-30')).toBe('late');
  });

  it('lays out the months Monday to Friday, weeks numbered, from the first school day', () => {
    const months = calendarMonths('2026-08-18', '2026-10-09', [away, part], [autumnBreak], '2026-11-30');
    expect(months.map((m) => m.month)).toEqual(['2026-08', '2026-09', '2026-10']);
    const august = months[0]!;
    expect(august.weeks.map((w) => w.week)).toEqual([34, 35, 36]);
    // Monday 17 August is before the school year: an empty cell.
    expect(august.weeks[0]!.days[0]).toBeNull();
    expect(august.weeks[0]!.days[1]?.date).toBe('2026-08-18');
    const september = months[1]!;
    const week39 = september.weeks.find((w) => w.week === 39)!;
    expect(week39.days.map((d) => d?.kind)).toEqual(['whole', 'partial', 'none', 'none', 'none']);
    expect(september.weeks.find((w) => w.week === 40)!.days[0]?.kind).toBe('holiday');
  });
});

describe('the weeks of the weekly line', () => {
  it('has every week to the as-of day, the holiday week without a value but with its name', () => {
    const points = weekPoints('2026-08-18', '2026-10-07', [
      { monday: '2026-08-17', held: 24, absent: 0, days: 4 },
      { monday: '2026-09-21', held: 30, absent: 6, days: 5 },
      { monday: '2026-10-05', held: 18, absent: 3, days: 3 },
    ], [autumnBreak]);
    expect(points.map((p) => p.week)).toEqual([34, 35, 36, 37, 38, 39, 40, 41]);
    expect(points[0]).toMatchObject({ percent: 0, held: 24, holiday: null });
    expect(points[5]).toMatchObject({ monday: '2026-09-21', percent: 20 });
    expect(points[6]).toMatchObject({ monday: '2026-09-28', percent: null, holiday: autumnBreak });
    expect(points[1]).toMatchObject({ percent: null, holiday: null });
  });
});

describe('the words and the axes', () => {
  it('calls a pattern strong from a half, clear from a quarter', () => {
    expect([0.1, 0.25, 0.49, 0.5, 1].map(strengthWord)).toEqual(['weak', 'clear', 'clear', 'strong', 'strong']);
  });

  it('puts ticks at round percentages', () => {
    expect(percentTicks(12)).toEqual({ top: 15, ticks: [0, 5, 10, 15] });
    expect(percentTicks(38)).toEqual({ top: 40, ticks: [0, 10, 20, 30, 40] });
    expect(percentTicks(90).top).toBe(100);
  });
});
