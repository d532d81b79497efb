import { describe, expect, it } from 'vitest';
import type { Documentation } from '../figures/types.js';
import { classifyMark, countsBeforeLimit, type MarkClass } from './classify.js';
import { subjectLimitStatus } from './limit.js';
import { absent, limitInput, RULES } from './test-support.js';

// Each reason as the regulation treats it, with the section that says so. A
// lesson is absent (F) on 1 September 2026, documented as the row says.
const TABLE: [code: string | null, documentation: Documentation, counts: boolean, MarkClass, section: string][] = [
  [null, 'undocumented', true, 'counts', 'opplæringsforskrifta § 9-8 første ledd: absence without a reason counts'],
  ['health_self_reported', 'reported', true, 'health', '§ 9-8 andre ledd a og tredje ledd: health absence counts until 10 %'],
  ['health_medical_note', 'documented', true, 'health', '§ 9-8 tredje ledd: documented health absence counts until 10 % too'],
  ['leave_granted', 'documented', true, 'counts', '§ 9-8 første ledd: leave is not a listed reason'],
  ['family_reasons', 'reported', true, 'counts', '§ 9-8 første ledd: family matters that are not welfare count'],
  ['welfare', 'documented', false, 'exempt', '§ 9-8 andre ledd bokstav b: welfare reasons'],
  ['welfare', 'reported', true, 'counts', '§ 9-8 andre ledd: an exempt reason needs documentation'],
  ['religious_holiday', 'documented', false, 'exempt', '§ 9-8 andre ledd bokstav c: religious holidays (two days)'],
  ['legal_appearance', 'documented', false, 'exempt', '§ 9-8 andre ledd bokstav d: legally required appearance'],
  ['political_or_union_work', 'documented', false, 'exempt', '§ 9-8 andre ledd bokstav e og f: elected representative, political work'],
  ['voluntary_work', 'documented', false, 'exempt', '§ 9-8 andre ledd bokstav g: relief work'],
  ['traffic_safety_course', 'documented', false, 'exempt', '§ 9-8 andre ledd bokstav h: safety courses for class B'],
  ['driving_test', 'documented', false, 'exempt', '§ 9-8 andre ledd bokstav h: the class B driving test'],
  ['school_representation', 'documented', false, 'exempt', '§ 9-8 andre ledd bokstav i: representation at national or international level'],
  ['counselling', 'documented', false, 'not_absence', 'Udir, rundskriv om fraværsgrensen 3.2: counselling is not absence'],
  ['assessment_ppt', 'documented', false, 'not_absence', 'Udir 3.2: assessment by PPT or Statped is not absence'],
  ['organised_study', 'documented', false, 'not_absence', 'Udir 3.2: organised study agreed beforehand is not absence'],
  ['pupil_council', 'documented', false, 'not_absence', 'Udir 3.2: pupil council work approved by the school is not absence'],
  ['agreed_meeting', 'documented', false, 'not_absence', 'Udir 3.2: an agreed meeting with staff is not absence'],
  ['apprenticeship_interview', 'documented', false, 'not_absence', 'Udir 3.2: an interview for an apprenticeship is not absence'],
  ['exam', 'documented', false, 'not_absence', 'Udir 3.2: a special, new or postponed exam is not absence'],
  ['privatist_exam_subject_choice', 'documented', false, 'not_absence', 'Udir 3.2: a private exam in the ordinary choice of subjects'],
  ['other', 'reported', true, 'counts', '§ 9-8 første ledd: other reasons count'],
];

describe('which absence counts toward the limit, reason by reason', () => {
  const counts = countsBeforeLimit(RULES);
  it.each(TABLE)('%s (%s): counts %s, %s — %s', (code, documentation, expected, cls) => {
    const mark = absent(1, { reasonCode: code, documentation })[0] as ReturnType<typeof absent>[number];
    expect(classifyMark(mark, RULES).class).toBe(cls);
    expect(counts(mark)).toBe(expected);
    expect(subjectLimitStatus(limitInput([mark])).counted.lessons).toBe(expected ? 1 : 0);
  });

  it('names every reason code of the rules in force in the table', () => {
    const inTable = new Set(TABLE.map((row) => row[0]));
    const current = RULES.versions[0]?.categories.map((c) => c.code) ?? [];
    for (const code of current) expect(inTable.has(code), code).toBe(true);
  });

  it('never counts presence, late arrival or organised study, whatever reason they carry', () => {
    for (const status of ['M', 'S', 'O'] as const) {
      const mark = absent(1, { status, reasonCode: null })[0] as ReturnType<typeof absent>[number];
      expect(counts(mark)).toBe(false);
    }
  });
});

describe('the rules in force on the mark\'s date', () => {
  it('the school health service is not absence from 1 August 2026 (§ 9-9 fifth paragraph as amended)', () => {
    const before = { date: '2026-06-15', status: 'F' as const, documentation: 'documented' as const, reasonCode: 'school_health_service' };
    const after = { ...before, date: '2026-08-20' };
    expect(classifyMark(before, RULES)).toMatchObject({ class: 'counts', unknownReason: true });
    expect(classifyMark(after, RULES)).toMatchObject({ class: 'not_absence', unknownReason: false });
  });

  it('one predicate for many marks gives the same answer as asking mark by mark, across a change of version', () => {
    const counts = countsBeforeLimit(RULES);
    const marks = ['2026-07-30', '2026-08-01', '2026-06-01', '2026-09-01'].map((date) => ({
      date,
      status: 'F' as const,
      documentation: 'documented' as const,
      reasonCode: 'school_health_service',
    }));
    expect(marks.map(counts)).toEqual([true, false, true, false]);
  });
});
