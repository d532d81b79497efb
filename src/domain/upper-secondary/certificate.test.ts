import { describe, expect, it } from 'vitest';
import type { MarkForFigures } from '../figures/types.js';
import { day, NORWEGIAN } from '../figures/test-marks.js';
import { certificateAbsence, type CertificateInput } from './certificate.js';
import { documented, reported, RULES, SCHOOL_YEAR } from './test-support.js';

const input = (marks: MarkForFigures[], extra: Partial<CertificateInput> = {}): CertificateInput => ({
  marks,
  annualHoursBySubject: { [NORWEGIAN.subjectId]: 300 },
  rules: RULES,
  asOf: '2026-12-01',
  schoolYear: SCHOOL_YEAR,
  ...extra,
});
const cert = (marks: MarkForFigures[], extra: Partial<CertificateInput> = {}) => certificateAbsence(input(marks, extra));

// Monday 7 September 2026 onward; a weekend between Friday 11 and Monday 14.
const WEEK = ['2026-09-07', '2026-09-08', '2026-09-09', '2026-09-10', '2026-09-11', '2026-09-14', '2026-09-15'];

describe('absence on the certificate (opplæringsforskrifta § 9-53)', () => {
  it('records whole days and single hours apart, and never turns hours into days', () => {
    const c = cert([...day(WEEK[0]!, 'FFFF'), ...day(WEEK[1]!, 'MFFM'), ...day(WEEK[2]!, 'FMMM')]);
    expect(c.days).toEqual({ absent: 1, leftOff: 0, recorded: 1 });
    expect(c.hours).toEqual({ recorded: 2.25, lessons: 3 });
  });

  it('does not record lessons that are not absence at all, and they keep a day from being a whole day', () => {
    const marks = [...day(WEEK[0]!, 'FFF'), ...day(WEEK[0]!, 'F', documented('counselling')).map((m) => ({ ...m, period: 4 }))];
    const c = cert(marks);
    expect(c.days.absent).toBe(0);
    expect(c.hours).toEqual({ recorded: 2.25, lessons: 3 });
  });

  it('lets a whole day documented with a listed reason be left off, and not an undocumented one or leave', () => {
    const c = cert([...day(WEEK[0]!, 'FFFF', documented('legal_appearance')), ...day(WEEK[1]!, 'FFFF'), ...day(WEEK[2]!, 'FFFF', documented('leave_granted'))]);
    expect(c.wholeDays.map((d) => [d.date, d.mayBeLeftOff, d.leftOff])).toEqual([
      [WEEK[0], 'exempt', true],
      [WEEK[1], null, false],
      [WEEK[2], null, false],
    ]);
    expect(c.days).toEqual({ absent: 3, leftOff: 1, recorded: 2 });
  });

  it('lets health absence be left off only from the fourth day of a spell of more than three days', () => {
    const ill = documented('health_medical_note');
    const c = cert(WEEK.slice(0, 4).flatMap((d) => day(d, 'FFFF', ill)));
    expect(c.wholeDays.map((d) => d.mayBeLeftOff)).toEqual([null, null, null, 'health']);
    expect(cert(WEEK.slice(0, 3).flatMap((d) => day(d, 'FFFF', ill))).days.leftOff).toBe(0);
  });

  it('counts a spell over a weekend as consecutive school days', () => {
    const ill = documented('health_medical_note');
    const c = cert([WEEK[3]!, WEEK[4]!, WEEK[5]!, WEEK[6]!].flatMap((d) => day(d, 'FFFF', ill)));
    expect(c.wholeDays.map((d) => d.mayBeLeftOff)).toEqual([null, null, null, 'health']);
  });

  it('lets health absence be left off from the first day for a pupil with a documented higher risk', () => {
    const c = cert(WEEK.slice(0, 2).flatMap((d) => day(d, 'FFFF', reported('health_self_reported'))), { higherHealthRisk: true });
    expect(c.wholeDays.map((d) => d.leftOff)).toEqual([true, true]);
  });

  it('does not take a self-report as documentation once 10 % of the subject was reached', () => {
    // 10 annual hours: 10 % is one hour, reached by the first 45 + 45 minutes of self-reported illness.
    const marks = WEEK.slice(0, 5).flatMap((d) => day(d, 'FF', reported('health_self_reported')));
    const c = cert(marks, { annualHoursBySubject: { [NORWEGIAN.subjectId]: 10 } });
    expect(c.wholeDays.map((d) => d.mayBeLeftOff)).toEqual([null, null, null, null, null]);
  });

  it('leaves off at most ten days, those the pupil asks for, and says why the others are refused', () => {
    const dates = Array.from({ length: 12 }, (_, i) => `2026-10-${String(12 + i).padStart(2, '0')}`);
    const marks = [...dates.flatMap((d) => day(d, 'FF', documented('school_representation'))), ...day('2026-11-02', 'MF')];
    expect(cert(marks).days).toEqual({ absent: 12, leftOff: 10, recorded: 2 });
    const asked = cert(marks, { requested: [...dates.slice(2), '2026-11-02', dates[0]!] });
    expect(asked.wholeDays.filter((d) => d.leftOff).map((d) => d.date)).toEqual(dates.slice(2));
    expect(asked.refused).toEqual([
      { date: '2026-11-02', why: 'not_a_whole_day' },
      { date: dates[0], why: 'over_maximum' },
    ]);
  });
});
