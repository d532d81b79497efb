import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../rules/index.js';
import { getPreset } from '../rules/index.js';
import { DEFAULT_UPPER_SECONDARY_SETTINGS, upperSecondarySettings } from './settings.js';

describe("an owner's upper-secondary settings", () => {
  it('are our defaults where the owner says nothing: 5 % at risk, 10 school days within the term, 4 weeks, 10 days unopened', () => {
    expect(upperSecondarySettings(undefined)).toEqual(DEFAULT_UPPER_SECONDARY_SETTINGS);
    expect(DEFAULT_UPPER_SECONDARY_SETTINGS).toMatchObject({
      atRiskPercent: 5,
      documentationDeadline: { within: { amount: 10, unit: 'school_days' }, notAfterTermEnd: true },
      complaintWindow: { within: { amount: 4, unit: 'weeks' }, extendToSchoolDay: true },
      unopenedAfterDays: 10,
      sendWarnings: 'automatic',
    });
  });

  it("take the owner's numbers where given and keep the defaults for the rest", () => {
    const s = upperSecondarySettings({ atRiskPercent: 4, complaintWindow: { amount: 3, unit: 'weeks' } });
    expect(s.atRiskPercent).toBe(4);
    expect(s.complaintWindow).toEqual({ within: { amount: 3, unit: 'weeks' }, extendToSchoolDay: true });
    expect(s.documentationDeadline).toEqual(DEFAULT_UPPER_SECONDARY_SETTINGS.documentationDeadline);
  });

  it('are part of the policy file, checked like the rest of it', () => {
    const policy = { ...getPreset('troms-vgs'), upperSecondary: { atRiskPercent: 5, sendWarnings: 'review', documentationDeadline: { amount: 2, unit: 'weeks' } } };
    const ok = parsePolicy(policy);
    expect(ok.ok).toBe(true);
    const bad = parsePolicy({ ...policy, upperSecondary: { atRiskPercent: 12, complaintWindow: { amount: 4, unit: 'months' }, sendWarning: 'review' } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      const paths = bad.problems.map((p) => p.path).join(' ');
      expect(paths).toMatch(/upperSecondary.*atRiskPercent/);
      expect(paths).toMatch(/complaintWindow.*unit/);
    }
  });
});
