import { describe, expect, it } from 'vitest';
import { percentOf, roundPercent, share } from './share.js';

describe('a percentage', () => {
  it('is 0 when there is nothing to be a share of', () => {
    expect(percentOf(0, 0)).toBe(0);
    expect(share(0, 0)).toEqual({ absent: 0, of: 0, percent: 0 });
  });

  it('is exact when it is a whole number, whatever the denominator', () => {
    for (const of of [10, 20, 30, 70, 100, 190, 570, 1140]) expect(percentOf(of / 10, of)).toBe(10);
    expect(percentOf(5, 100)).toBe(5);
    expect(percentOf(7, 140)).toBe(5);
  });

  it('keeps every decimal until it is shown', () => {
    expect(percentOf(1, 3)).toBe(100 / 3);
  });
});

describe('rounding a percentage for display', () => {
  it('gives one decimal by default', () => {
    expect(roundPercent(100 / 3)).toBe(33.3);
    expect(roundPercent(200 / 3)).toBe(66.7);
  });

  it('shows 9.96 % as 10 %, which is why thresholds compare the exact number', () => {
    expect(roundPercent(9.96)).toBe(10);
  });

  it('rounds halves up as they read in decimal', () => {
    expect(roundPercent(1.005, 2)).toBe(1.01);
    expect(roundPercent(2.25)).toBe(2.3);
    expect(roundPercent(0.5, 0)).toBe(1);
  });

  it('takes any number of decimals from 0 to 10, and refuses others', () => {
    expect(roundPercent(12.3456, 0)).toBe(12);
    expect(roundPercent(12.3456, 3)).toBe(12.346);
    expect(() => roundPercent(1, -1)).toThrow(RangeError);
    expect(() => roundPercent(1, 1.5)).toThrow(RangeError);
  });

  it('keeps 0 and whole numbers as they are, and rounds negatives symmetrically', () => {
    expect(roundPercent(0)).toBe(0);
    expect(roundPercent(10)).toBe(10);
    expect(roundPercent(-2.25)).toBe(-2.3);
    expect(Object.is(roundPercent(-0.01), 0)).toBe(true);
  });
});
