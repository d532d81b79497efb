// One pupil's case at Fjordvik skole, written out as the records a contact
// teacher would make: for the document tests, and for looking at the PDFs.
// Test support only; nothing in the product imports it.
import type { Agreement } from '../../contracts/followup-agreement.js';
import type { Consent } from '../../contracts/followup-consent.js';
import type { CauseMapping } from '../../contracts/followup-mapping.js';
import type { Conversation, Meeting } from '../../contracts/followup-records.js';
import type { Locale } from '../../contracts/locale.js';
import { caseSchedule } from '../../domain/followup/case-schedule.js';
import { getConversationGuides } from '../../domain/followup/conversation-guides.js';
import { CaseLog } from '../../domain/followup/test-case.js';
import type { DocumentContext } from './document-model.js';

export const context = (locale: Locale, today = '2026-10-29'): DocumentContext => ({
  locale,
  school: { name: 'Fjordvik skole', ownerName: 'Fjordvik kommune', place: 'Fjordvik' },
  pupil: { name: 'Nora Åsheim Hansen', className: '8A', birthDate: '2013-03-14' },
  contactTeacher: 'Kari Larsen',
  today,
});

const kari = { name: 'Kari Larsen', role: 'contactTeacher' as const };
const eva = { name: 'Eva Åsheim', role: 'guardians' as const };
const bjorn = { name: 'Bjørn Hansen', role: 'guardians' as const };
const nora = { name: 'Nora Åsheim Hansen', role: 'pupil' as const };
const ingrid = { name: 'Ingrid Moe', role: 'nurse' as const };

export function meeting(locale: Locale): Meeting {
  const agenda = getConversationGuides().agendas[0]!;
  return {
    id: 'meeting-1',
    title: locale === 'en' ? 'Mapping meeting' : locale === 'nn' ? 'Kartleggingsmøte' : 'Kartleggingsmøte',
    invitation: {
      date: '2026-10-08',
      from: '14:00',
      to: '15:00',
      place: 'Møterom 2, 2. etasje',
      invited: [kari, eva, bjorn, nora, ingrid],
      message: agenda.message[locale],
      agenda: agenda.items.map((item) => ({ title: item.title[locale], ...(item.detail ? { detail: item.detail[locale] } : {}) })),
      sentOn: '2026-09-28',
    },
    minutes: {
      heldAt: '2026-10-08T12:00:00Z',
      present: [kari, eva, nora, ingrid],
      absent: [bjorn],
      items: [
        { title: 'Informasjon fra skolen', notes: 'Kari gikk gjennom fraværet: 11 % av timene i høsthalvåret, mest første time og på mandager. Skolen følger tiltakstrappen, og rektor er orientert.' },
        { title: 'Kartlegging', notes: 'Nora forteller at hun sover dårlig og gruer seg til kroppsøving, særlig garderoben. Mor bekrefter at morgenene er tunge. Årsakskartleggingen ble fylt ut hver for seg.' },
        { title: 'Spørsmål fra dere', notes: 'Mor spør om Nora kan slippe å dusje etter gymmen en periode. Skolen undersøker det til neste møte.' },
        { title: 'Oppsummering og veien videre', notes: 'Vi lager en samarbeidsavtale med tiltak for skole, hjem og Nora, og evaluerer om to uker.' },
      ],
      decisions: [
        { text: 'Kontaktlærer møter Nora ved porten kl. 08.15 hver morgen.', responsible: 'Kari Larsen', deadline: '2026-10-12' },
        { text: 'Nora får skifte i eget rom før kroppsøving.', responsible: 'Kari Larsen', deadline: '2026-10-13' },
        { text: 'Faste kveldsrutiner, mobilen på kjøkkenet fra kl. 22.', responsible: 'Eva Åsheim' },
      ],
      pupilVoice: { how: 'inPerson', text: 'Det er lettere å komme hvis noen venter på meg. Jeg vil ikke skifte sammen med de andre.' },
      nextMeeting: { date: '2026-10-22', from: '14:00' },
      writtenBy: kari,
    },
  };
}

export const conversation: Conversation = {
  id: 'conversation-1',
  at: '2026-09-24T11:30:00Z',
  with: 'pupilAndGuardians',
  participants: [kari, eva, nora],
  guideId: 'pupil-mapping',
  answers: [
    { questionId: 'thriving', answer: 'Trives med venninnene i klassen, men gruer seg til mandagene.' },
    { questionId: 'hard-at-school', answer: 'Garderoben før kroppsøving, og å bli spurt foran alle.' },
    { questionId: 'ideal-day', answer: 'Starte dagen rolig, gjerne med noen hun kjenner.' },
  ],
  pupilVoice: { how: 'inPerson', text: 'Jeg vil gjerne være på skolen, men morgenene er vanskelige.' },
  minutes: 'Kontaktlærer ringte mor og snakket med Nora samme dag som fraværet passerte 10 %. Vi ble enige om å møtes for å kartlegge årsakene og lage tiltak.',
  nextSteps: 'Møte med kartlegging innen en uke. Invitasjon sendes.',
};

export const conversationGuide = () => getConversationGuides().guides.find((g) => g.id === 'pupil-mapping')!;

const zero = { schoolFeelsHard: 0, fallingBehind: 0, otherActivity: 0, friendsAndBelonging: 0, mentalHealth: 0, physicalHealth: 0, sleep: 0, home: 0 };

export const causeMappings: CauseMapping[] = [
  {
    id: 'cm-pupil',
    at: '2026-10-08T12:30:00Z',
    perspective: 'pupil',
    scores: { ...zero, sleep: 70, schoolFeelsHard: 50, friendsAndBelonging: 10 },
    detail: { subjects: [{ subject: 'Kroppsøving' }], teachers: [], situations: [{ situation: 'peChanging' }, { situation: 'answerInClass' }], otherSituations: [] },
  },
  {
    id: 'cm-guardians',
    at: '2026-10-08T12:30:00Z',
    perspective: 'guardians',
    scores: { ...zero, sleep: 80, schoolFeelsHard: 30, home: 20 },
    detail: { subjects: [], teachers: [], situations: [], otherSituations: [] },
  },
];

const content = {
  madeOn: '2026-10-08',
  present: [kari, eva, nora, ingrid],
  situation: 'Nora har hatt 11 % fravær i høsthalvåret, mest i første time og på mandager. Hun sover dårlig og gruer seg til kroppsøving.',
  goal: 'Nora er på skolen hele skoledagen, alle dager.',
  subGoals: ['Nora er på skolen til første time minst fire av fem dager innen evalueringen.', 'Nora deltar i kroppsøving hver uke.'],
  measures: [
    { id: 'm1', party: 'school' as const, text: 'Kontaktlærer møter Nora ved porten kl. 08.15 og følger henne inn.', responsible: 'Kari Larsen', deadline: '2026-10-12', measureId: 'met-at-the-gate' },
    { id: 'm2', party: 'school' as const, text: 'Nora får skifte i eget rom før og etter kroppsøving.', responsible: 'Kari Larsen', deadline: '2026-10-13', measureId: 'private-changing-room' },
    { id: 'm3', party: 'home' as const, text: 'Faste kveldsrutiner: skjermfri fra kl. 21.30, mobilen på kjøkkenet om natta.', responsible: 'Eva Åsheim', measureId: 'evening-routine' },
    { id: 'm4', party: 'pupil' as const, text: 'Nora sier fra til kontaktlærer når en time kjennes vanskelig.', responsible: 'Nora Åsheim Hansen' },
    { id: 'm5', party: 'others' as const, text: 'Helsesykepleier har samtaler med Nora om søvn annenhver uke.', responsible: 'Ingrid Moe', measureId: 'sleep-help-from-nurse' },
    { id: 'm6', party: 'planB' as const, text: 'Klarer ikke Nora å gå alene, kjører mor henne og ringer kontaktlærer før kl. 08.30.', responsible: 'Eva Åsheim' },
  ],
  evaluationOn: '2026-10-22',
  dayPlan: {
    appliesTo: 'mandag til fredag',
    rows: [
      { from: '07:00', to: '07:30', where: 'Hjemme', what: 'Står opp, dusjer og spiser frokost', responsible: 'Eva Åsheim' },
      { from: '07:45', to: '08:15', where: 'Skoleveien', what: 'Går til skolen med venninne', responsible: 'Nora Åsheim Hansen' },
      { from: '08:15', to: '08:30', where: 'Skoleporten', what: 'Møter kontaktlærer og går inn sammen', responsible: 'Kari Larsen' },
      { from: '21:30', to: '22:00', where: 'Hjemme', what: 'Skjermfri tid, mobilen på kjøkkenet', responsible: 'Eva Åsheim' },
    ],
  },
};

export const agreement: Agreement = {
  id: 'agreement-1',
  caseId: 'case-1',
  versions: [
    { number: 1, createdAt: '2026-10-08T13:00:00Z', createdBy: 'kari', kind: 'made', content },
    {
      number: 2,
      createdAt: '2026-10-22T13:00:00Z',
      createdBy: 'kari',
      kind: 'evaluated',
      content: { ...content, evaluationOn: '2026-11-12' },
      evaluation: {
        on: '2026-10-22',
        present: [kari, eva, nora],
        judgements: [
          { measureId: 'm1', carriedOut: 'yes', worked: 'yes', note: 'Nora kom til første time 9 av 10 dager.' },
          { measureId: 'm2', carriedOut: 'yes', worked: 'yes' },
          { measureId: 'm3', carriedOut: 'partly', worked: 'partly', note: 'Fungerer i ukedagene, ikke søndag kveld.' },
          { measureId: 'm4', carriedOut: 'yes', worked: 'unknown' },
          { measureId: 'm5', carriedOut: 'yes', worked: 'partly' },
          { measureId: 'm6', carriedOut: 'no', worked: 'unknown', note: 'Ikke trengt.' },
        ],
        outcomes: ['continue'],
        pupilVoice: { how: 'inPerson', text: 'Det hjelper at Kari venter ved porten.' },
        note: 'Fraværet har gått ned fra 11 % til 4 % de to siste ukene. Vi fortsetter tiltakene og evaluerer igjen om tre uker.',
      },
    },
  ],
};

export const consent: Consent = {
  id: 'consent-1',
  caseId: 'case-1',
  services: [{ service: 'school' }, { service: 'healthService' }, { service: 'ppt' }, { service: 'gp', detail: 'Fjordvik legesenter' }],
  information: ['health', 'school', 'assessments'],
  restrictions: 'Opplysninger om fars arbeidssituasjon skal ikke deles.',
  decision: 'given',
  givenBy: [{ name: 'Eva Åsheim', as: 'guardian' }, { name: 'Bjørn Hansen', as: 'guardian' }],
  givenOn: '2026-10-27',
  collectedBy: { name: 'Kari Larsen', workplace: 'Fjordvik skole' },
};

/** The same pupil's case on the Lyngen staircase, up to step 3. */
export function lyngenCase() {
  const log = new CaseLog('lyngen').openFromConcern('2026-09-24');
  log.conversation('2026-09-24').advance('2026-09-25');
  log.meeting('2026-10-08').mapping('2026-10-08').agreement('2026-10-08').evaluation('2026-10-22').advance('2026-10-22');
  log.meeting('2026-10-27').consent('2026-10-27');
  const schedule = caseSchedule(log.state, log.staircase, { now: '2026-10-29T12:00:00Z' });
  return { state: log.state, schedule, staircase: log.staircase };
}
