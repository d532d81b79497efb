// The consent form for interdisciplinary collaboration: which services may
// share what, given by whom and when, with the right to withdraw it, and lines
// to sign (the pupil too from 15, the pupil alone from 18).
import { CONSENT_INFORMATION, CONSENT_SERVICES, consentSigners, type Consent } from '../../contracts/followup-consent.js';
import type { Block, DocumentContext, DocumentModel } from './document-model.js';
import { documentFrame, longDate, pupilFacts, textsFor } from './texts.js';

export function consentDocument(ctx: DocumentContext, consent: Consent, pupilAge: number): DocumentModel {
  const t = textsFor(ctx.locale);
  const title = t('documents.consent.title');
  const picked = new Map(consent.services.map((s) => [s.service, s.detail]));
  const facts: [string, string][] = pupilFacts(ctx, t).filter(([label]) => label !== t('documents.contactTeacher'));
  if (ctx.pupil.birthDate) facts.splice(1, 0, [t('documents.dateOfBirth'), longDate(ctx.pupil.birthDate, ctx.locale)]);
  const signers = consentSigners(pupilAge);
  const blocks: Block[] = [
    { kind: 'facts', rows: facts },
    { kind: 'paragraph', text: t('documents.consent.intro') },
    { kind: 'heading', text: t('documents.consent.services') },
    {
      kind: 'checklist',
      items: CONSENT_SERVICES.map((service) => {
        const detail = picked.get(service);
        return { text: detail ? `${t(`consentServices.${service}`)}: ${detail}` : t(`consentServices.${service}`), checked: picked.has(service) };
      }),
    },
    { kind: 'heading', text: t('documents.consent.information') },
    { kind: 'checklist', items: CONSENT_INFORMATION.map((kind) => ({ text: t(`consentInformation.${kind}`), checked: consent.information.includes(kind) })) },
    ...(consent.restrictions ? [{ kind: 'heading' as const, text: t('documents.consent.restrictions') }, { kind: 'paragraph' as const, text: consent.restrictions }] : []),
    { kind: 'heading', text: t('documents.consent.decision') },
    {
      kind: 'checklist',
      items: [
        { text: t('documents.consent.given'), checked: consent.decision === 'given' },
        { text: t('documents.consent.refused'), checked: consent.decision === 'refused' },
      ],
    },
    { kind: 'paragraph', tone: 'strong', text: t('documents.consent.withdrawable') },
    ...(consent.withdrawnOn ? [{ kind: 'paragraph' as const, tone: 'strong' as const, text: t('documents.consent.withdrawnOn', { date: longDate(consent.withdrawnOn, ctx.locale) }) }] : []),
    {
      kind: 'facts',
      rows: [
        [t('documents.consent.givenBy'), consent.givenBy.map((p) => p.name).join(', ')],
        [t('documents.consent.givenOn'), longDate(consent.givenOn, ctx.locale)],
        [t('documents.consent.collectedBy'), `${consent.collectedBy.name}, ${consent.collectedBy.workplace}`],
      ],
    },
    {
      kind: 'signatures',
      lines: [
        ...(signers.includes('guardian') ? [{ label: t('documents.consent.guardianSignature') }, { label: t('documents.consent.guardianSignature') }] : []),
        ...(signers.includes('pupil') ? [{ label: t('documents.consent.pupilSignature'), name: ctx.pupil.name }] : []),
      ],
      placeAndDate: t('documents.placeDate'),
    },
    { kind: 'paragraph', tone: 'muted', text: t('documents.consent.pupilSigns') },
  ];
  return { kind: 'consent', title, ...documentFrame(ctx, t, title), blocks };
}
