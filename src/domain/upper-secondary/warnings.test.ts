import { describe, expect, it } from 'vitest';
import { subjectLimitStatus } from './limit.js';
import { absent, limitInput, nth } from './test-support.js';
import {
  atRisk,
  unopenedTooLong,
  warningsDue,
  warningRecipients,
  warningTimeliness,
  type Assessment,
  type SentWarning,
} from './warnings.js';

const HALF_YEAR: Assessment = { id: 'h1', kind: 'half_year', date: '2026-12-18', limitApplies: false };
const FINAL: Assessment = { id: 'final', kind: 'final', date: '2027-06-10', limitApplies: true };
const ASSESSMENTS = [FINAL, HALF_YEAR];

/** Present at enough lessons that the forecast stays under 10 %; absent from `n`. */
const withAbsence = (n: number, asOf = '2026-12-01') =>
  subjectLimitStatus(limitInput([...absent(n), ...Array.from({ length: 200 }, (_, i) => nth(n + i))], { asOf }));

describe('when the pupil is at risk of losing the grade', () => {
  it('from 5 % of the annual hours, above the limit, or when the forecast goes above it', () => {
    expect(atRisk(withAbsence(4))).toBeNull();
    expect(atRisk(withAbsence(5))).toBe('at_risk_share');
    expect(atRisk(withAbsence(11))).toBe('over_limit');
    expect(atRisk(subjectLimitStatus(limitInput([...absent(3), nth(3)])))).toBe('forecast_over_limit');
    expect(atRisk(withAbsence(5), { atRiskPercent: 7.5 })).toBeNull();
  });
});

describe('a warning is due', () => {
  it('before the half-year assessment, when at risk', () => {
    expect(warningsDue(withAbsence(6), ASSESSMENTS, [], '2026-12-01')).toEqual([{ subjectId: 'subj-nor', assessment: HALF_YEAR, because: 'at_risk_share' }]);
  });

  it('for the final assessment at once too, when the pupil is already above the limit that decides it', () => {
    expect(warningsDue(withAbsence(11), ASSESSMENTS, [], '2026-12-01').map((w) => w.assessment.id)).toEqual(['h1', 'final']);
  });

  it('never twice for the same subject and assessment', () => {
    const sent: SentWarning[] = [{ subjectId: 'subj-nor', assessmentId: 'h1', sentOn: '2026-11-20' }];
    expect(warningsDue(withAbsence(6), ASSESSMENTS, sent, '2026-12-01')).toEqual([]);
  });

  it('again before the final assessment, even when warned for the half-year', () => {
    const sent: SentWarning[] = [{ subjectId: 'subj-nor', assessmentId: 'h1', sentOn: '2026-11-20' }];
    expect(warningsDue(withAbsence(6, '2027-01-05'), ASSESSMENTS, sent, '2027-01-05')).toMatchObject([{ assessment: FINAL }]);
    const both = [...sent, { subjectId: 'subj-nor', assessmentId: 'final', sentOn: '2027-01-05' }];
    expect(warningsDue(withAbsence(6, '2027-01-05'), ASSESSMENTS, both, '2027-01-06')).toEqual([]);
  });

  it('not for a pupil not at risk, and not after the last assessment', () => {
    expect(warningsDue(withAbsence(2), ASSESSMENTS, [], '2026-12-01')).toEqual([]);
    expect(warningsDue(withAbsence(12, '2027-06-15'), ASSESSMENTS, [], '2027-06-15')).toEqual([]);
  });

  it('a warning for another subject does not count for this one', () => {
    const sent: SentWarning[] = [{ subjectId: 'subj-mat', assessmentId: 'h1', sentOn: '2026-11-20' }];
    expect(warningsDue(withAbsence(6), ASSESSMENTS, sent, '2026-12-01')).toHaveLength(1);
  });
});

describe('who gets the warning', () => {
  const guardians = [
    { id: 'mother', parentalResponsibility: true },
    { id: 'stepfather', parentalResponsibility: false },
  ];
  it('the pupil, and the guardians with parental responsibility while the pupil is under 18', () => {
    expect(warningRecipients({ id: 'p', birthDate: '2009-03-15' }, guardians, '2026-12-01')).toEqual([
      { kind: 'pupil', id: 'p' },
      { kind: 'guardian', id: 'mother' },
    ]);
  });

  it('from the 18th birthday, the pupil alone: never the guardians', () => {
    expect(warningRecipients({ id: 'p', birthDate: '2008-12-01' }, guardians, '2026-11-30')).toHaveLength(2);
    expect(warningRecipients({ id: 'p', birthDate: '2008-12-01' }, guardians, '2026-12-01')).toEqual([{ kind: 'pupil', id: 'p' }]);
  });
});

describe('whether the school warned in time', () => {
  const over = withAbsence(11);
  const crossedOn = over.crossed.limit?.date as string;
  it('in time when the warning went before the lesson that took the pupil above 10 %', () => {
    expect(warningTimeliness(over, FINAL, [{ subjectId: 'subj-nor', assessmentId: 'final', sentOn: '2026-08-31' }])).toBe('in_time');
  });
  it('late when it went on that day or after, missing when it never went, not needed within the limit', () => {
    expect(warningTimeliness(over, FINAL, [{ subjectId: 'subj-nor', assessmentId: 'final', sentOn: crossedOn }])).toBe('late');
    expect(warningTimeliness(over, FINAL, [])).toBe('missing');
    expect(warningTimeliness(withAbsence(10), FINAL, [])).toBe('not_needed');
  });
  it('a warning not opened after 10 days is shown to the leadership', () => {
    expect(unopenedTooLong({ sentOn: '2026-11-20', openedOn: null }, '2026-11-29')).toBe(false);
    expect(unopenedTooLong({ sentOn: '2026-11-20', openedOn: null }, '2026-11-30')).toBe(true);
    expect(unopenedTooLong({ sentOn: '2026-11-20', openedOn: '2026-11-21' }, '2026-12-30')).toBe(false);
  });
});
