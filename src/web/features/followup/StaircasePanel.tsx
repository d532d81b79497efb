import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { CaseView } from '../../../contracts/followup-api';
import { useFollowupI18n } from './use-followup-i18n';

const STEP_COLOR = { current: 'info', done: 'success', closed: 'warning', ahead: 'neutral', passed: 'neutral', wentBack: 'neutral' } as const;
const STATUS_COLOR = { met: 'success', metLate: 'warning', open: 'info', dueToday: 'warning', overdue: 'danger', waiting: 'neutral' } as const;

/**
 * The owner's staircase with the step the case is on, its deadlines by school days, and what is still to record.
 * A closed case shows the step it closed on with the reason, and the steps after it as not reached.
 */
export function StaircasePanel({ view }: { view: CaseView }) {
  const { tf, text, date } = useFollowupI18n();
  const lastClosing = view.closings[view.closings.length - 1];
  return (
    <section className="panel" aria-labelledby="case-staircase">
      <Heading level={2} data-size="sm" id="case-staircase">
        {tf('ui.staircase.title', { name: text(view.staircase.name) })}
      </Heading>
      <ol className="followup-steps">
        {view.staircase.steps.map((step) => (
          <li key={step.id} className={`followup-step followup-step--${step.status}`} aria-current={step.status === 'current' ? 'step' : undefined}>
            <div className="followup-step__head">
              <strong>
                {step.number}. {text(step.name)}
              </strong>{' '}
              <Tag data-color={STEP_COLOR[step.status]} data-size="sm">
                {tf(`ui.stepStatus.${step.status}`)}
              </Tag>
            </div>
            {step.status === 'current' && view.current && (
              <div className="followup-step__body">
                <Paragraph data-size="sm">{text(step.purpose)}</Paragraph>
                <Paragraph data-size="sm" className="muted">
                  {tf('ui.staircase.responsible', { roles: step.responsible.map((r) => tf(`roles.${r}`)).join(', ') })}
                </Paragraph>
                <ul className="followup-deadlines">
                  {view.current.deadlines.map((d) => (
                    <li key={`${d.deadlineId}-${d.cycle}`}>
                      <span>{text(d.name)}</span> — {tf('ui.staircase.dueOn', { date: date(d.dueOn) })}{' '}
                      <Tag data-color={STATUS_COLOR[d.status]} data-size="sm">
                        {tf(`deadlineStatus.${d.status}`)}
                      </Tag>
                      {d.missing.length > 0 && (
                        <Paragraph data-size="sm" className="muted">
                          {tf('ui.staircase.missing', { records: d.missing.map((k) => tf(`recordKinds.${k}`)).join(', ') })}
                        </Paragraph>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {step.closing && (
              <div className="followup-step__body">
                <Paragraph data-size="sm">{tf('ui.staircase.closedHere', { date: date(step.closing.at), reason: tf(`closingReasons.${step.closing.reason}`) })}</Paragraph>
                {lastClosing?.note && (
                  <Paragraph data-size="sm" className="muted">
                    {lastClosing.note}
                  </Paragraph>
                )}
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
