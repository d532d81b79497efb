// Consent to interdisciplinary collaboration (the form kit's «Tverrfaglig
// samtykkeerklæring», seeds/001): which services may share what, given by
// whom and when, until the case is closed or the consent is withdrawn. An
// outside service on the case's team sees the case only while a consent in
// force names its service.
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

/** What the school records: the form as the family filled it in. */
const consentFields = {
  services: z.array(z.strictObject({ service: z.enum(CONSENT_SERVICES), detail: text(200).optional() })).min(1),
  information: z.array(z.enum(CONSENT_INFORMATION)).min(1),
  /** What the family does not want shared, or not with a particular service. */
  restrictions: text(2000).optional(),
  decision: z.enum(['given', 'refused']),
  givenBy: z.array(z.strictObject({ name: text(200), as: z.enum(['guardian', 'pupil']) })).min(1).max(4),
  givenOn: dateSchema,
  collectedBy: z.strictObject({ name: text(200), workplace: text(200) }),
};

const noServiceTwice = (services: readonly { service: string }[], ctx: z.RefinementCtx) => {
  services.forEach((s, i) => {
    if (services.findIndex((o) => o.service === s.service) !== i) ctx.addIssue({ code: 'custom', path: ['services', i, 'service'], message: 'followup:validation.duplicate' });
  });
};

/** A consent recorded in a case (`POST /api/followup-cases/:id/consents`). */
export const newConsentSchema = z.strictObject(consentFields).superRefine((consent, ctx) => noServiceTwice(consent.services, ctx));
export type NewConsent = z.output<typeof newConsentSchema>;

export const consentSchema = z
  .strictObject({
    id: z.string().min(1).max(100),
    caseId: z.string().min(1).max(100),
    ...consentFields,
    withdrawnOn: dateSchema.optional(),
  })
  .superRefine((consent, ctx) => {
    noServiceTwice(consent.services, ctx);
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

/** A consent as the case page shows it: who recorded it, who withdrew it, and whether it is in force today. */
export const consentViewSchema = z.object({
  consent: consentSchema,
  recordedBy: z.string(),
  withdrawnBy: z.string().optional(),
  inForce: z.boolean(),
});
export type ConsentView = z.output<typeof consentViewSchema>;

/**
 * The outside services on the team that a consent in force lets see the case
 * today: a member whose service no such consent names sees nothing, and a
 * withdrawal takes effect on the day it is recorded.
 */
export function membersWithConsent(
  members: readonly { userId: string; role: string; service?: string | null }[],
  consents: readonly Consent[],
  on: string,
): string[] {
  const named = new Set(consents.filter((c) => consentInForce(c, on)).flatMap((c) => c.services.map((s) => s.service as string)));
  return members.filter((m) => m.role === 'outsideService' && m.service != null && named.has(m.service)).map((m) => m.userId);
}
