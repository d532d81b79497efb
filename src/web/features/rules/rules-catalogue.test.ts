// The rules namespace: every key the rules screens ask for exists, also the
// ones built from a measure, a recipient, a status or a window; and the
// domain words are the users' own. (Same keys, placeholders and no empty
// texts in nb, nn, en: catalogue.test.ts, for every namespace.)
import { describe, expect, it } from 'vitest';
import { levelSchema, notificationStatusSchema } from '../../../contracts/rules';
import { MEASURE_INFO, MEASURES } from '../../../domain/rules/measures';
import { CALENDAR_WINDOWS, RECIPIENTS } from '../../../domain/rules/policy-schema';
import { PRESET_IDS } from '../../../domain/rules/presets';
import { DOCUMENTATION_STATES } from '../../../domain/figures/types';
import { hasKey, keysCalled, textsOf } from '../../i18n/catalogue-testing';
import { RULE_FIELDS } from './policy-form';

const texts = textsOf('rules');

// Through Vite, as the app itself is built: this feature's sources and the start page's notifications.
const sources = import.meta.glob<string>(['./*.ts', './*.tsx', '../start/MyNotifications.tsx', '!./*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const builtKeys = [
  ...levelSchema.options.map((l) => `level.${l}`),
  ...MEASURES.filter((m) => MEASURE_INFO[m].kind === 'percent').map((m) => `figure.${m}`),
  ...MEASURES.filter((m) => MEASURE_INFO[m].kind === 'count').map((m) => `amount.${m}`),
  ...MEASURES.map((m) => `measure.${m}`),
  ...[...new Set(MEASURES.map((m) => MEASURE_INFO[m].unit))].flatMap((u) => [`margin.${u}`, `editor.unit.${u}`]),
  'editor.unit.percent',
  ...['atLeast', 'moreThan'].map((c) => `comparison.${c}`),
  ...[...RECIPIENTS, 'guardiansOrPupil'].map((r) => `recipient.${r}`),
  ...notificationStatusSchema.options.map((s) => `outbox.statusName.${s}`),
  ...['sent', 'delivered', 'sending', 'waiting', 'waitingForServer', 'retrying', 'noAddress', 'old', 'notSent', 'failed', 'uncertain'].map(
    (s) => `outbox.state.${s}`,
  ),
  ...['guardian', 'pupil', 'contactTeacher', 'subjectTeacher', 'classTeam', 'counsellor', 'resourceTeam', 'leadership'].map(
    (k) => `outbox.recipientKind.${k}`,
  ),
  ...['email', 'app'].map((c) => `outbox.channel.${c}`),
  ...DOCUMENTATION_STATES.map((s) => `documentation.${s}`),
  ...CALENDAR_WINDOWS.map((w) => `ruleWindow.${w}`),
  'ruleWindow.rollingSchoolDays',
  'ruleWindow.rollingWeeks',
  ...PRESET_IDS.map((id) => `policy.preset.${id}`),
  ...RULE_FIELDS.map((f) => `editor.fieldName.${f}`),
  ...['number', 'percentRange', 'whole', 'aboveZero', 'below100', 'approachingBelow', 'notify', 'schoolDays'].map((c) => `check.${c}`),
  'window.autumn',
  'window.spring',
  'concern.undo',
  'concern.undoLabel',
  'concern.reopen',
  'concern.reopenLabel',
  'concern.markHandledLabel',
  'concern.markedHandled',
  'concern.markedOpen',
  'concern.superseded',
  'concern.notHolding',
];

describe('the rules namespace of the catalogue', () => {
  it('has every key the rules screens ask for', () => {
    const used = [...keysCalled(sources, 'tr'), ...builtKeys.map((key) => ({ key, file: '(built)' }))];
    expect(used.length).toBeGreaterThan(150);
    for (const { key, file } of used) expect(hasKey(texts.nb, key), `rules:${key} in ${file}`).toBe(true);
  });

  it('writes the domain words in each language', () => {
    expect(texts.nb.get('recipient.contactTeacher')).toBe('kontaktlærer');
    expect(texts.nn.get('recipient.guardians')).toBe('føresette');
    expect(texts.nb.get('amount.singleLessons_other')).toBe('{{value}} enkelttimer');
    expect(texts.nb.get('amount.lateArrivals_other')).toBe('{{value}} forsentkomminger');
    expect(texts.nn.get('nav.policy')).toBe('Reglar for fråvær');
    expect(texts.en.get('recipient.subjectTeacher')).toBe('subject teacher');
  });
});
