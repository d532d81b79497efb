import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { PupilConcerns } from '../../../contracts/rules';
import { useMyConcerns } from '../../api/rules';
import { paths } from '../../app/paths';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import type { BackTo } from '../figures/back-link-state';
import { splitMyConcerns } from './concern-lists';
import { ConcernCard } from './ConcernCard';
import { NearingCard } from './NearingCard';
import { useRulesI18n } from './use-rules-i18n';
import './rules.css';

const BACK_TO: BackTo = { path: paths.myPupils, label: { ns: 'figures', key: 'mine.title', values: {} } };

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

  if (query.isPending) return <Loading label={tr('loading')} />;
  if (query.isError) return <ApiErrorAlert error={query.error} />;

  const { asOf, policy } = query.data;
  const { met, nearing } = splitMyConcerns(query.data);

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
            {met.map(({ pupil, items }) => (
              <PupilBlock key={pupil.id} pupil={pupil}>
                {items.map((concern) => (
                  <ConcernCard key={concern.id} concern={concern} asOf={asOf} headingLevel={5} undo="undo" />
                ))}
              </PupilBlock>
            ))}
          </ul>
        )}
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
            {nearing.map(({ pupil, items }) => (
              <PupilBlock key={pupil.id} pupil={pupil}>
                {items.map((item) => (
                  <NearingCard key={item.key} item={item} headingLevel={5} undo="undo" />
                ))}
              </PupilBlock>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
