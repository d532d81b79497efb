import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { usePupilLimits, useSetHigherHealthRisk } from '../../api/upper-secondary';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { CertificatePanel } from './CertificatePanel';
import { DiscretionForm } from './DiscretionForm';
import { SubjectLimitCard } from './SubjectLimitCard';
import { SubmissionsList } from './SubmissionsList';
import { WarningsList } from './WarningsList';
import { useLimitI18n } from './use-limit-i18n';
import './absence-limit.css';

/** The limit against annual hours on the staff's pupil page: for the subject and contact teacher, and the leadership. */
export function StaffLimitSection({ pupilId }: { pupilId: string }) {
  const { tu } = useLimitI18n();
  const query = usePupilLimits(pupilId);
  const healthRisk = useSetHigherHealthRisk(pupilId);
  if (query.isPending) return <Loading label={tu('page.loading')} />;
  if (query.isError) return <ApiErrorAlert error={query.error} />;
  const data = query.data;
  const { viewer } = data;
  return (
    <section className="figures-section" aria-labelledby="limit-staff">
      <Heading level={2} data-size="sm" id="limit-staff">
        {tu('staff.title')}
      </Heading>
      <Paragraph data-size="sm">{tu('staff.lead')}</Paragraph>
      {data.higherHealthRisk !== null && (
        <div className="limit-health-risk">
          <Paragraph data-size="sm">{tu(data.higherHealthRisk ? 'staff.higherHealthRisk' : 'staff.noHigherHealthRisk')}</Paragraph>
          {(viewer.contactTeacher || viewer.leadership) && (
            <Button type="button" variant="tertiary" data-size="sm" loading={healthRisk.isPending} onClick={() => healthRisk.mutate(!data.higherHealthRisk)}>
              {tu(data.higherHealthRisk ? 'staff.endHealthRisk' : 'staff.recordHealthRisk')}
            </Button>
          )}
          {healthRisk.isError && <ApiErrorAlert error={healthRisk.error} />}
        </div>
      )}
      <div className="limit-cards">
        {data.subjects.map((s) => (
          <SubjectLimitCard
            key={s.subjectId}
            subject={s}
            showReasons={viewer.seesReasons}
            footer={viewer.leadership && s.zone !== 'within' ? <DiscretionForm pupilId={pupilId} subject={s} /> : undefined}
          />
        ))}
      </div>
      <WarningsList warnings={data.warnings} />
      {viewer.seesReasons && <SubmissionsList submissions={data.submissions} />}
      {(viewer.contactTeacher || viewer.leadership) && <CertificatePanel pupilId={pupilId} />}
    </section>
  );
}
