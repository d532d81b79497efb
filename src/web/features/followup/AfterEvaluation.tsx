import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { CaseView } from '../../../contracts/followup-api';
import { useFollowupI18n } from './use-followup-i18n';

/**
 * What the evaluation's chosen way forward asks for next, right after it is
 * saved: a new agreement is opened in the editor below; interdisciplinary
 * consultation asks for the team and, when the step allows, the next step;
 * going on names the next evaluation.
 */
export function AfterEvaluation({ view, outcomes }: { view: CaseView; outcomes: readonly string[] }) {
  const { tf, date } = useFollowupI18n();
  const agreement = view.agreements[view.agreements.length - 1];
  const nextOn = agreement?.versions[agreement.versions.length - 1]?.content.evaluationOn;
  const mayGoOn = view.current?.outcomes.some((o) => o.outcome === 'next' && o.ready) ?? false;
  return (
    <Alert data-color="info" className="followup-after-evaluation" role="status">
      <Heading level={3} data-size="xs">
        {tf('ui.after.title')}
      </Heading>
      {outcomes.includes('newAgreement') && <Paragraph data-size="sm">{tf('ui.after.newAgreement')}</Paragraph>}
      {outcomes.includes('interdisciplinary') && (
        <Paragraph data-size="sm">
          {tf(mayGoOn ? 'ui.after.interdisciplinaryNext' : 'ui.after.interdisciplinary')} <Link href="#case-team">{tf('ui.after.toTeam')}</Link>
          {mayGoOn && (
            <>
              {' · '}
              <Link href="#case-actions">{tf('ui.after.toMoves')}</Link>
            </>
          )}
        </Paragraph>
      )}
      {outcomes.includes('continue') && nextOn && <Paragraph data-size="sm">{tf('ui.after.continue', { date: date(nextOn) })}</Paragraph>}
    </Alert>
  );
}
