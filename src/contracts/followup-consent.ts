// Consent to interdisciplinary collaboration (the form kit's «Tverrfaglig
// samtykkeerklæring», seeds/001): which services may share what, given by
// whom and when, until the case is closed or the consent is withdrawn. The
// access work builds on this record; here it is what the consent form shows.
import { z } from 'zod';

const dateSchema = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);

export const CONSENT_SERVICES = [
  'school',
  'healthService',
  'ppt',
  'childWelfare',
  'gp',
  'psychologist',
  'bup',
  'specialistHealth',
  'mentalHealthAndSubstance',
  'nav',
  'physioOt',
  'coordinatingUnit',
  'leisure',
  'other',
] as const;
export type ConsentService = (typeof CONSENT_SERVICES)[number];

export const CONSENT_INFORMATION = ['health', 'social', 'school', 'assessments'] as const;

export const consentSchema = z
  .strictObject({
    id: z.string().min(1).max(100),
    caseId: z.string().min(1).max(100),
    services: z.array(z.strictObject({ service: z.enum(CONSENT_SERVICES), detail: text(200).optional() })).min(1),
    information: z.array(z.enum(CONSENT_INFORMATION)).min(1),
    /** What the family does not want shared, or not with a particular service. */
    restrictions: text(2000).optional(),
    decision: z.enum(['given', 'refused']),
    givenBy: z.array(z.strictObject({ name: text(200), as: z.enum(['guardian', 'pupil']) })).min(1),
    givenOn: dateSchema,
    collectedBy: z.strictObject({ name: text(200), workplace: text(200) }),
    withdrawnOn: dateSchema.optional(),
  })
  .superRefine((consent, ctx) => {
    if (consent.withdrawnOn !== undefined && consent.withdrawnOn < consent.givenOn) ctx.addIssue({ code: 'custom', path: ['withdrawnOn'], message: 'followup:validation.endBeforeStart' });
  });
export type Consent = z.output<typeof consentSchema>;

/** Whether the consent lets the services share on a day: given, and not withdrawn by then. */
export const consentInForce = (consent: Consent, on: string): boolean =>
  consent.decision === 'given' && consent.givenOn <= on && (consent.withdrawnOn === undefined || on < consent.withdrawnOn);

/** Who signs: the guardians under 15, the guardians and the pupil from 15, the pupil alone from 18 (the form kit; the age of majority). */
export function consentSigners(age: number): ('guardian' | 'pupil')[] {
  if (age >= 18) return ['pupil'];
  return age >= 15 ? ['guardian', 'pupil'] : ['guardian'];
}
