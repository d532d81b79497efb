// The content of the written warning (opplæringsforskrifta § 9-7,
// privatskoleforskrifta § 6-7) as a document model: headings, paragraphs,
// lists and the figures table, in bokmål, nynorsk or English. Our own text,
// filled from the limit arithmetic; whoever renders it (PDF, e-mail, the
// portal) takes the blocks in order and needs no knowledge of the rules.
import type { Locale } from '../../contracts/locale.js';
import type { LessonRef, LimitStatus } from './limit.js';
import type { Assessment } from './warnings.js';
import { formatDate, formatNumber, text } from './letter-text.js';

export type LetterBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  /** `head`: the school, the addressee and the date at the top of the letter, which a renderer with a letterhead of its own may place there instead. */
  | { kind: 'paragraph'; text: string; head?: true }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; caption: string; columns: [string, string]; rows: [string, string][] };

export interface LetterDocument {
  locale: Locale;
  title: string;
  blocks: LetterBlock[];
}

/** The sections a public and a private school's letters cite: the same rules, numbered apart. */
export const SECTIONS = {
  public: { warning: 'opplæringsforskrifta § 9-7', limit: 'opplæringsforskrifta § 9-8', appeal: 'opplæringsforskrifta § 10-5' },
  private: { warning: 'privatskoleforskrifta § 6-7', limit: 'privatskoleforskrifta § 6-8', appeal: 'privatskoleforskrifta § 7-5' },
} as const;

/**
 * The figures a letter is made from: a LimitStatus has them all, and a stored
 * warning keeps just these, so that its letter can be drawn again as it was sent.
 */
export interface LetterFigures {
  annualHours: number;
  limitPercent: number;
  discretionPercent: number;
  percent: number;
  counted: { hours: number };
  exempt: { minutes: number };
  left: { beforeLimit: { hours: number }; beforeDiscretion: { hours: number } };
  crossed: { limit: Pick<LessonRef, 'date' | 'period'> | null };
  forecast: { projectedPercent: number };
}

/** What of a LimitStatus a letter needs, as plain data to store with the warning. */
export function letterFiguresOf(s: LimitStatus): LetterFigures {
  return {
    annualHours: s.annualHours,
    limitPercent: s.limitPercent,
    discretionPercent: s.discretionPercent,
    percent: s.percent,
    counted: { hours: s.counted.hours },
    exempt: { minutes: s.exempt.minutes },
    left: { beforeLimit: { hours: s.left.beforeLimit.hours }, beforeDiscretion: { hours: s.left.beforeDiscretion.hours } },
    crossed: { limit: s.crossed.limit ? { date: s.crossed.limit.date, period: s.crossed.limit.period } : null },
    forecast: { projectedPercent: s.forecast.projectedPercent },
  };
}

export interface WarningLetterInput {
  school: { name: string; kind: 'public' | 'private' };
  pupil: { name: string };
  /** The adult pupil (or the pupil under 18), or the guardians of a pupil under 18: each gets their own letter. */
  to: 'pupil' | 'guardians';
  subject: { code: string; name: string };
  assessment: Pick<Assessment, 'kind' | 'date' | 'limitApplies'> & { id?: string };
  status: LetterFigures;
  /** The day the letter goes, 'YYYY-MM-DD'. */
  sentOn: string;
  /** The last day the absence recorded so far can be documented; null when none can be any longer. */
  documentationDeadline: string | null;
  /** The weeks a pupil has to contest a recorded absence. */
  contestWeeks: number;
  signedBy: { name: string; title: string };
}

export function buildWarningLetter(input: WarningLetterInput, locale: Locale): LetterDocument {
  const t = (key: string, vars?: Record<string, string | number>) => text(locale, key, vars);
  const n = (value: number) => formatNumber(locale, value);
  const d = (date: string) => formatDate(locale, date);
  const { status, assessment } = input;
  const sections = SECTIONS[input.school.kind];
  const subject = input.subject.name;
  const limit = n(status.limitPercent);
  const discretion = n(status.discretionPercent);
  const principal = t(`principal.${input.school.kind}`);

  const introKey = assessment.kind === 'final' ? 'final' : assessment.limitApplies ? 'halfYearEnd' : 'halfYear';
  const blocks: LetterBlock[] = [
    { kind: 'paragraph', head: true, text: t('warning.school', { school: input.school.name }) },
    { kind: 'paragraph', head: true, text: t(input.to === 'pupil' ? 'warning.toPupil' : 'warning.toGuardians', { pupil: input.pupil.name }) },
    { kind: 'paragraph', head: true, text: t('warning.date', { date: d(input.sentOn) }) },
    { kind: 'heading', level: 1, text: t('warning.title', { subject }) },
    { kind: 'paragraph', text: t(`warning.intro.${introKey}`, { pupil: input.pupil.name, subject, assessmentDate: d(assessment.date) }) },
    {
      kind: 'paragraph',
      text: t('warning.rule', { limit, subject, annualHours: n(status.annualHours), limitHours: n((status.annualHours * status.limitPercent) / 100) }),
    },
  ];
  if (status.crossed.limit !== null) {
    blocks.push({ kind: 'paragraph', text: t('warning.crossed', { limit, date: d(status.crossed.limit.date), period: status.crossed.limit.period }) });
  }

  const hours = (h: number) => t('warning.figures.hours', { hours: n(h) });
  const rows: [string, string][] = [
    [t('warning.figures.annualHours'), hours(status.annualHours)],
    [t('warning.figures.counted'), hours(status.counted.hours)],
    [t('warning.figures.percent'), t('warning.figures.percentValue', { percent: n(status.percent) })],
    [t('warning.figures.leftBeforeLimit', { limit }), hours(status.left.beforeLimit.hours)],
    [t('warning.figures.leftBeforeDiscretion', { discretion }), hours(status.left.beforeDiscretion.hours)],
  ];
  if (status.exempt.minutes > 0) rows.push([t('warning.figures.exempt'), hours(status.exempt.minutes / 60)]);
  rows.push([t('warning.figures.forecast'), t('warning.figures.percentValue', { percent: n(status.forecast.projectedPercent) })]);
  blocks.push({
    kind: 'table',
    caption: t('warning.figures.caption', { subject, date: d(input.sentOn) }),
    columns: [t('warning.figures.item'), t('warning.figures.value')],
    rows,
  });

  const canDo = [t('warning.canDo.attend'), t('warning.canDo.document')];
  if (input.documentationDeadline !== null) canDo.push(t('warning.canDo.documentBy', { deadline: d(input.documentationDeadline) }));
  canDo.push(t('warning.canDo.principal', { limit, discretion, principal }));
  canDo.push(t('warning.canDo.contest', { weeks: input.contestWeeks }));
  if (assessment.kind === 'final') canDo.push(t('warning.canDo.appeal', { section: sections.appeal }));
  blocks.push({ kind: 'heading', level: 2, text: t('warning.canDo.heading') }, { kind: 'list', items: canDo });

  blocks.push(
    { kind: 'paragraph', text: t('warning.contact') },
    { kind: 'paragraph', text: t('warning.basis', { section: sections.warning }) },
    { kind: 'paragraph', text: `${t('warning.closing')}\n${input.signedBy.name}\n${input.signedBy.title}` },
  );
  return { locale, title: t('warning.title', { subject }), blocks };
}
