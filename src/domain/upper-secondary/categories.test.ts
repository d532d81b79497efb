import { describe, expect, it } from 'vitest';
import bundled from '../../../presets/regulation/absence-categories.json' with { type: 'json' };
import { absenceRules, allCodes, currentVersion, parseAbsenceRules, versionOn } from './categories.js';

const clone = () => structuredClone(bundled) as typeof bundled & { versions: Record<string, unknown>[] };

describe('the bundled category data (presets/regulation/absence-categories.json)', () => {
  it('is valid, and every version names the section each reason rests on in both regulations', () => {
    const rules = absenceRules();
    for (const v of rules.versions) {
      for (const c of v.categories) {
        expect(c.basis.public, c.code).toMatch(/opplæringsforskrifta|opplæringslova/);
        expect(c.basis.private, c.code).toMatch(/privatskoleforskrifta|privatskolelova/);
      }
    }
  });

  it('starts with the rules in force from 1 August 2025, and adds the school health service from 1 August 2026', () => {
    const rules = absenceRules();
    expect(rules.versions.map((v) => v.appliesFrom)).toEqual(['2025-08-01', '2026-08-01']);
    expect(versionOn(rules, '2026-07-31').version.byCode.has('school_health_service')).toBe(false);
    expect(currentVersion(rules, '2026-12-01').byCode.get('school_health_service')?.limit).toBe('not_absence');
    // The inherited list keeps its order: the new code comes right after counselling.
    const codes = currentVersion(rules, '2026-12-01').categories.map((c) => c.code);
    expect(codes[codes.indexOf('counselling') + 1]).toBe('school_health_service');
  });

  it('keeps the codes the reference data of migration 0001 seeded', () => {
    const seeded = ['health_self_reported', 'health_medical_note', 'leave_granted', 'family_reasons', 'school_representation', 'political_or_union_work', 'voluntary_work', 'religious_holiday', 'legal_appearance', 'driving_test', 'counselling', 'assessment_ppt', 'pupil_council', 'exam', 'other'];
    const codes = allCodes(absenceRules());
    for (const code of seeded) expect(codes, code).toContain(code);
  });

  it('gives the 10 % limit, the principal\'s 15 % and the ten certificate days', () => {
    const v = currentVersion(absenceRules(), '2026-12-01');
    expect(v.limit).toMatchObject({ percent: 10, discretionPercent: 15, of: 'annual_hours' });
    expect(v.certificate).toMatchObject({ maxDaysLeftOff: 10, healthLeftOffFromDay: 4 });
  });
});

describe('a categories file with mistakes', () => {
  it('is refused with the place of each problem', () => {
    const file = clone();
    (file.versions[0] as { categories: { limit: string }[] }).categories[0]!.limit = 'maybe';
    const result = parseAbsenceRules(file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/^versions\.0/);
  });

  it('refuses versions out of date order, a version inheriting one that is not there, and a code listed twice', () => {
    const outOfOrder = clone();
    outOfOrder.versions[1]!.appliesFrom = '2025-01-01';
    expect(parseAbsenceRules(outOfOrder).ok).toBe(false);

    const orphan = clone();
    orphan.versions[1]!.inherits = '2024-08-01';
    expect(parseAbsenceRules(orphan)).toMatchObject({ ok: false, problems: [expect.stringMatching(/inherits/)] });

    const twice = clone();
    (twice.versions[1] as { addCategories: { code: string }[] }).addCategories[0]!.code = 'exam';
    expect(parseAbsenceRules(twice)).toMatchObject({ ok: false, problems: [expect.stringMatching(/exam is there already/)] });
  });

  it('refuses an unknown field rather than ignoring it', () => {
    const file = clone();
    (file.versions[0] as Record<string, unknown>).threshhold = 12;
    expect(parseAbsenceRules(file).ok).toBe(false);
  });

  it('can remove and change codes in a later version, keeping the rest', () => {
    const file = clone();
    file.versions.push({
      appliesFrom: '2027-08-01',
      amendedBy: 'an imagined revision',
      inherits: '2026-08-01',
      removeCategories: ['driving_test'],
      changeCategories: [{ ...(bundled.versions[0]!.categories!.find((c) => c.code === 'leave_granted') as object), limit: 'exempt_when_documented' }],
    });
    const result = parseAbsenceRules(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const v = versionOn(result.rules, '2027-09-01').version;
    expect(v.byCode.has('driving_test')).toBe(false);
    expect(v.byCode.get('leave_granted')?.limit).toBe('exempt_when_documented');
    expect(v.byCode.has('school_health_service')).toBe(true);
  });
});
