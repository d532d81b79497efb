// The written warning before a grade is lost (opplæringsforskrifta § 9-7,
// privatskoleforskrifta § 6-7): when it is due, to whom it goes, whether the
// school warned in time.
//
// - Due as soon as it is clear that the pupil is at risk of not getting a
//   half-year assessment with a grade or a final grade in the subject (§ 9-7
//   first paragraph: "straks"). The regulation sets no number for "at risk";
//   the school sets it (`atRiskPercent`, default 5 % as the Troms routine's
//   alert), and a forecast above 10 % or a pupil already above it is at risk too.
// - One warning per subject and assessment: a pupil warned before the half-year
//   assessment is warned again before the final assessment if still at risk
//   (Udir's guidance), but never twice for the same assessment. Since 1 August
//   2025 the limit decides the final assessment, not the mid-year one, so a
//   pupil already above the limit (or heading above it) in the autumn is warned
//   for the final assessment at once.
// - To the pupil always; to the guardians (with parental responsibility) as
//   well while the pupil is under 18; from 18, never to the guardians.
// - Without a warning the pupil keeps the grade: § 10-5 sends a copy of the
//   warning with a complaint about a decision not to give a final grade.
import { isAdultOn } from '../age.js';
import type { LimitStatus } from './limit.js';

/**
 * An assessment of the subject in this school year. `limitApplies`: the absence
 * limit decides it (§ 9-8 first paragraph: the final grade, and the half-year
 * assessment at the end of the year in a subject that runs on). The mid-year
 * half-year assessment is not decided by the limit since 1 August 2025, but
 * large absence can leave the teacher without grounds for a grade (§ 9-1 fourth
 * paragraph), which also needs a warning.
 */
export interface Assessment {
  id: string;
  kind: 'half_year' | 'final';
  date: string;
  limitApplies: boolean;
}

export interface SentWarning {
  subjectId: string;
  assessmentId: string;
  /** 'YYYY-MM-DD' in Norway. */
  sentOn: string;
}

export interface WarningPolicy {
  /** At this share of the annual hours counted, the pupil is at risk. */
  atRiskPercent: number;
}

/** The Troms routine (seed 002) alerts at 5 % in a subject; the regulation names no number. */
export const DEFAULT_WARNING_POLICY: WarningPolicy = { atRiskPercent: 5 };

export type AtRiskBecause = 'over_limit' | 'forecast_over_limit' | 'at_risk_share';

/** Why the pupil is at risk in the subject, or null when not. */
export function atRisk(status: LimitStatus, policy: WarningPolicy = DEFAULT_WARNING_POLICY): AtRiskBecause | null {
  if (status.zone !== 'within') return 'over_limit';
  if (status.forecast.projectedZone !== 'within') return 'forecast_over_limit';
  if (status.percent >= policy.atRiskPercent) return 'at_risk_share';
  return null;
}

export interface WarningDue {
  subjectId: string;
  assessment: Assessment;
  because: AtRiskBecause;
}

/**
 * The warnings due today in the subject: for the next assessment not yet held,
 * when the pupil is at risk and has not been warned for it; and, when the risk
 * comes from the limit itself (above it, or heading above it) while the next
 * assessment is one the limit does not decide (the mid-year half-year
 * assessment), also for the next assessment the limit does decide: it is then
 * already clear that the final grade is at risk.
 */
export function warningsDue(
  status: LimitStatus,
  assessments: readonly Assessment[],
  sent: readonly SentWarning[],
  asOf: string,
  policy: WarningPolicy = DEFAULT_WARNING_POLICY,
): WarningDue[] {
  const because = atRisk(status, policy);
  if (because === null) return [];
  const ahead = assessments.filter((a) => a.date >= asOf).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const wanted: Assessment[] = [];
  const next = ahead[0];
  if (next !== undefined) wanted.push(next);
  const nextDecided = ahead.find((a) => a.limitApplies);
  if (because !== 'at_risk_share' && nextDecided !== undefined && nextDecided !== next) wanted.push(nextDecided);
  const warned = (a: Assessment) => sent.some((w) => w.subjectId === status.subjectId && w.assessmentId === a.id);
  return wanted.filter((a) => !warned(a)).map((assessment) => ({ subjectId: status.subjectId, assessment, because }));
}

export interface Guardian {
  id: string;
  parentalResponsibility: boolean;
}

export type Recipient = { kind: 'pupil'; id: string } | { kind: 'guardian'; id: string };

/** The pupil, and the guardians with parental responsibility while the pupil is under 18 on the day the warning goes. */
export function warningRecipients(pupil: { id: string; birthDate: string }, guardians: readonly Guardian[], on: string): Recipient[] {
  const recipients: Recipient[] = [{ kind: 'pupil', id: pupil.id }];
  if (isAdultOn(pupil.birthDate, on)) return recipients;
  for (const g of guardians) if (g.parentalResponsibility) recipients.push({ kind: 'guardian', id: g.id });
  return recipients;
}

/**
 * Whether the school warned in time for the assessment: before the lesson that
 * took the pupil above 10 % (in_time), only after it (late), or not at all
 * (missing); not_needed while the pupil is within the limit.
 */
export function warningTimeliness(
  status: LimitStatus,
  assessment: Assessment,
  sent: readonly SentWarning[],
): 'not_needed' | 'in_time' | 'late' | 'missing' {
  const crossed = status.crossed.limit;
  if (crossed === null) return 'not_needed';
  const warnings = sent.filter((w) => w.subjectId === status.subjectId && w.assessmentId === assessment.id).map((w) => w.sentOn).sort();
  const first = warnings[0];
  if (first === undefined) return 'missing';
  return first < crossed.date ? 'in_time' : 'late';
}

/** A warning delivered but not opened after this many days is shown to the leadership. */
export const UNOPENED_AFTER_DAYS = 10;

/** Whether a warning sent on `sentOn` and not opened is overdue for attention on `asOf`. */
export function unopenedTooLong(warning: { sentOn: string; openedOn: string | null }, asOf: string, days = UNOPENED_AFTER_DAYS): boolean {
  if (warning.openedOn !== null) return false;
  const ms = Date.UTC(+asOf.slice(0, 4), +asOf.slice(5, 7) - 1, +asOf.slice(8, 10)) - Date.UTC(+warning.sentOn.slice(0, 4), +warning.sentOn.slice(5, 7) - 1, +warning.sentOn.slice(8, 10));
  return ms / 86_400_000 >= days;
}
