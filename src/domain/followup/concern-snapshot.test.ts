import { describe, expect, it } from 'vitest';
import { concernSnapshotSchema } from '../../contracts/followup-case.js';
import { evaluatePolicy } from '../rules/evaluate.js';
import { getPreset } from '../rules/presets.js';
import { AUTUMN, CALENDAR, Pupil, schoolDaysOf } from '../rules/test-school.js';
import { snapshotOf } from './concern-snapshot.js';
import { CaseLog } from './test-case.js';

describe('opening a case from a concern', () => {
  it('keeps the figures that opened it, and starts at the step the rule names', () => {
    const asOf = '2026-11-02';
    const days = schoolDaysOf(AUTUMN.startsOn, asOf);
    const policy = getPreset('lyngen');
    const concerns = evaluatePolicy(policy, { marks: new Pupil(AUTUMN.startsOn, asOf).absentPeriodOn(days.slice(0, 10), 2).marks(), calendar: CALENDAR, asOf, birthDate: '2012-05-05' });
    const concern = concerns.find((c) => c.rule === 'ten-single-lessons-term' && !c.approaching)!;
    const snapshot = snapshotOf(concern, policy, asOf);
    expect(concernSnapshotSchema.parse(snapshot)).toEqual(snapshot);
    expect(snapshot).toMatchObject({ policyId: 'lyngen', policyVersion: 1, value: 10, threshold: 10, evidence: days.slice(0, 10), step: { id: 'samtale', number: 1 } });

    const log = new CaseLog('lyngen').add('caseOpened', asOf, { pupilId: 'p', staircaseId: 'lyngen', staircaseVersion: 1, origin: { kind: 'concern', concern: snapshot } });
    expect(log.state.visits[0]).toMatchObject({ stepId: 'samtale', reason: 'opened' });
    expect(log.state.concerns).toEqual([snapshot]);
  });
});
