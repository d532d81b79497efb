import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RECORD_TYPES, isAllowedRetention, recordTypes, retentionCutoff, retentionMonths } from './retention.js';

describe('retention per record type', () => {
  it('uses the owner’s months when set, the default otherwise', () => {
    expect(retentionMonths('absence_notices', {})).toBe(RECORD_TYPES.absence_notices.defaultMonths);
    expect(retentionMonths('absence_notices', { absence_notices: 24 })).toBe(24);
  });

  it('every default lies within its own bounds', () => {
    for (const type of recordTypes) expect(isAllowedRetention(type, RECORD_TYPES[type].defaultMonths), type).toBe(true);
  });

  it('refuses months outside the bounds, exactly at each end', () => {
    const { minMonths, maxMonths } = RECORD_TYPES.notifications;
    expect(isAllowedRetention('notifications', minMonths - 1)).toBe(false);
    expect(isAllowedRetention('notifications', minMonths)).toBe(true);
    expect(isAllowedRetention('notifications', maxMonths)).toBe(true);
    expect(isAllowedRetention('notifications', maxMonths + 1)).toBe(false);
    expect(isAllowedRetention('notifications', 12.5)).toBe(false);
  });

  it('keeps a record for whole months from its date, in Norwegian time', () => {
    // 00:30 on 2 December in Oslo is still 1 December in UTC.
    expect(retentionCutoff(new Date('2026-12-01T23:30:00Z'), 12)).toBe('2025-12-02');
    expect(retentionCutoff(new Date('2026-03-31T10:00:00Z'), 1)).toBe('2026-02-28');
  });

  it('a longer retention never deletes more', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }), fc.integer({ min: 1, max: 119 }), (now, months) => {
        expect(retentionCutoff(now, months + 1) <= retentionCutoff(now, months)).toBe(true);
      }),
    );
  });
});
