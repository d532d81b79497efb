import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useSchoolClasses } from '../../api/classes';
import { paths } from '../../app/paths';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AppLink } from '../../components/AppLink';
import { Loading } from '../../components/Loading';
import { TableRegion } from '../../components/TableRegion';
import { gradeLabel } from './grade';

export function SchoolClassesView({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation();
  const query = useSchoolClasses(schoolId);

  if (query.isPending) return <Loading label={t('classes.loadingClasses')} />;
  if (query.isError) return <ApiErrorAlert error={query.error} />;
  const { school, schoolYear, classes } = query.data;
  const headingId = `school-${school.id}`;

  return (
    <section className="school-classes" aria-labelledby={headingId}>
      <div className="section-heading">
        <Heading level={2} data-size="md" id={headingId}>
          {school.name}
        </Heading>
        <Paragraph className="muted" data-size="sm">
          {schoolYear ? t('classes.schoolYear', { name: schoolYear.name }) : t('classes.noSchoolYear')}
        </Paragraph>
      </div>
      {classes.length === 0 ? (
        <Paragraph className="panel">{schoolYear ? t('classes.noClasses') : t('classes.noSchoolYearBody')}</Paragraph>
      ) : (
        <TableRegion label={t('classes.tableLabel', { school: school.name })}>
          <Table zebra border hover data-size="md">
            <caption className="visually-hidden">{t('classes.tableLabel', { school: school.name })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('classes.columns.class')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('classes.columns.grade')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('classes.columns.pupils')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('classes.columns.contactTeachers')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {classes.map((c) => (
                <Table.Row key={c.id}>
                  <Table.HeaderCell scope="row">
                    <AppLink to={paths.classDetail(c.id)}>{c.name}</AppLink>
                  </Table.HeaderCell>
                  <Table.Cell>{gradeLabel(t, c.grade)}</Table.Cell>
                  <Table.Cell className="numeric">{c.pupilCount}</Table.Cell>
                  <Table.Cell>
                    {c.contactTeachers.length > 0 ? (
                      c.contactTeachers.map((teacher) => teacher.name).join(', ')
                    ) : (
                      <span className="muted">{t('classes.noContactTeacher')}</span>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableRegion>
      )}
    </section>
  );
}
