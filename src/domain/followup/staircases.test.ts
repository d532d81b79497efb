import { describe, expect, it } from 'vitest';
import { getPreset } from '../rules/presets.js';
import { findStep, getStaircasePreset, parseStaircase, parseStaircaseJson, staircaseMismatches, STAIRCASE_PRESET_IDS } from './staircases.js';
import { spanInSchoolDays } from './staircase-schema.js';

describe('the shipped staircases', () => {
  it.each(STAIRCASE_PRESET_IDS)('%s is a valid staircase that names its source document', (id) => {
    const staircase = getStaircasePreset(id);
    expect(staircase.id).toBe(id);
    expect(staircase.source.reference).toMatch(/^seeds\/00[0-4]_[0-9a-f]{16}\.txt$/);
  });

  it.each(STAIRCASE_PRESET_IDS)('%s has the same step ids and numbers as the policy preset, so concerns open the right step', (id) => {
    expect(staircaseMismatches(getStaircasePreset(id), getPreset(id))).toEqual([]);
  });

  it.each(STAIRCASE_PRESET_IDS)('%s opens with a step the policy\'s rules can name, and every rule\'s step exists', (id) => {
    const staircase = getStaircasePreset(id);
    for (const rule of getPreset(id).rules) {
      if (rule.trigger.step !== undefined) expect(findStep(staircase, rule.trigger.step), rule.id).toBeDefined();
    }
  });

  it('Lyngen has four steps, Nittedal five, and the Troms timeline six', () => {
    expect(getStaircasePreset('lyngen').steps).toHaveLength(4);
    expect(getStaircasePreset('nittedal').steps).toHaveLength(5);
    expect(getStaircasePreset('troms-vgs').steps).toHaveLength(6);
  });

  it('Lyngen: the first talk is the same day and the case may close there when the worry is dispelled', () => {
    const [first] = getStaircasePreset('lyngen').steps;
    expect(first?.deadlines[0]?.due).toEqual({ within: 'sameDay' });
    expect(first?.leadsTo).toContain('close');
    expect(first?.participants).toEqual(expect.arrayContaining(['pupil', 'guardians']));
  });

  it('Nittedal: the evaluation comes three weeks after the agreement, Troms: four weeks', () => {
    expect(findStep(getStaircasePreset('nittedal'), 'evaluering')?.deadlines[0]?.due).toEqual({ after: { weeks: 3 } });
    expect(findStep(getStaircasePreset('troms-vgs'), 'evaluering')?.deadlines[0]?.due).toEqual({ after: { weeks: 4 } });
  });

  it.each(STAIRCASE_PRESET_IDS)('%s has every user-facing text in bokmål, nynorsk and English', (id) => {
    const staircase = getStaircasePreset(id);
    for (const step of staircase.steps) {
      for (const text of [step.name, step.purpose, ...step.deadlines.map((d) => d.name)]) {
        expect(text.nb).not.toBe(text.en);
        expect(text.nn.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('checking a staircase an owner wrote', () => {
  const valid = () => getStaircasePreset('lyngen');

  it('counts a week as five school days and the same day as none', () => {
    expect(spanInSchoolDays('sameDay')).toBe(0);
    expect(spanInSchoolDays({ weeks: 3 })).toBe(15);
    expect(spanInSchoolDays({ schoolDays: 2 })).toBe(2);
  });

  it('refuses a misspelt field and names it', () => {
    const staircase = valid() as unknown as { steps: Record<string, unknown>[] };
    (staircase.steps[0] as Record<string, unknown>).deadline = [];
    const result = parseStaircase(staircase);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual({ path: 'steps[0].deadline', message: expect.stringContaining('not a field') });
  });

  it('refuses steps out of order, a last step that leads on, and a first step that leads back', () => {
    const staircase = valid();
    staircase.steps[3]!.leadsTo = ['next'];
    staircase.steps[0]!.leadsTo = ['back'];
    const result = parseStaircase(staircase);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(['steps[0].leadsTo', 'steps[3].leadsTo']);

    const swapped = parseStaircase({ ...valid(), steps: [valid().steps[1], valid().steps[0], ...valid().steps.slice(2)] });
    expect(swapped.ok).toBe(false);
    if (!swapped.ok) expect(swapped.problems.map((p) => p.path)).toEqual(['steps[0].number', 'steps[1].number']);
  });

  it('refuses a text missing in one language', () => {
    const staircase = valid() as unknown as { steps: { name: Record<string, string> }[] };
    delete staircase.steps[1]!.name.nn;
    const result = parseStaircase(staircase);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ path: 'steps[1].name.nn', message: expect.stringContaining('required') });
  });

  it('refuses a "latest" before "after", and a backTo that is not an earlier step', () => {
    const staircase = valid();
    staircase.steps[1]!.deadlines[1]!.due = { after: { weeks: 2 }, latest: { schoolDays: 3 } };
    staircase.steps[2]!.backTo = 'faste-samarbeidsmoter';
    const result = parseStaircase(staircase);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(['steps[1].deadlines[1].due.latest', 'steps[2].backTo']);
  });

  it('reports a syntax error in the JSON text with its line', () => {
    const result = parseStaircaseJson('{\n  "id": "x",\n  oops\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.line).toBe(3);
  });

  it('notices when the policy names a step the staircase numbers differently', () => {
    const staircase = valid();
    const policy = getPreset('lyngen');
    policy.staircase!.steps[1]!.number = 7;
    expect(staircaseMismatches(staircase, policy)).toEqual(['step "kartlegging" is number 7 in the policy but 2 in the staircase']);
  });
});

describe('what an evaluation suggests', () => {
  it('Nittedal step 4: continue stays, a new agreement goes back, consultation goes on', async () => {
    const { suggestedMoves } = await import('./case-outcomes.js');
    const step = findStep(getStaircasePreset('nittedal'), 'evaluering')!;
    expect(suggestedMoves(['continue'], step)).toEqual(['stay']);
    expect(suggestedMoves(['newAgreement', 'interdisciplinary'], step)).toEqual(['back', 'next']);
    // Lyngen's last step cannot go on: the suggestion is left out.
    expect(suggestedMoves(['interdisciplinary'], findStep(getStaircasePreset('lyngen'), 4)!)).toEqual([]);
  });
});
