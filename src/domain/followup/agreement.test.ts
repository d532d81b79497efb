import { describe, expect, it } from 'vitest';
import type { AgreementContent, AgreementEvaluation } from '../../contracts/followup-agreement.js';
import { agreementContentSchema } from '../../contracts/followup-agreement.js';
import { agreementProblems, agreementWarnings, currentVersion, evaluateAgreement, makeAgreement, measureFromBank, reviseAgreement } from './agreement.js';
import { getMeasureBank } from './measure-bank.js';

const content = (): AgreementContent => ({
  madeOn: '2026-10-08',
  present: [
    { name: 'Kari Larsen', role: 'contactTeacher' },
    { name: 'Nora Hansen', role: 'pupil' },
    { name: 'Eva Hansen', role: 'guardians' },
  ],
  situation: 'Nora har vært borte mye om morgenen siden skolestart.',
  goal: 'Nora er på skolen hele dagen, alle dager.',
  subGoals: ['Nora er på skolen til første time tre dager i uka innen evalueringen.'],
  measures: [
    { id: 'm1', party: 'school', text: 'Kontaktlærer møter Nora ved porten kl. 08.15.', responsible: 'Kari Larsen', deadline: '2026-10-12' },
    { id: 'm2', party: 'home', text: 'Faste kveldsrutiner, mobilen på kjøkkenet fra kl. 22.', responsible: 'Eva Hansen' },
    { id: 'm3', party: 'pupil', text: 'Nora sier fra til kontaktlærer når en time kjennes vanskelig.', responsible: 'Nora Hansen' },
    { id: 'm4', party: 'planB', text: 'Mor kjører Nora til skolen og ringer kontaktlærer.', responsible: 'Eva Hansen' },
  ],
  evaluationOn: '2026-10-29',
  dayPlan: {
    rows: [
      { from: '07:00', to: '07:30', where: 'Hjemme', what: 'Står opp og spiser frokost', responsible: 'Eva Hansen' },
      { from: '08:15', to: '08:30', where: 'Skoleporten', what: 'Møter kontaktlærer', responsible: 'Kari Larsen' },
    ],
  },
});

const stamp = { at: '2026-10-08T12:00:00Z', by: 'kari' };

const evaluation = (overrides: Partial<AgreementEvaluation> = {}): AgreementEvaluation => ({
  on: '2026-10-29',
  present: [{ name: 'Kari Larsen', role: 'contactTeacher' }],
  judgements: ['m1', 'm2', 'm3', 'm4'].map((measureId) => ({ measureId, carriedOut: 'yes' as const, worked: 'partly' as const })),
  outcomes: ['continue'],
  pupilVoice: { how: 'inPerson', text: 'Det er lettere når noen venter på meg.' },
  ...overrides,
});

describe('the collaboration agreement', () => {
  it('a complete agreement passes the contract and has no problems or warnings', () => {
    expect(agreementContentSchema.safeParse(content()).success).toBe(true);
    expect(agreementProblems(content())).toEqual([]);
    expect(agreementWarnings(content())).toEqual([]);
  });

  it('the evaluation must come after the agreement', () => {
    expect(agreementProblems({ ...content(), evaluationOn: '2026-10-08' })).toContainEqual({ path: ['evaluationOn'], code: 'evaluationNotAfterAgreement' });
  });

  it('a deadline after the evaluation needs to be marked as meant, and none may be before the agreement', () => {
    const c = content();
    c.measures[1] = { ...c.measures[1]!, deadline: '2026-11-20' };
    c.measures[2] = { ...c.measures[2]!, deadline: '2026-10-01' };
    expect(agreementProblems(c)).toEqual([
      { path: ['measures', 1, 'deadline'], code: 'deadlineAfterEvaluation' },
      { path: ['measures', 2, 'deadline'], code: 'deadlineBeforeAgreement' },
    ]);
    c.measures[1] = { ...c.measures[1]!, deadlineAfterEvaluation: true };
    expect(agreementProblems(c).map((p) => p.code)).toEqual(['deadlineBeforeAgreement']);
  });

  it('warns when the school, the home or the pupil has no measure, or there is no plan B', () => {
    const c = content();
    c.measures = c.measures.filter((m) => m.party === 'school');
    expect(agreementWarnings(c)).toEqual([{ code: 'noMeasureFor', party: 'home' }, { code: 'noMeasureFor', party: 'pupil' }, { code: 'noPlanB' }]);
  });

  it('the day plan goes by the hour without overlaps, each row ending after it starts', () => {
    const c = content();
    c.dayPlan!.rows.push({ from: '08:20', to: '08:10', where: 'Klasserommet', what: 'Første time', responsible: 'Kari Larsen' });
    expect(agreementProblems(c)).toEqual([
      { path: ['dayPlan', 'rows', 2, 'to'], code: 'dayPlanEndBeforeStart' },
      { path: ['dayPlan', 'rows', 2, 'from'], code: 'dayPlanOverlap' },
    ]);
  });
});

describe('versions of an agreement', () => {
  it('a revision adds a version and leaves the first as it was', () => {
    const made = makeAgreement({ id: 'a1', caseId: 'c1' }, content(), stamp);
    if (!made.ok) throw new Error('not made');
    const first = structuredClone(made.agreement.versions[0]);
    const changed = { ...content(), goal: 'Nora er på skolen alle dager innen jul.' };
    const revised = reviseAgreement(made.agreement, changed, { at: '2026-10-15T12:00:00Z', by: 'kari' });
    expect(revised.ok).toBe(true);
    if (!revised.ok) return;
    expect(revised.agreement.versions.map((v) => [v.number, v.kind])).toEqual([
      [1, 'made'],
      [2, 'revised'],
    ]);
    expect(revised.agreement.versions[0]).toEqual(first);
    expect(made.agreement.versions).toHaveLength(1);
    expect(currentVersion(revised.agreement).content.goal).toBe('Nora er på skolen alle dager innen jul.');
  });

  it('a revision that changes nothing, or is dated before the last version, is refused', () => {
    const made = makeAgreement({ id: 'a1', caseId: 'c1' }, content(), stamp);
    if (!made.ok) throw new Error('not made');
    expect(reviseAgreement(made.agreement, content(), stamp)).toMatchObject({ ok: false, problems: [{ code: 'unchanged' }] });
    expect(reviseAgreement(made.agreement, { ...content(), goal: 'Annet mål' }, { at: '2026-10-01T12:00:00Z', by: 'kari' })).toMatchObject({
      ok: false,
      problems: [{ code: 'notAfterPreviousVersion' }],
    });
  });

  it('at evaluation every measure is judged once; going on needs the next evaluation date', () => {
    const made = makeAgreement({ id: 'a1', caseId: 'c1' }, content(), stamp);
    if (!made.ok) throw new Error('not made');
    const missing = evaluation({ judgements: evaluation().judgements.slice(1) });
    expect(evaluateAgreement(made.agreement, missing, stamp, '2026-11-19')).toMatchObject({ ok: false, problems: [{ code: 'measureNotJudged' }] });
    expect(evaluateAgreement(made.agreement, evaluation(), stamp)).toMatchObject({ ok: false, problems: [{ code: 'continueNeedsNewDate' }] });
    const evaluated = evaluateAgreement(made.agreement, evaluation(), { at: '2026-10-29T12:00:00Z', by: 'kari' }, '2026-11-19');
    expect(evaluated.ok).toBe(true);
    if (!evaluated.ok) return;
    const last = currentVersion(evaluated.agreement);
    expect(last).toMatchObject({ number: 2, kind: 'evaluated', evaluation: { outcomes: ['continue'] }, content: { evaluationOn: '2026-11-19' } });
  });

  it('a new agreement or consultation keeps the content; a measure not in the agreement is refused', () => {
    const made = makeAgreement({ id: 'a1', caseId: 'c1' }, content(), stamp);
    if (!made.ok) throw new Error('not made');
    const judgements = [...evaluation().judgements, { measureId: 'm9', carriedOut: 'no' as const, worked: 'unknown' as const }];
    expect(evaluateAgreement(made.agreement, evaluation({ judgements, outcomes: ['newAgreement'] }), stamp)).toMatchObject({ ok: false, problems: [{ code: 'unknownMeasure' }] });
    const result = evaluateAgreement(made.agreement, evaluation({ outcomes: ['newAgreement', 'interdisciplinary'] }), stamp);
    expect(result.ok && currentVersion(result.agreement).content.evaluationOn).toBe('2026-10-29');
  });

  it('a measure is picked from the bank straight into the agreement, in the agreement\'s language', () => {
    const bank = getMeasureBank();
    const routine = bank.measures.find((m) => m.id === 'evening-routine')!;
    expect(measureFromBank(routine, 'nn', { id: 'm5', responsible: 'Eva Hansen' })).toEqual({
      id: 'm5',
      party: 'home',
      text: routine.title.nn,
      measureId: 'evening-routine',
      responsible: 'Eva Hansen',
    });
  });
});
