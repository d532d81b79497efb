import { describe, expect, it } from 'vitest';
import { canWithdraw, checkNotice, mayReportFor } from './notices.js';

const today = '2026-11-23';
const ok = { kind: 'absence' as const, fromDate: today, toDate: today, reasonCode: 'health_self_reported' };

describe('a notice of absence from home', () => {
  it('may be for today', () => expect(checkNotice(ok, today)).toEqual([]));
  it('may be for days to come, or some lessons only', () => {
    expect(checkNotice({ ...ok, fromDate: '2026-11-25', toDate: '2026-11-26', periods: [1, 2] }, today)).toEqual([]);
  });
  it('may not be for a day already past', () => {
    expect(checkNotice({ ...ok, fromDate: '2026-11-20' }, today)).toEqual([{ path: 'body.fromDate', key: 'notices.inThePast' }]);
  });
  it('must end on or after the day it starts', () => {
    expect(checkNotice({ ...ok, toDate: '2026-11-22' }, today)[0]?.key).toBe('notices.toBeforeFrom');
  });
  it('spans at most 60 days', () => {
    expect(checkNotice({ ...ok, toDate: '2027-01-21' }, today)).toEqual([]);
    expect(checkNotice({ ...ok, toDate: '2027-01-22' }, today)[0]?.key).toBe('notices.tooLong');
  });
  it('names the same lesson only once', () => {
    expect(checkNotice({ ...ok, periods: [2, 2] }, today)[0]?.key).toBe('notices.periodTwice');
  });
  it('gives a reason the home may give, not a medical note', () => {
    expect(checkNotice({ ...ok, reasonCode: 'health_medical_note' }, today)[0]?.key).toBe('notices.reasonNotAllowed');
  });
});

describe('a leave request', () => {
  const leave = { kind: 'leave_request' as const, fromDate: '2026-12-01', toDate: '2026-12-02', reasonCode: 'family_reasons' };
  it('is sent ahead of the first day', () => {
    expect(checkNotice(leave, today)).toEqual([]);
    expect(checkNotice({ ...leave, fromDate: today }, today)[0]?.key).toBe('notices.leaveAhead');
  });
});

describe('withdrawing a notice', () => {
  it('is possible until its first day has passed, while nobody has decided it', () => {
    expect(canWithdraw({ status: 'submitted', fromDate: today }, today)).toBe(true);
    expect(canWithdraw({ status: 'submitted', fromDate: '2026-11-22' }, today)).toBe(false);
    expect(canWithdraw({ status: 'approved', fromDate: '2026-12-01' }, today)).toBe(false);
  });
});

describe('who reports for a pupil', () => {
  const adultFrom2026 = (birthDate: string, day: string) => Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4)) >= 18;
  it('guardians while the pupil is under 18', () => {
    expect(mayReportFor({ self: false, birthDate: '2012-01-01' }, today, adultFrom2026)).toBe(true);
    expect(mayReportFor({ self: false, birthDate: '2008-01-01' }, today, adultFrom2026)).toBe(false);
  });
  it('the pupil from 18, and not before', () => {
    expect(mayReportFor({ self: true, birthDate: '2008-01-01' }, today, adultFrom2026)).toBe(true);
    expect(mayReportFor({ self: true, birthDate: '2012-01-01' }, today, adultFrom2026)).toBe(false);
  });
});
