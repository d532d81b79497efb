// The words of a notification: our own letter texts (src/i18n/locales/*/letters.json)
// filled with one concern's figures, in the recipient's language. A letter for
// a pupil with a protected address names no school, class or member of staff:
// it is signed by the school owner and points to the school "as usual".
import type { Locale } from '../../contracts/locale.js';
import type { Measure } from '../../domain/rules/index.js';
import { formatDate, formatNumber, translator } from '../i18n/translator.js';

export type Audience = 'home' | 'adultPupil' | 'staff';

export interface LetterConcern {
  measure: Measure;
  value: number;
  base: number | null;
  approaching: boolean;
  ruleName: string;
  window: { kind: string; from: string; until: string };
  subjectName?: string | null;
  dueBy: string;
  step?: { number: number; name: string } | null;
}

export interface LetterFacts {
  locale: Locale;
  audience: Audience;
  pupilName: string;
  pupilFirstName: string;
  className: string | null;
  concern: LetterConcern;
  asOf: string;
  /** Null when the letter must not name the school (protected address). */
  school: string | null;
  owner: string;
  contactTeacher: string | null;
}

const ONE_DAY_WINDOWS = new Set(['schoolDay', 'firstSchoolDay']);

/** The figure in words, e.g. «har hatt fravær i 10,4 % av 212 holdte timer fra 18. august til 20. november 2026». */
export function describeFigure(locale: Locale, concern: LetterConcern): string {
  const t = translator(locale, 'letters');
  let figure = t(`figure.${concern.measure}`, { value: formatNumber(concern.value, locale), base: concern.base ?? 0 });
  if (concern.subjectName) figure = t('figure.inSubject', { figure, subject: concern.subjectName });
  return ONE_DAY_WINDOWS.has(concern.window.kind)
    ? t('figure.onDay', { figure, date: formatDate(concern.window.until, locale) })
    : t('figure.period', { figure, from: formatDate(concern.window.from, locale), until: formatDate(concern.window.until, locale) });
}

export function composeLetter(facts: LetterFacts): { subject: string; body: string } {
  const { locale, audience, concern } = facts;
  const t = translator(locale, 'letters');
  const figure = describeFigure(locale, concern);
  const due = formatDate(concern.dueBy, locale);
  const sameDay = concern.dueBy <= facts.asOf;
  if (audience === 'staff') {
    const pupil = facts.className ? `${facts.pupilName} (${facts.className})` : facts.pupilName;
    const lines = [t('staff.body', { pupil: facts.pupilName, figure }), sameDay ? t('staff.dueToday') : t('staff.due', { due })];
    if (concern.step && !concern.approaching) lines.push(t('staff.step', { number: concern.step.number, name: concern.step.name }));
    return { subject: t(concern.approaching ? 'staff.subjectApproaching' : 'staff.subject', { pupil, rule: concern.ruleName }), body: lines.join(' ') };
  }
  const neutral = facts.school === null;
  const paragraphs = [
    t(`${audience}.greeting`, { firstName: facts.pupilFirstName }),
    t(concern.approaching ? `${audience}.approaching` : `${audience}.crossed`, { pupil: facts.pupilFirstName, figure, rule: concern.ruleName }),
  ];
  if (!concern.approaching) paragraphs.push(sameDay ? t(`${audience}.nextSameDay`) : t(`${audience}.next`, { due }));
  paragraphs.push(t(`${audience}.report`));
  paragraphs.push(
    neutral || facts.contactTeacher === null
      ? t(`${audience}.contactNeutral`)
      : t(`${audience}.contact`, { contactTeacher: facts.contactTeacher, school: facts.school }),
  );
  paragraphs.push(
    `${t(`${audience}.closing`)}\n${neutral ? t(`${audience}.signatureNeutral`, { owner: facts.owner }) : t(`${audience}.signature`, { school: facts.school })}`,
  );
  return {
    subject: t(concern.approaching ? `${audience}.subjectApproaching` : `${audience}.subject`, { pupil: facts.pupilFirstName }),
    body: paragraphs.join('\n\n'),
  };
}
