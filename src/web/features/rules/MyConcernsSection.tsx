import { Button, Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { PupilConcerns } from '../../../contracts/rules';
import { useMyConcerns } from '../../api/rules';
import { paths } from '../../app/paths';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import type { BackTo } from '../figures/back-link-state';
import { groupByRule, splitMyConcerns } from './concern-lists';
import { ConcernCard } from './ConcernCard';
import { NearingCard } from './NearingCard';
import { useRulesI18n } from './use-rules-i18n';
import './rules.css';

/** The most urgent pupils first; the rest a press away, so the figures below are never far down. */
const FIRST_PUPILS = 8;

const BACK_TO: BackTo = { path: paths.myPupils, label: { ns: 'figures', key: 'mine.title', values: {} } };

function ShowAll({ total, onShow }: { total: number; onShow(): void }) {
  const { tr } = useRulesI18n();
  return (
    <div>
      <Button type="button" variant="secondary" data-size="sm" onClick={onShow}>
        {tr('mine.showAll', { count: total })}
      </Button>
    </div>
  );
}

function PupilBlock({ pupil, children }: { pupil: PupilConcerns['pupil']; children: ReactNode }) {
  const { tr } = useRulesI18n();
  const name = `${pupil.givenName} ${pupil.familyName}`;
  return (
    <li className="pupil-concerns">
      <div className="pupil-concerns__head">
        <Heading level={4} data-size="xs">
          {name}
          {pupil.className && <span className="pupil-concerns__class"> {pupil.className}</span>}
        </Heading>
        <DsLink asChild>
          <RouterLink to={paths.pupilFigures(pupil.id)} state={{ backTo: BACK_TO }}>
            {tr('mine.pupilLink', { name: pupil.givenName })}
          </RouterLink>
        </DsLink>
      </div>
      <div className="pupil-concerns__list">{children}</div>
    </li>
  );
}

/**
 * «Mine elever», above the figures: which of the contact teacher's pupils
 * have met a rule, most urgent first, with what to do by when; then who is
 * nearing one or on course for one at the current rate.
 */
export function MyConcernsSection() {
  const { tr, fmt } = useRulesI18n();
  const query = useMyConcerns();
  const [allMet, setAllMet] = useState(false);
  const [allNearing, setAllNearing] = useState(false);

  if (query.isPending) return <Loading label={tr('loading')} />;
  if (query.isError) return <ApiErrorAlert error={query.error} />;

  const { asOf, policy } = query.data;
  const { met, nearing } = splitMyConcerns(query.data);
  const metShown = allMet ? met : met.slice(0, FIRST_PUPILS);
  const nearingShown = allNearing ? nearing : nearing.slice(0, FIRST_PUPILS);

  return (
    <section className="rules-section" aria-labelledby="mine-concerns-title">
      <div className="rules-section__intro">
        <Heading level={2} data-size="md" id="mine-concerns-title">
          {tr('mine.title')}
        </Heading>
        <Paragraph data-size="sm" className="muted">
          {tr('mine.lead', { policy: policy.name, version: policy.version, date: fmt.date(asOf) })}
        </Paragraph>
      </div>

      <section className="rules-subsection" aria-labelledby="mine-met-title">
        <Heading level={3} data-size="sm" id="mine-met-title">
          {tr('mine.metTitle')}
          {met.length > 0 && <span className="rules-count"> {tr('mine.pupilCount', { count: met.length })}</span>}
        </Heading>
        {met.length === 0 ? (
          <Paragraph className="rules-empty">{tr('mine.metEmpty')}</Paragraph>
        ) : (
          <ul className="pupil-concerns-list">
            {metShown.map(({ pupil, items }) => (
              <PupilBlock key={pupil.id} pupil={pupil}>
                {groupByRule(items).map(({ key, lead, others }) => (
                  <ConcernCard key={key} concern={lead} others={others} asOf={asOf} headingLevel={5} undo="undo" />
                ))}
              </PupilBlock>
            ))}
          </ul>
        )}
        {metShown.length < met.length && <ShowAll total={met.length} onShow={() => setAllMet(true)} />}
      </section>

      <section className="rules-subsection" aria-labelledby="mine-nearing-title">
        <Heading level={3} data-size="sm" id="mine-nearing-title">
          {tr('mine.nearingTitle')}
          {nearing.length > 0 && <span className="rules-count"> {tr('mine.pupilCount', { count: nearing.length })}</span>}
        </Heading>
        <Paragraph data-size="sm" className="muted">
          {tr('mine.nearingLead')}
        </Paragraph>
        {nearing.length === 0 ? (
          <Paragraph className="rules-empty">{tr('mine.nearingEmpty')}</Paragraph>
        ) : (
          <ul className="pupil-concerns-list">
            {nearingShown.map(({ pupil, items }) => (
              <PupilBlock key={pupil.id} pupil={pupil}>
                {items.map((item) => (
                  <NearingCard key={item.key} item={item} headingLevel={5} undo="undo" />
                ))}
              </PupilBlock>
            ))}
          </ul>
        )}
        {nearingShown.length < nearing.length && <ShowAll total={nearing.length} onShow={() => setAllNearing(true)} />}
      </section>
    </section>
  );
}
