import { Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef } from 'react';
import { isApiRequestError } from '../../api/api-error';
import { usePupilConcerns } from '../../api/rules';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { groupByRule, isOpen, splitPupilConcerns } from './concern-lists';
import { ConcernCard } from './ConcernCard';
import { NearingCard } from './NearingCard';
import { useRulesI18n } from './use-rules-i18n';
import './rules.css';

/**
 * A pupil's concerns this school year, open and handled, and the rules the
 * pupil nears. For the contact teacher and the leadership only: anyone else
 * (a subject teacher) is refused by the server and sees no panel at all.
 */
export function PupilConcernsPanel({ pupilId }: { pupilId: string }) {
  const { tr, fmt } = useRulesI18n();
  const query = usePupilConcerns(pupilId);
  // The concerns open when first seen here keep their place when marked, so their undo is where the button was.
  const keptOpen = useRef(new Set<string>());

  if (query.isPending) return <Loading label={tr('loading')} />;
  if (query.isError) {
    if (isApiRequestError(query.error) && (query.error.status === 403 || query.error.status === 404)) return null;
    return <ApiErrorAlert error={query.error} />;
  }

  const { asOf, policy, concerns, forecasts } = query.data;
  for (const c of concerns) if (isOpen(c)) keptOpen.current.add(c.id);
  const { open, nearing, closed } = splitPupilConcerns(concerns, forecasts, keptOpen.current);

  return (
    <section className="panel rules-section" aria-labelledby="pupil-concerns-title">
      <div className="rules-section__intro">
        <Heading level={2} data-size="sm" id="pupil-concerns-title">
          {tr('pupil.title')}
        </Heading>
        <Paragraph data-size="sm" className="muted">
          {tr('pupil.lead', { policy: policy.name, version: policy.version, date: fmt.date(asOf) })}
        </Paragraph>
      </div>

      <section className="rules-subsection" aria-labelledby="pupil-open-title">
        <Heading level={3} data-size="xs" id="pupil-open-title">
          {tr('pupil.openTitle')}
        </Heading>
        {open.length === 0 ? (
          <Paragraph data-size="sm">{tr('pupil.openEmpty')}</Paragraph>
        ) : (
          <div className="pupil-concerns__list">
            {groupByRule(open).map(({ key, lead, others }) => (
              <ConcernCard key={key} concern={lead} others={others} asOf={asOf} headingLevel={4} undo="undo" />
            ))}
          </div>
        )}
      </section>

      <section className="rules-subsection" aria-labelledby="pupil-nearing-title">
        <Heading level={3} data-size="xs" id="pupil-nearing-title">
          {tr('pupil.nearingTitle')}
        </Heading>
        {nearing.length === 0 ? (
          <Paragraph data-size="sm">{tr('pupil.nearingEmpty')}</Paragraph>
        ) : (
          <div className="pupil-concerns__list">
            {nearing.map((item) => (
              <NearingCard key={item.key} item={item} headingLevel={4} undo="undo" />
            ))}
          </div>
        )}
      </section>

      {closed.length > 0 && (
        <Details className="rules-closed">
          <Details.Summary>{tr('pupil.closedSummary', { count: closed.length })}</Details.Summary>
          <Details.Content>
            <div className="pupil-concerns__list">
              {groupByRule(closed).map(({ key, lead, others }) => (
                <ConcernCard key={key} concern={lead} others={others} asOf={asOf} headingLevel={4} undo="reopen" />
              ))}
            </div>
          </Details.Content>
        </Details>
      )}
    </section>
  );
}
