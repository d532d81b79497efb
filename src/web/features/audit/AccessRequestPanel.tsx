import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { leadershipSchools } from '../../app/access';
import { useSession } from '../../app/session-context';
import { useAuditI18n } from './use-audit-i18n';

/** «Innsyn»: for the school's leadership, everything stored about the pupil as one file for an access request; the download is audited. */
export function AccessRequestPanel({ pupilId, schoolId }: { pupilId: string; schoolId: string }) {
  const { ta } = useAuditI18n();
  const me = useSession();
  if (!leadershipSchools(me).some((s) => s.id === schoolId)) return null;
  return (
    <section className="panel access-request" aria-labelledby="access-request">
      <Heading level={2} data-size="sm" id="access-request">
        {ta('accessRequest.title')}
      </Heading>
      <Paragraph data-size="sm">{ta('accessRequest.text')}</Paragraph>
      <Link href={`/api/pupils/${encodeURIComponent(pupilId)}/export`} download>
        {ta('accessRequest.download')}
      </Link>
    </section>
  );
}
