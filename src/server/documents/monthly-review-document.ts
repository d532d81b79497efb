// The monthly review as a document for the leadership's records: the
// figures as tables, the checklist with who ticked what, and whether and by
// whom the review was marked done. Pure: the review and the translations in.
import type { Locale } from '../../contracts/locale.js';
import type { MonthlyReview } from '../../contracts/overview.js';
import type { Block, DocumentModel } from './document-model.js';
import { PAGE_MARK, PAGES_MARK } from '../../contracts/followup-documents.js';
import { formatDate, translator } from '../i18n/translator.js';

const monthName = (month: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nb-NO', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));

export function monthlyReviewDocument(review: MonthlyReview, locale: Locale, ownerName?: string): DocumentModel {
  const t = translator(locale, 'overview');
  const when = (at: string) => formatDate(at.slice(0, 10), locale);
  const change = (n: number) => (n > 0 ? t('review.up', { n }) : n < 0 ? t('review.down', { n: -n }) : t('review.same'));
  const blocks: Block[] = [
    { kind: 'heading', text: t('review.rules') },
    {
      kind: 'table',
      header: [t('review.rule'), t('review.className'), t('review.pupils'), t('review.lastMonth'), t('review.change'), t('review.newThisMonth')],
      widths: ['*', 'auto', 'auto', 'auto', 'auto', 'auto'],
      rows: review.rules.flatMap((r) => [
        [r.ruleName, t('review.allClasses'), String(r.pupils), String(r.lastMonth), change(r.change), String(r.newThisMonth)],
        ...r.classes.map((c) => ['', c.className, String(c.pupils), String(c.lastMonth), change(c.change), String(c.newThisMonth)]),
      ]),
      empty: t('review.rulesEmpty'),
    },
  ];
  if (review.casesAvailable) {
    const d = review.cases.deadlines;
    blocks.push(
      { kind: 'heading', text: t('review.cases') },
      {
        kind: 'facts',
        rows: [
          [t('review.openCases'), String(review.cases.open)],
          [t('review.openedThisMonth'), String(review.cases.openedThisMonth)],
          [t('review.closedThisMonth'), String(review.cases.closedThisMonth)],
        ],
      },
      { kind: 'heading', text: t('review.byStep') },
      { kind: 'table', header: [t('review.step'), t('review.openCases')], widths: ['*', 'auto'], rows: review.cases.byStep.map((s) => [t('review.stepName', { number: s.number, name: s.name }), String(s.open)]) },
      { kind: 'heading', text: t('review.deadlines') },
      {
        kind: 'table',
        header: [t('review.deadlinesDue'), t('review.kept'), t('review.late'), t('review.missed'), t('review.pending')],
        widths: ['*', 'auto', 'auto', 'auto', 'auto'],
        rows: [[String(d.due), String(d.kept), String(d.late), String(d.missed), String(d.pending)]],
      },
      { kind: 'heading', text: t('review.withoutContact') },
      {
        kind: 'table',
        header: [t('review.pupils'), t('review.className'), t('review.openedOn')],
        widths: ['*', 'auto', 'auto'],
        rows: review.cases.withoutContact.map((c) => [`${c.pupil.givenName} ${c.pupil.familyName}`, c.className ?? '', formatDate(c.openedOn, locale)]),
        empty: t('review.withoutContactEmpty'),
      },
    );
  } else blocks.push({ kind: 'paragraph', text: t('noCases'), tone: 'muted' });
  blocks.push(
    { kind: 'heading', text: t('review.checklist') },
    {
      kind: 'checklist',
      items: review.checklist.items.map((i) => ({
        text: i.checked ? `${t(`review.item.${i.item}`)} (${t('review.checkedBy', { by: i.checked.by, at: when(i.checked.at) })})` : t(`review.item.${i.item}`),
        checked: i.checked !== null,
      })),
    },
    { kind: 'paragraph', text: review.checklist.done ? t('review.doneBy', { by: review.checklist.done.by, at: when(review.checklist.done.at) }) : t('review.notDone'), tone: 'strong' },
  );
  if (review.checklist.note) blocks.push({ kind: 'paragraph', text: review.checklist.note });
  return {
    kind: 'monthlyReview',
    locale,
    title: t('pdf.title', { month: monthName(review.month, locale) }),
    letterhead: { school: review.school.name, ...(ownerName ? { owner: ownerName } : {}), marking: t('pdf.marking') },
    dateLine: t('pdf.made', { date: formatDate(review.asOf, locale) }),
    blocks,
    footer: { left: review.school.name, page: t('pdf.page', { page: PAGE_MARK, pages: PAGES_MARK }) },
  };
}
