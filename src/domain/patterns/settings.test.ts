import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../rules/parse-policy.js';
import { DEFAULT_PATTERN_SETTINGS, patternSettingsSchema, resolvePatternSettings } from './settings.js';

const policy = (patterns: unknown) => ({
  id: 'own',
  version: 1,
  name: 'Own',
  source: { title: 'Our routine', publisher: 'Us' },
  rules: [
    {
      id: 'ten-percent-term',
      name: '10 %',
      measure: 'absencePercent',
      window: { kind: 'term' },
      comparison: 'atLeast',
      threshold: 10,
      trigger: { level: 'concern', notify: ['contactTeacher'], actWithin: 'sameDay' },
    },
  ],
  patterns,
});

describe("the owner's pattern settings", () => {
  it('are all optional: none at all gives the defaults', () => {
    expect(patternSettingsSchema.parse({})).toEqual({});
    expect(resolvePatternSettings(undefined)).toEqual(DEFAULT_PATTERN_SETTINGS);
    expect(resolvePatternSettings({})).toEqual(DEFAULT_PATTERN_SETTINGS);
  });

  it('change only what the owner gives', () => {
    const settings = resolvePatternSettings({ significance: 0.01, weekday: { minDays: 6 }, rising: { enabled: false } });
    expect(settings.significance).toBe(0.01);
    expect(settings.weekday).toEqual({ ...DEFAULT_PATTERN_SETTINGS.weekday, minDays: 6 });
    expect(settings.rising.enabled).toBe(false);
    expect(settings.subject).toEqual(DEFAULT_PATTERN_SETTINGS.subject);
  });

  it('are a section of the policy, where a policy without it stays valid', () => {
    const result = parsePolicy(policy({ longAbsence: { minSchoolDays: 5 } }));
    expect(result.ok && result.policy.patterns).toEqual({ longAbsence: { minSchoolDays: 5 } });
    const without = policy(undefined);
    delete (without as Record<string, unknown>).patterns;
    expect(parsePolicy(without).ok).toBe(true);
  });

  it('refuse what cannot be meant, each problem with its path and a reason', () => {
    const result = parsePolicy(
      policy({
        weekday: { minDays: 2, timesUsal: 3 },
        singleDays: { minDays: 40, withinSchoolDays: 30 },
        subject: { minPercent: 120 },
        rising: { recentWeeks: 8 },
        lateArrivals: { enabled: 'yes' },
        significance: 0.2,
        holidays: {},
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.path}: ${p.message}`).sort()).toEqual(
      [
        'patterns.holidays: is not a field here; check the spelling, or remove it',
        'patterns.lateArrivals.enabled: must be true or false',
        'patterns.significance: must be at most 0.05 (one in twenty)',
        'patterns.subject.minPercent: is a percentage: must be at most 100',
        'patterns.weekday.minDays: must be at least 3',
        'patterns.weekday.timesUsal: is not a field here; check the spelling, or remove it',
      ].sort(),
    );
  });

  it('refuse counts that cannot fit their span', () => {
    const spans = patternSettingsSchema.safeParse({ singleDays: { minDays: 40 }, lateArrivals: { minLateDays: 25 }, rising: { recentWeeks: 8 } });
    expect(spans.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).sort()).toEqual([
      'lateArrivals.minLateDays: must not be above withinSchoolDays (20)',
      'rising.recentWeeks: must be below minWeeks (8): there must be earlier weeks to compare with',
      'singleDays.minDays: must not be above withinSchoolDays (30)',
    ]);
  });
});
