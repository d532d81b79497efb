import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bootstrapMean, wilsonInterval } from './uncertainty.js';
import { attendanceAround, measureEffects } from './measure-effect.js';

describe('Wilson score interval', () => {
  it('matches the published values', () => {
    // 0 of 10 and 5 of 10 (e.g. Newcombe 1998, method 3).
    expect(wilsonInterval(0, 10)!.low).toBe(0);
    expect(wilsonInterval(0, 10)!.high).toBeCloseTo(0.2775, 4);
    expect(wilsonInterval(5, 10)!.low).toBeCloseTo(0.2366, 4);
    expect(wilsonInterval(5, 10)!.high).toBeCloseTo(0.7634, 4);
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('always holds the share and stays within 0 and 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, p) => {
        const k = Math.round(p * n);
        const i = wilsonInterval(k, n)!;
        expect(i.low).toBeGreaterThanOrEqual(0);
        expect(i.high).toBeLessThanOrEqual(1);
        expect(i.low).toBeLessThanOrEqual(k / n + 1e-12);
        expect(i.high).toBeGreaterThanOrEqual(k / n - 1e-12);
      }),
    );
  });
});

describe('bootstrap interval of a mean', () => {
  it('is the same every time for the same values', () => {
    const values = [1, 4, -2, 8, 3, 0, 5];
    expect(bootstrapMean(values)).toEqual(bootstrapMean(values));
  });

  it('holds the mean and narrows with more cases', () => {
    const few = bootstrapMean([2, -1, 4, 0, 6, 3])!;
    const many = bootstrapMean(Array.from({ length: 600 }, (_, i) => [2, -1, 4, 0, 6, 3][i % 6]!))!;
    expect(few.low).toBeLessThanOrEqual(few.mean);
    expect(few.high).toBeGreaterThanOrEqual(few.mean);
    expect(many.mean).toBeCloseTo(few.mean, 10);
    expect(many.high - many.low).toBeLessThan((few.high - few.low) / 4);
  });

  it('gives no interval without values and a point for one value', () => {
    expect(bootstrapMean([])).toBeNull();
    expect(bootstrapMean([3])).toMatchObject({ mean: 3, low: 3, high: 3 });
  });
});

describe('attendance around a measure', () => {
  const days = Array.from({ length: 40 }, (_, i) => ({ date: `2026-10-${String(i + 1).padStart(2, '0')}`, held: 6, present: i < 20 ? 3 : 6 }));

  it('takes the school days before the day and from it on', () => {
    const around = attendanceAround(days.slice(0, 30), '2026-10-21', 10);
    expect(around).toEqual({ before: { held: 60, present: 30 }, after: { held: 60, present: 60 }, daysBefore: 10, daysAfter: 10 });
  });

  it('shows nothing for a kind with fewer than five cases, and the mean change with its interval otherwise', () => {
    const obs = (kind: string, before: number, after: number) => ({ kind, before: { held: 100, present: before }, after: { held: 100, present: after } });
    const effects = measureEffects([
      ...[60, 70, 80, 75, 65].map((b) => obs('dayPlan', b, b + 10)),
      obs('transport', 50, 90),
      obs('transport', 50, 90),
    ]);
    const day = effects.find((e) => e.kind === 'dayPlan')!;
    expect(day.cases).toBe(5);
    expect(day.before).toBeCloseTo(70);
    expect(day.after).toBeCloseTo(80);
    expect(day.change!.mean).toBeCloseTo(10, 9);
    expect(day.change!.low).toBeCloseTo(10, 9);
    expect(day.change!.high).toBeCloseTo(10, 9);
    expect(effects.find((e) => e.kind === 'transport')).toEqual({ kind: 'transport', cases: 2, before: null, after: null, change: null });
  });
});
