// The documents' words, checked on the document model without drawing a PDF.
import { describe, expect, it } from 'vitest';
import { locales } from '../../contracts/locale.js';
import { pageLabel, type Block, type DocumentModel } from './document-model.js';
import { invitationDocument } from './invitation-document.js';
import { conversationMinutesDocument, meetingMinutesDocument } from './minutes-document.js';
import { agreementDocument } from './agreement-document.js';
import { actionPlanDocument } from './action-plan-document.js';
import { consentDocument } from './consent-document.js';
import { agreement, causeMappings, consent, context, conversation, conversationGuide, lyngenCase, meeting } from './sample-records.js';

const textOf = (model: DocumentModel): string =>
  [
    model.title,
    model.subtitle ?? '',
    model.dateLine,
    ...model.blocks.flatMap((b: Block) => {
      switch (b.kind) {
        case 'heading':
        case 'paragraph':
          return [b.text];
        case 'facts':
          return b.rows.flat();
        case 'list':
          return b.items;
        case 'table':
          return [...b.header, ...b.rows.flat()];
        case 'checklist':
          return b.items.map((i) => `${i.checked ? '[x]' : '[ ]'} ${i.text}`);
        case 'signatures':
          return [b.title ?? '', ...b.lines.map((l) => l.label)];
      }
    }),
  ].join('\n');

const all = () => {
  const plan = lyngenCase();
  return (locale: (typeof locales)[number]) => ({
    invitation: invitationDocument(context(locale, '2026-09-28'), meeting(locale), { staircaseName: plan.staircase.name[locale] }),
    minutes: meetingMinutesDocument(context(locale), meeting(locale)),
    conversation: conversationMinutesDocument(context(locale), conversation, conversationGuide()),
    agreement: agreementDocument(context(locale), agreement),
    actionPlan: actionPlanDocument(context(locale), { ...plan, agreement, causeMappings }),
    consent: consentDocument(context(locale), consent, 13),
  });
};

describe('the documents a school sends', () => {
  const documents = all();

  it.each(locales)('every document has the school, the date, the pupil and the confidentiality marking (%s)', (locale) => {
    for (const model of Object.values(documents(locale))) {
      expect(model.letterhead).toMatchObject({ school: 'Fjordvik skole', owner: 'Fjordvik kommune' });
      expect(model.letterhead.marking).toMatch(/offl|Freedom of Information/);
      expect(textOf(model)).toContain('Nora Åsheim Hansen');
      expect(pageLabel(model.footer.page, 1, 3)).toBe({ nb: 'Side 1 av 3', nn: 'Side 1 av 3', en: 'Page 1 of 3' }[locale]);
    }
  });

  it('writes dates as Norwegian letters do', () => {
    expect(documents('nb').agreement.dateLine).toBe('Fjordvik, 29. oktober 2026');
    expect(documents('en').agreement.dateLine).toBe('Fjordvik, 29 October 2026');
    expect(textOf(documents('nn').invitation)).toContain('8. oktober 2026 kl. 14.00–15.00');
  });

  it('the invitation has the time, the place, who is invited and the agenda in order', () => {
    const text = textOf(documents('nb').invitation);
    expect(text).toContain('Møterom 2, 2. etasje');
    expect(text).toContain('Ingrid Moe (helsesykepleier)');
    const agenda = documents('nb').invitation.blocks.find((b) => b.kind === 'list' && b.ordered);
    expect(agenda).toMatchObject({ items: [expect.stringMatching(/^Informasjon fra skolen/), expect.stringMatching(/^Kartlegging/), expect.any(String), expect.stringMatching(/^Oppsummering/)] });
  });

  it('the minutes have the pupil\'s voice in its own part, the decisions and who was absent', () => {
    const text = textOf(documents('nb').minutes);
    expect(text).toContain('Elevens stemme');
    expect(text).toContain('Jeg vil ikke skifte sammen med de andre.');
    expect(text).toContain('Meldt forfall');
    expect(text).toContain('Bjørn Hansen (foresatt)');
    expect(textOf(documents('nn').minutes)).toContain('Stemma til eleven');
  });

  it('the conversation minutes show the guide\'s questions with the answers', () => {
    const text = textOf(documents('en').conversation);
    expect(text).toContain('How are things for you at school, and in your free time?');
    expect(text).toContain('Garderoben før kroppsøving');
  });

  it('the agreement lists measures for school, home, pupil, others and plan B, and lines to sign', () => {
    const model = documents('nb').agreement;
    const headings = model.blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text);
    expect(headings).toEqual(expect.arrayContaining(['Skole', 'Hjem', 'Elev', 'Andre', 'Plan B', 'Dagsplan: mandag til fredag']));
    const signatures = model.blocks.filter((b) => b.kind === 'signatures');
    expect(signatures[0]).toMatchObject({ lines: [{ label: 'Skole' }, { label: 'Foresatte' }, { label: 'Elev' }, { label: 'Andre' }] });
  });

  it('an evaluated agreement shows each measure\'s judgement and the chosen way forward', () => {
    const model = documents('nb').agreement;
    expect(model.subtitle).toBe('Versjon 2');
    const text = textOf(model);
    expect(text).toContain('Gjennomført: Delvis');
    expect(text).toContain('[x] Tiltakene videreføres');
    expect(text).toContain('[ ] Saken tas til tverrfaglig drøfting');
    const first = agreementDocument(context('nb'), agreement, 1);
    expect(textOf(first)).not.toContain('Gjennomført');
  });

  it('the action plan shows why the case was opened, the causes, and each deadline with when it was done', () => {
    const text = textOf(documents('nb').actionPlan);
    expect(text).toContain('10 % fravær fra undervisningen i terminen: 10,4 % (grensen er 10 %)');
    expect(text).toContain('Søvnproblemer: 70 %');
    expect(text).toContain('1. Samtale med elev og foresatte');
    expect(text).toContain('24.09.2026');
    expect(text).toContain('Nåværende trinn: 3. Team rundt eleven');
  });

  it('the consent form ticks the services and information chosen, and says it can be withdrawn', () => {
    const text = textOf(documents('nb').consent);
    expect(text).toContain('[x] PPT');
    expect(text).toContain('[ ] Barneverntjenesten');
    expect(text).toContain('[x] Fastlege: Fjordvik legesenter');
    expect(text).toContain('[x] Jeg/vi samtykker til');
    expect(text).toContain('trekkes tilbake når som helst');
    expect(text).toContain('14. mars 2013');
  });

  it('the consent is signed by the guardians under 15, by the pupil too from 15, and by the pupil alone from 18', () => {
    const lines = (age: number) => (consentDocument(context('nb'), consent, age).blocks.find((b) => b.kind === 'signatures') as { lines: { label: string }[] }).lines.map((l) => l.label);
    expect(lines(13)).toEqual(['Foresatt', 'Foresatt']);
    expect(lines(16)).toEqual(['Foresatt', 'Foresatt', 'Elev']);
    expect(lines(18)).toEqual(['Elev']);
  });

  it('the minutes and the action plan end with lines to sign, the writer and the contact teacher named', () => {
    const signatures = (model: DocumentModel) => model.blocks.filter((b) => b.kind === 'signatures');
    expect(signatures(documents('nb').minutes)).toEqual([expect.objectContaining({ title: 'Referatet er lest og godkjent', lines: [{ label: 'Referent', name: expect.any(String) }, { label: 'Foresatte' }] })]);
    expect(signatures(documents('nn').conversation)).toEqual([expect.objectContaining({ lines: [{ label: 'Referent' }, { label: 'Føresette' }] })]);
    expect(signatures(documents('en').actionPlan)).toEqual([
      expect.objectContaining({ title: 'The plan is reviewed and approved', lines: [{ label: 'Contact teacher', name: expect.any(String) }, { label: 'School leadership' }, { label: 'Guardians' }] }),
    ]);
  });

  it('leaves no catalogue key untranslated', () => {
    for (const locale of locales) {
      for (const model of Object.values(documents(locale))) expect(textOf(model)).not.toMatch(/\b(documents|roles|parties|causes|judgements)\.[a-zA-Z]+/);
    }
  });
});
