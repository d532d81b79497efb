import { Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ConcernView } from '../../../contracts/rules';
import { BackfilledTag, LevelTag, OverdueTag } from './ConcernTags';
import { HandledControl } from './HandledControl';
import { useRulesI18n } from './use-rules-i18n';
import {
  dueState,
  dueText,
  figureText,
  limitText,
  nextStepText,
  recipientsText,
  subjectText,
  windowText,
} from './wording';

interface Props {
  concern: ConcernView;
  /** The pupil's other concerns with the same rule (other periods), shown folded under this one. */
  others?: readonly ConcernView[];
  asOf: string;
  headingLevel: 4 | 5;
  undo: 'undo' | 'reopen';
}

/** The dates that made a concern, folded away: a contact teacher opens them when talking to the home. */
export function EvidenceDates({ dates }: { dates: readonly string[] }) {
  const { tr, fmt } = useRulesI18n();
  if (dates.length === 0) return null;
  return (
    <Details className="evidence-dates">
      <Details.Summary>{tr('concern.evidence', { count: dates.length })}</Details.Summary>
      <Details.Content>
        <ul className="evidence-dates__list">
          {dates.map((date) => (
            <li key={date}>
              <time dateTime={date}>{fmt.day(date)}</time>
            </li>
          ))}
        </ul>
      </Details.Content>
    </Details>
  );
}

/** The same rule's concerns in other periods, one line each, each with its own «Fulgt opp». */
function OtherPeriods({ others, asOf, undo }: { others: readonly ConcernView[]; asOf: string; undo: Props['undo'] }) {
  const { tr, fmt, locale } = useRulesI18n();
  const w = { tr, fmt, locale };
  return (
    <Details className="concern-others">
      <Details.Summary>{tr('concern.others', { count: others.length })}</Details.Summary>
      <Details.Content>
        <ul className="concern-others__list">
          {others.map((c) => {
            const due = dueText(w, c, asOf);
            return (
              <li key={c.id}>
                <span className="concern-others__text">
                  <strong>{windowText(w, c.window)}:</strong> {figureText(w, c.measure, c.value, c.base)}.
                  {due && <> {due}.</>}
                  {dueState(c, asOf) === 'overdue' && <> <OverdueTag /></>}
                </span>
                <HandledControl concern={c} undo={undo} />
              </li>
            );
          })}
        </ul>
      </Details.Content>
    </Details>
  );
}

/**
 * One concern in plain words: which rule was met, the figure with its
 * denominator against the threshold, the period, what to do next and by
 * when, who is told, the dates behind it, and «Fulgt opp».
 */
export function ConcernCard({ concern, others = [], asOf, headingLevel, undo }: Props) {
  const { tr, fmt, locale } = useRulesI18n();
  const w = { tr, fmt, locale };
  const state = dueState(concern, asOf);
  const due = dueText(w, concern, asOf);
  const figure = figureText(w, concern.measure, concern.value, concern.base);
  const now = figureText(w, concern.measure, concern.currentValue, concern.base);
  const subject = subjectText(concern.subject);
  const closed =
    state === 'closed'
      ? tr(concern.status === 'superseded' ? 'concern.superseded' : concern.backfilled && concern.holds ? 'concern.backfilledWhy' : 'concern.notHolding')
      : null;

  return (
    <article className={`concern-card${state === 'overdue' ? ' concern-card--overdue' : ''}`}>
      <div className="concern-card__head">
        <Heading level={headingLevel} data-size="2xs" className="concern-card__rule">
          {concern.rule.name}
        </Heading>
        <div className="concern-card__tags">
          <LevelTag level={concern.level} />
          {state === 'overdue' && <OverdueTag />}
          {concern.backfilled && <BackfilledTag />}
        </div>
      </div>
      <dl className="concern-facts">
        <div>
          <dt>{tr('concern.figure')}</dt>
          <dd>
            <strong>{figure}.</strong> {tr('concern.limit', { limit: limitText(w, concern.measure, concern.comparison, concern.threshold) })}
            {now !== figure && <> {tr('concern.now', { figure: now })}</>}
          </dd>
        </div>
        {subject && (
          <div>
            <dt>{tr('concern.subject')}</dt>
            <dd>{subject}</dd>
          </div>
        )}
        <div>
          <dt>{tr('concern.window')}</dt>
          <dd>{windowText(w, concern.window)}</dd>
        </div>
        {closed === null && state !== 'handled' && (
          <div>
            <dt>{tr('concern.next')}</dt>
            <dd>{nextStepText(w, concern.step)}</dd>
          </div>
        )}
        {due && (
          <div>
            <dt>{tr('concern.due')}</dt>
            <dd className={state === 'overdue' ? 'concern-facts__overdue' : undefined}>{due}</dd>
          </div>
        )}
        <div>
          <dt>{tr('concern.notify')}</dt>
          <dd>{recipientsText(w, concern.notify)}</dd>
        </div>
      </dl>
      {closed && (
        <Paragraph data-size="sm" className="muted">
          {closed}
        </Paragraph>
      )}
      <div className="concern-card__foot">
        <EvidenceDates dates={concern.evidence} />
        <HandledControl concern={concern} undo={undo} />
      </div>
      {others.length > 0 && <OtherPeriods others={others} asOf={asOf} undo={undo} />}
    </article>
  );
}
