// The pure parts of the rules screens: the words for a concern, its deadline
// and a forecast; how «Mine elever», a pupil's page and the school's list
// group and order the concerns; and an outbox entry's status in words.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources, namespaces } from '../../../i18n/catalogue';
import type { ConcernView, ForecastView, MyConcerns, Outbox } from '../../../contracts/rules';
import type { Locale } from '../../../contracts/locale';
import { replaceConcern } from '../../api/concern-cache';
import { filterChoices, filterSchoolConcerns, groupByRule, NO_FILTER, nearingItems, splitMyConcerns, splitPupilConcerns } from './concern-lists';
import { formatterFor } from './format';
import { outboxStatusOf } from './outbox-status';
import type { RulesT } from './use-rules-i18n';
import { dueState, dueText, figureText, limitText, marginText, recipientsText, windowText, type Words } from './wording';

const instance = i18next.createInstance();
void instance.init({ resources, ns: [...namespaces], lng: 'nb', fallbackLng: 'nb', interpolation: { escapeValue: false }, initAsync: false });

/** Intl's no-break spaces as plain ones, so the expectations read as the screen does. */
const plain = (text: string | null) => text?.replace(/[\u00a0\u202f]/g, ' ') ?? null;

function words(locale: Locale): Words {
  return { tr: instance.getFixedT(locale, 'rules') as unknown as RulesT, fmt: formatterFor(locale), locale };
}

const ASOF = '2026-12-01';
let seq = 0;

function concern(over: Partial<ConcernView> = {}): ConcernView {
  seq += 1;
  return {
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    pupil: { id: '10000000-0000-4000-8000-000000000001', givenName: 'Even', familyName: 'Eide', className: '8A' },
    rule: { id: 'ten-percent-term', name: '10 % fravær i terminen' },
    measure: 'absencePercent',
    level: 'concern',
    approaching: false,
    comparison: 'atLeast',
    threshold: 10,
    value: 10.714285714,
    currentValue: 10.714285714,
    base: 420,
    window: { kind: 'term', from: '2026-08-18', to: '2026-12-18', until: ASOF, label: null },
    subject: null,
    evidence: ['2026-11-30'],
    notify: ['contactTeacher', 'guardians'],
    dueBy: ASOF,
    overdue: false,
    step: { id: 'samtale', number: 1, name: 'Samtale med elev og foresatte' },
    raisedOn: ASOF,
    holds: true,
    backfilled: false,
    status: 'open',
    handled: null,
    ...over,
  };
}

function forecast(over: Partial<ForecastView> = {}): ForecastView {
  return {
    rule: { id: 'ten-single-lessons-term', name: 'Fravær i 10 enkelttimer i terminen' },
    measure: 'singleLessons',
    subject: null,
    window: { from: '2026-08-18', to: '2026-12-18' },
    comparison: 'atLeast',
    threshold: 10,
    value: 9,
    projectedAtEnd: 10.6,
    crossesOn: '2026-12-11',
    margin: 1,
    remainingSchoolDays: 13,
    ...over,
  };
}

describe('a concern in words', () => {
  const nb = words('nb');

  it('gives a percentage with what it is a share of, and counts with their unit', () => {
    expect(plain(figureText(nb, 'absencePercent', 10.714285714, 420))).toBe('10,7 % av 420 holdte timer');
    expect(figureText(nb, 'singleLessons', 21, null)).toBe('21 enkelttimer');
    expect(figureText(nb, 'lateArrivals', 1, null)).toBe('1 forsentkomming');
    expect(plain(figureText(words('en'), 'absencePercent', 10.714285714, 420))).toBe('10.7% of 420 lessons held');
  });

  it('says the threshold as the rule does: at least, or more than', () => {
    expect(plain(limitText(nb, 'absencePercent', 'atLeast', 10))).toBe('minst 10 %');
    expect(limitText(nb, 'lateArrivals', 'moreThan', 10)).toBe('mer enn 10 forsentkomminger');
    expect(limitText(words('nn'), 'singleLessons', 'atLeast', 10)).toBe('minst 10 enkelttimar');
  });

  it('names the period with its days, and how far a running one is counted', () => {
    const term = { kind: 'term', from: '2026-08-18', to: '2026-12-18', until: ASOF };
    expect(windowText(nb, term)).toBe('Høsthalvåret 2026, 18. aug.–18. des. (talt til og med 1. des.)');
    expect(windowText(nb, { kind: 'month', from: '2026-11-01', to: '2026-11-30', until: '2026-11-30' })).toBe(
      'November 2026, 1. nov.–30. nov.',
    );
    expect(windowText(nb, { kind: 'term', from: '2027-01-04', to: '2027-06-18', until: '2027-06-18' })).toMatch(/^Vårhalvåret 2027/);
    expect(windowText(nb, { kind: 'schoolDay', from: '2026-11-30', to: '2026-11-30', until: '2026-11-30' })).toBe('Man. 30. nov.');
  });

  it('lists who is told in plain words', () => {
    expect(recipientsText(nb, ['contactTeacher', 'guardians'])).toBe('kontaktlærer og foresatte');
    expect(recipientsText(nb, ['contactTeacher', 'leadership', 'pupil'])).toBe('kontaktlærer, skoleledelsen og eleven');
  });

  it('tells how much is left before the threshold, in what the rule counts', () => {
    expect(marginText(nb, 'singleLessons', 1)).toBe('1 fraværstime til før grensen er nådd');
    expect(marginText(nb, 'lateArrivals', 10)).toBe('10 forsentkomminger til før grensen er nådd');
    expect(marginText(nb, 'wholeDays', 2)).toBe('2 fraværsdager til før grensen er nådd');
  });
});

describe('the deadline of a concern', () => {
  const nb = words('nb');

  it('is today, a later day, or passed; overdue says so in words', () => {
    expect(dueText(nb, concern(), ASOF)).toBe('I dag, tir. 1. des.');
    expect(dueText(nb, concern({ dueBy: '2026-12-04' }), ASOF)).toBe('Innen fre. 4. des.');
    const late = concern({ dueBy: '2026-11-27', overdue: true });
    expect(dueState(late, ASOF)).toBe('overdue');
    expect(dueText(nb, late, ASOF)).toBe('Fristen var fre. 27. nov.');
  });

  it('has none once followed up, closed, or while the rule is only nearing', () => {
    expect(dueState(concern({ status: 'handled' }), ASOF)).toBe('handled');
    expect(dueState(concern({ status: 'superseded' }), ASOF)).toBe('closed');
    expect(dueState(concern({ holds: false }), ASOF)).toBe('closed');
    expect(dueState(concern({ approaching: true }), ASOF)).toBe('nearing');
    expect(dueText(nb, concern({ approaching: true }), ASOF)).toBeNull();
  });
});

describe('«Mine elever»', () => {
  const pupil = (id: string, givenName: string) => ({ id, givenName, familyName: 'Berg', className: '8A' });
  const ada = pupil('10000000-0000-4000-8000-00000000000a', 'Ada');
  const bo = pupil('10000000-0000-4000-8000-00000000000b', 'Bo');
  const cy = pupil('10000000-0000-4000-8000-00000000000c', 'Cy');

  const data: MyConcerns = {
    asOf: ASOF,
    policy: { name: 'Lyngen', version: 1 },
    pupils: [
      // The server's order: most urgent first.
      { pupil: ada, concerns: [concern({ pupil: ada }), concern({ pupil: ada, approaching: true, rule: { id: 'ten-single-lessons-term', name: 'Enkelttimer' }, measure: 'singleLessons' })], forecasts: [] },
      { pupil: bo, concerns: [concern({ pupil: bo, approaching: true, rule: { id: 'ten-single-lessons-term', name: 'Enkelttimer' }, measure: 'singleLessons', currentValue: 9 })], forecasts: [forecast({ crossesOn: '2026-12-11' })] },
      { pupil: cy, concerns: [], forecasts: [forecast({ rule: { id: 'late-arrivals-month', name: 'Forsentkomminger' }, measure: 'lateArrivals', window: { from: '2026-12-01', to: '2026-12-31' }, crossesOn: '2026-12-07' })] },
    ],
  };

  it('puts the pupils who have met a rule first, in the server’s order of urgency, with only the rules met', () => {
    const { met } = splitMyConcerns(data);
    expect(met.map((g) => g.pupil.givenName)).toEqual(['Ada']);
    expect(met[0]!.items.every((c) => !c.approaching)).toBe(true);
  });

  it('lists those nearing a rule with the soonest crossing first, and one nearing without a crossing last', () => {
    const { nearing } = splitMyConcerns(data);
    expect(nearing.map((g) => g.pupil.givenName)).toEqual(['Cy', 'Bo', 'Ada']);
  });

  it('joins an approaching concern and the forecast of the same rule and period into one', () => {
    const bos = data.pupils[1]!;
    const items = nearingItems(bos.concerns, bos.forecasts);
    expect(items).toHaveLength(1);
    expect(items[0]!.concern).not.toBeNull();
    expect(items[0]!.forecast?.crossesOn).toBe('2026-12-11');
    expect(items[0]!.value).toBe(9);
  });

  it('keeps a concern marked followed up in its place, for its undo', () => {
    const first = data.pupils[0]!.concerns[0]!;
    const handled = { ...first, status: 'handled' as const, handled: { by: 'Kari Larsen', at: '2026-12-01T09:00:00.000Z' } };
    const next = replaceConcern(data, handled);
    expect(next.pupils[0]!.concerns[0]).toEqual(handled);
    expect(next.pupils[0]!.concerns).toHaveLength(2);
    expect(splitMyConcerns(next).met[0]!.items[0]!.status).toBe('handled');
  });
});

describe('concerns with the same rule', () => {
  it('are read as one matter: the most urgent first, the other periods under it, per subject apart', () => {
    const noNotice = { id: 'absence-without-notice', name: 'Fravær uten melding' };
    const maths = { id: '40000000-0000-4000-8000-000000000001', code: 'MAT', name: 'Matematikk' };
    const days = ['2026-11-30', '2026-11-27', '2026-11-26'].map((d) =>
      concern({ rule: noNotice, measure: 'noNotice', window: { kind: 'schoolDay', from: d, to: d, until: d, label: null } }),
    );
    const term = concern();
    const inMaths = concern({ subject: maths });
    const groups = groupByRule([days[0]!, term, days[1]!, inMaths, days[2]!]);
    expect(groups.map((g) => [g.lead.id, g.others.length])).toEqual([
      [days[0]!.id, 2],
      [term.id, 0],
      [inMaths.id, 0],
    ]);
    expect(groups[0]!.others).toEqual([days[1], days[2]]);
  });
});

describe("a pupil's page", () => {
  it('splits the year into what to follow up, what nears and what is done', () => {
    const open = concern();
    const done = concern({ status: 'handled' });
    const gone = concern({ status: 'superseded', approaching: true });
    const near = concern({ approaching: true });
    const split = splitPupilConcerns([open, done, gone, near], []);
    expect(split.open).toEqual([open]);
    expect(split.nearing.map((i) => i.concern)).toEqual([near]);
    expect(split.closed).toEqual([done, gone]);
  });

  it('keeps one marked followed up on this page among those to follow up', () => {
    const marked = concern({ status: 'handled' });
    expect(splitPupilConcerns([marked], [], new Set([marked.id])).open).toEqual([marked]);
  });
});

describe("the school's list", () => {
  const fmt = formatterFor('nb');
  const list = [
    concern({ pupil: { id: '10000000-0000-4000-8000-000000000001', givenName: 'A', familyName: 'A', className: '10A' } }),
    concern({ level: 'serious', pupil: { id: '10000000-0000-4000-8000-000000000002', givenName: 'B', familyName: 'B', className: '2A' } }),
    concern({ overdue: true, dueBy: '2026-11-27', pupil: { id: '10000000-0000-4000-8000-000000000003', givenName: 'C', familyName: 'C', className: '2A' } }),
    concern({ approaching: true, rule: { id: 'late', name: 'Forsentkomminger' } }),
  ];

  it('puts the overdue first and otherwise keeps the server’s order; nearing ones only when asked', () => {
    expect(filterSchoolConcerns(list, NO_FILTER).map((c) => c.pupil.givenName)).toEqual(['C', 'A', 'B']);
    expect(filterSchoolConcerns(list, { ...NO_FILTER, nearing: true })).toHaveLength(4);
  });

  it('narrows by level, class and rule', () => {
    expect(filterSchoolConcerns(list, { ...NO_FILTER, level: 'serious' }).map((c) => c.pupil.givenName)).toEqual(['B']);
    expect(filterSchoolConcerns(list, { ...NO_FILTER, className: '2A' }).map((c) => c.pupil.givenName)).toEqual(['C', 'B']);
    expect(filterSchoolConcerns(list, { ...NO_FILTER, ruleId: 'late', nearing: true })).toHaveLength(1);
  });

  it('offers the classes in school order and the rules by name', () => {
    const { classNames, rules } = filterChoices(list, fmt.compareText);
    expect(classNames).toEqual(['2A', '8A', '10A']);
    expect(rules.map((r) => r.name)).toEqual(['10 % fravær i terminen', 'Forsentkomminger']);
  });
});

describe('an outbox entry in words', () => {
  const entry = (over: Partial<Outbox['entries'][number]>): Outbox['entries'][number] => ({
    id: '20000000-0000-4000-8000-000000000001',
    createdAt: '2026-12-01T08:00:00.000Z',
    sentAt: null,
    channel: 'email',
    recipientKind: 'guardian',
    recipientName: 'Oskar Amundsen',
    email: 'oskar@post.example',
    subject: 'Fravær for Sara',
    status: 'pending',
    statusReason: null,
    attempts: 0,
    lastError: null,
    neutral: false,
    pupil: { id: '10000000-0000-4000-8000-000000000001', givenName: 'Sara', familyName: 'Mathisen' },
    rule: 'Enkelttimer',
    school: { id: '30000000-0000-4000-8000-000000000001', name: 'Fjordvik skole' },
    ...over,
  });
  const key = (e: Outbox['entries'][number], mailServer = true) => outboxStatusOf(e, mailServer).key;

  it('tells why an e-mail waits: in the queue, no mail server, or a retry after a failure', () => {
    expect(key(entry({}))).toBe('waiting');
    expect(key(entry({}), false)).toBe('waitingForServer');
    expect(key(entry({ statusReason: 'no_mail_server' }))).toBe('waitingForServer');
    expect(outboxStatusOf(entry({ statusReason: 'smtp_error', attempts: 2 }), true)).toMatchObject({ key: 'retrying', values: { count: 2 } });
  });

  it('tells why one was not sent: no address, too old to be news, or failed after its tries', () => {
    expect(key(entry({ status: 'not_sent', statusReason: 'no_address' }))).toBe('noAddress');
    expect(key(entry({ status: 'not_sent', statusReason: 'old' }))).toBe('old');
    expect(outboxStatusOf(entry({ status: 'failed', attempts: 5 }), true)).toMatchObject({ key: 'failed', tone: 'danger' });
    expect(key(entry({ status: 'uncertain', statusReason: 'interrupted' }))).toBe('uncertain');
  });

  it('says sent, or delivered in the app', () => {
    expect(outboxStatusOf(entry({ status: 'sent' }), true)).toMatchObject({ key: 'sent', tone: 'success' });
    expect(key(entry({ status: 'delivered', channel: 'app' }))).toBe('delivered');
  });
});
