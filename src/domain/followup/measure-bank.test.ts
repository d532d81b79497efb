import { describe, expect, it } from 'vitest';
import type { CauseMapping, CircleMapping, Scaling } from '../../contracts/followup-mapping.js';
import { CAUSE_CATEGORIES } from '../../contracts/followup-mapping.js';
import { foldForSearch, getMeasureBank, searchMeasures, suggestMeasures } from './measure-bank.js';
import { measureBankSchema } from './measure-bank-schema.js';

const bank = getMeasureBank();
const ids = (hits: { measure: { id: string } }[]) => hits.map((h) => h.measure.id);

function mapping(perspective: CauseMapping['perspective'], scores: Partial<CauseMapping['scores']>, situations: CauseMapping['detail']['situations'] = []): CauseMapping {
  const all = Object.fromEntries(CAUSE_CATEGORIES.map((c) => [c, 0])) as CauseMapping['scores'];
  return { id: `m-${perspective}`, at: '2026-10-08T10:00:00Z', perspective, scores: { ...all, ...scores }, detail: { subjects: [], teachers: [], situations, otherSituations: [] } };
}

describe('the shipped measure bank', () => {
  it('is valid, with every measure in a category and named sources', () => {
    expect(() => measureBankSchema.parse(bank)).not.toThrow();
    expect(bank.measures.length).toBeGreaterThanOrEqual(60);
    for (const measure of bank.measures) expect(measure.sources.every((s) => /^seeds\/00[0-4]_[0-9a-f]{16}\.txt$/.test(s)), measure.id).toBe(true);
  });

  it('has every category in use, and a measure in bokmål, nynorsk and English', () => {
    for (const category of bank.categories) expect(bank.measures.some((m) => m.category === category.id), category.id).toBe(true);
    for (const measure of bank.measures) expect(new Set([measure.title.nb, measure.title.en]).size, measure.id).toBe(2);
  });

  it('refuses a suggestion that names a measure not in the bank', () => {
    const broken = { ...bank, suggestions: [{ ...bank.suggestions[0]!, measures: ['no-such-measure'] }] };
    expect(measureBankSchema.safeParse(broken).success).toBe(false);
  });
});

describe('searching the bank', () => {
  it('folds case, accents and the Norwegian letters the way people type them', () => {
    expect(foldForSearch('Søvn')).toBe(foldForSearch('soevn'));
    expect(foldForSearch('Søvn')).toBe('sovn');
    expect(foldForSearch('PÅ')).toBe(foldForSearch('paa'));
    expect(foldForSearch('Kjære')).toBe('kjaere');
    expect(foldForSearch('café')).toBe('cafe');
  });

  it('finds «søvn» typed without ø, in bokmål, nynorsk and English', () => {
    expect(ids(searchMeasures(bank, 'sovn'))).toContain('sleep-help-from-nurse');
    expect(ids(searchMeasures(bank, 'SØVN'))).toContain('sleep-help-from-nurse');
    expect(ids(searchMeasures(bank, 'sleep'))).toContain('sleep-help-from-nurse');
  });

  it('matches inside compound words: «rutine» finds evening and morning routines', () => {
    expect(ids(searchMeasures(bank, 'rutine'))).toEqual(expect.arrayContaining(['evening-routine', 'morning-routine']));
    expect(ids(searchMeasures(bank, 'morgonrutinar'))).toContain('morning-routine');
  });

  it('needs every word to match, and puts title matches first', () => {
    const hits = searchMeasures(bank, 'garderobe egen');
    expect(ids(hits)).toEqual(['private-changing-room']);
    expect(searchMeasures(bank, 'garderobe xyzzy')).toEqual([]);
  });

  it('searches category names too, and can keep to one category', () => {
    expect(searchMeasures(bank, 'overganger').every((h) => h.measure.category === 'transitions')).toBe(true);
    const inCategory = searchMeasures(bank, '', { category: 'reinforcement' });
    expect(inCategory.length).toBeGreaterThan(2);
    expect(inCategory.every((h) => h.measure.category === 'reinforcement')).toBe(true);
  });

  it('lists the whole bank in its order for an empty query, and honours a limit', () => {
    expect(searchMeasures(bank, '')).toHaveLength(bank.measures.length);
    expect(searchMeasures(bank, 'skole', { limit: 3 })).toHaveLength(3);
  });
});

describe('suggestions from the mapping', () => {
  it('sleep problems lead to evening and morning routines', () => {
    const suggestions = suggestMeasures(bank, { causeMappings: [mapping('pupil', { sleep: 70 })] });
    expect(ids(suggestions).slice(0, 4)).toEqual(expect.arrayContaining(['evening-routine', 'morning-routine']));
    expect(suggestions[0]?.reasons[0]).toMatchObject({ rule: 'sleep', evidence: 'pupil:sleep=70' });
  });

  it('a cause below 30 in every view suggests nothing', () => {
    expect(suggestMeasures(bank, { causeMappings: [mapping('pupil', { sleep: 29 }), mapping('guardians', { sleep: 20 })] })).toEqual([]);
  });

  it('counts the guardians\' view as well as the pupil\'s, and measures with more reasons come first', () => {
    const suggestions = suggestMeasures(bank, {
      causeMappings: [mapping('pupil', { schoolFeelsHard: 40 }), mapping('guardians', { mentalHealth: 80 }, [{ situation: 'enterSchoolyard' }])],
    });
    // Visiting after hours and being met at the gate answer both «school feels hard» and the schoolyard card.
    expect(ids(suggestions).slice(0, 2)).toEqual(['visit-school-after-hours', 'met-at-the-gate']);
    expect(suggestions[1]?.reasons.map((r) => r.rule)).toEqual(['school-feels-hard', 'enter-schoolyard']);
    expect(ids(suggestions)).toContain('referral-mental-health');
  });

  it('a hard changing room leads to a changing room of one\'s own; low-scored mornings to morning routines; a risk in the parents\' trust to a named contact', () => {
    const scaling: Scaling = { id: 's', at: '2026-10-08T10:00:00Z', perspective: 'pupil', items: [{ part: 'morningAtHome', score: 2 }, { part: 'breaks', score: 8 }] };
    const circle: CircleMapping = { id: 'c', at: '2026-10-08T10:00:00Z', internal: false, circles: { parentsTrust: { resources: [], risks: ['Mor har dårlige erfaringer med skolen'], measures: [] } } } as CircleMapping;
    const suggestions = suggestMeasures(bank, { causeMappings: [mapping('pupil', {}, [{ situation: 'peChanging' }])], scalings: [scaling], circles: [circle] });
    expect(ids(suggestions)).toEqual(expect.arrayContaining(['private-changing-room', 'morning-routine', 'who-to-contact']));
    expect(ids(suggestions)).not.toContain('organised-breaks');
  });

  it('leaves out measures already in the agreement', () => {
    const suggestions = suggestMeasures(bank, { causeMappings: [mapping('pupil', { sleep: 70 })] }, new Set(['evening-routine']));
    expect(ids(suggestions)).not.toContain('evening-routine');
  });
});
