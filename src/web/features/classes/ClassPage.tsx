import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useClassDetail } from '../../api/classes';
import { paths } from '../../app/paths';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AppLink } from '../../components/AppLink';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/use-document-title';
import { ClassFiguresLink } from '../figures/FiguresLinks';
import { gradeLabel } from './grade';
import { PupilsTable } from './PupilsTable';
import './classes.css';

/** One class and its pupils today. */
export function ClassPage() {
  const { t } = useTranslation();
  const { classId = '' } = useParams();
  const query = useClassDetail(classId);
  const detail = query.data;
  useDocumentTitle(detail ? t('classes.className', { name: detail.name }) : t('classes.classTitle'));

  const backLink = (
    <AppLink to={paths.classes} className="back-link">
      <span aria-hidden="true">← </span>
      {t('classes.backToClasses')}
    </AppLink>
  );

  if (query.isPending) {
    return (
      <>
        {backLink}
        <Heading level={1} data-size="lg">
          {t('classes.classTitle')}
        </Heading>
        <Loading label={t('classes.loadingPupils')} />
      </>
    );
  }
  if (query.isError) {
    return (
      <>
        {backLink}
        <Heading level={1} data-size="lg">
          {t('classes.classTitle')}
        </Heading>
        <ApiErrorAlert error={query.error} />
      </>
    );
  }

  const { name, grade, school, pupils } = query.data;
  return (
    <>
      {backLink}
      <div className="page-heading">
        <Heading level={1} data-size="lg">
          {t('classes.className', { name })}
        </Heading>
        <Paragraph className="page-heading__lead">
          {[gradeLabel(t, grade), school.name, t('classes.pupilCount', { count: pupils.length })].join(' · ')}
        </Paragraph>
        <ClassFiguresLink classId={classId} schoolId={school.id} />
      </div>
      <PupilsTable className={name} schoolId={school.id} pupils={pupils} />
    </>
  );
}
