import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { CaseView } from '../../../contracts/followup-api';
import { leadingCauses } from '../../../contracts/followup-mapping';
import { summarise } from './MappingSummaries';
import { useFollowupI18n } from './use-followup-i18n';

/** What happened in the case, newest first, with who recorded it. */
export function CaseTimeline({ view }: { view: CaseView }) {
  const { tf, date } = useFollowupI18n();
  const contacts = new Map(view.contacts.map((c) => [c.record.id, c.record]));
  const detail = (e: CaseView['events'][number]['event']): string => {
    if (e.type === 'contactLogged') {
      const c = contacts.get(e.recordId);
      return c ? `${tf(`contactChannels.${c.channel}`)}: ${c.summary}` : '';
    }
    if (e.type === 'mappingDone') {
      const cause = view.mappings.causeMappings.find((m) => m.id === e.recordId);
      if (cause) return `${tf(`perspectives.${cause.perspective}`)}: ${leadingCauses(cause).map((c) => tf(`causes.${c.category}`)).join(', ') || tf('ui.mapping.noLeading')}`;
      return summarise(tf, view.mappings, e.recordId) ?? '';
    }
    if (e.type === 'caseClosed') return tf(`closingReasons.${e.reason}`) + (e.note ? ` – ${e.note}` : '');
    if (e.type === 'evaluationDone') return e.outcomes.map((o) => tf(`evaluationOutcomes.${o}`)).join(', ');
    if (e.type === 'caseReopened') return e.note;
    return '';
  };
  return (
    <section className="panel" aria-labelledby="case-timeline">
      <Heading level={2} data-size="sm" id="case-timeline">
        {tf('ui.timeline.title')}
      </Heading>
      <ol className="followup-timeline" reversed>
        {[...view.events].reverse().map(({ event, byName }) => (
          <li key={event.id}>
            <Paragraph data-size="sm">
              <strong>{tf(`ui.events.${event.type}`)}</strong> · <time dateTime={event.at}>{date(event.at)}</time> · {byName}
              {detail(event) && <span className="followup-timeline__detail"> — {detail(event)}</span>}
            </Paragraph>
          </li>
        ))}
      </ol>
    </section>
  );
}
