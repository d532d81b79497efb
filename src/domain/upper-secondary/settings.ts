// An owner's settings for the upper-secondary absence limit: the `upperSecondary`
// block of the owner's policy (docs/policies.md). None of these numbers is the
// regulation's: the regulation names no level for "at risk", no documentation
// deadline and no window for contesting a mark (docs/upper-secondary-absence.md),
// so the owner sets them and we ship defaults.
import { z } from 'zod';
import { DEFAULT_COMPLAINT_WINDOW, DEFAULT_DOCUMENTATION_DEADLINE, type ComplaintWindowPolicy, type DocumentationDeadlinePolicy } from './deadlines.js';
import { DEFAULT_WARNING_POLICY, UNOPENED_AFTER_DAYS } from './warnings.js';

const UNITS = ['school_days', 'calendar_days', 'weeks'] as const;

const amount = z.number({ error: 'must be a number' }).int({ error: 'must be a whole number' }).min(0, { error: 'must be 0 or more' }).max(365, { error: 'must be at most 365' });
const unit = z.enum(UNITS, { error: `must be one of: ${UNITS.join(', ')}` });

export const upperSecondarySettingsSchema = z.strictObject({
  /** At this share of a subject's annual hours counted, the pupil is at risk and is warned (§ 9-7). */
  atRiskPercent: z.number({ error: 'must be a number' }).min(0.5, { error: 'must be at least 0.5' }).max(10, { error: 'must be at most 10 (the limit itself)' }).optional(),
  /** How long after a lesson its absence can be documented. */
  documentationDeadline: z
    .strictObject({ amount, unit, notAfterTermEnd: z.boolean({ error: 'must be true or false' }).optional() })
    .optional(),
  /** How long after a lesson the pupil may contest its mark. */
  complaintWindow: z.strictObject({ amount, unit, extendToSchoolDay: z.boolean({ error: 'must be true or false' }).optional() }).optional(),
  /** A warning not opened after this many days is shown to the leadership. */
  unopenedAfterDays: z.number({ error: 'must be a number' }).int({ error: 'must be a whole number' }).min(1).max(60).optional(),
  /** automatic: the daily job sends the warnings due; review: they wait for the leadership to send them. */
  sendWarnings: z.enum(['automatic', 'review'], { error: 'must be "automatic" or "review"' }).optional(),
});

export type UpperSecondarySettingsInput = z.output<typeof upperSecondarySettingsSchema>;

export interface UpperSecondarySettings {
  atRiskPercent: number;
  documentationDeadline: DocumentationDeadlinePolicy;
  complaintWindow: ComplaintWindowPolicy;
  unopenedAfterDays: number;
  sendWarnings: 'automatic' | 'review';
}

export const DEFAULT_UPPER_SECONDARY_SETTINGS: UpperSecondarySettings = {
  atRiskPercent: DEFAULT_WARNING_POLICY.atRiskPercent,
  documentationDeadline: DEFAULT_DOCUMENTATION_DEADLINE,
  complaintWindow: DEFAULT_COMPLAINT_WINDOW,
  unopenedAfterDays: UNOPENED_AFTER_DAYS,
  sendWarnings: 'automatic',
};

/** The settings in force: the owner's where given, our defaults elsewhere. */
export function upperSecondarySettings(input: UpperSecondarySettingsInput | undefined): UpperSecondarySettings {
  const d = DEFAULT_UPPER_SECONDARY_SETTINGS;
  if (input === undefined) return d;
  return {
    atRiskPercent: input.atRiskPercent ?? d.atRiskPercent,
    documentationDeadline: input.documentationDeadline
      ? {
          within: { amount: input.documentationDeadline.amount, unit: input.documentationDeadline.unit },
          notAfterTermEnd: input.documentationDeadline.notAfterTermEnd ?? d.documentationDeadline.notAfterTermEnd,
        }
      : d.documentationDeadline,
    complaintWindow: input.complaintWindow
      ? {
          within: { amount: input.complaintWindow.amount, unit: input.complaintWindow.unit },
          extendToSchoolDay: input.complaintWindow.extendToSchoolDay ?? d.complaintWindow.extendToSchoolDay,
        }
      : d.complaintWindow,
    unopenedAfterDays: input.unopenedAfterDays ?? d.unopenedAfterDays,
    sendWarnings: input.sendWarnings ?? d.sendWarnings,
  };
}
