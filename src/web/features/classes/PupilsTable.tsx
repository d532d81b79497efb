import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ClassPupil } from '../../../contracts/classes';
import { AGE_OF_MAJORITY } from '../../../domain/age';
import { TableRegion } from '../../components/TableRegion';
import { formatIsoDate } from '../../i18n/format';
import { PupilFiguresLink } from '../figures/FiguresLinks';

interface Props {
  className: string;
  schoolId: string;
  pupils: readonly ClassPupil[];
}

export function PupilsTable({ className, schoolId, pupils }: Props) {
  const { t } = useTranslation();
  const label = t('classes.pupilsTableLabel', { name: className });
  const anyAdult = pupils.some((p) => p.age >= AGE_OF_MAJORITY);

  return (
    <section className="pupils" aria-labelledby="pupils-heading">
      <div className="section-heading">
        <Heading level={2} data-size="md" id="pupils-heading">
          {t('classes.pupilsTitle')}
        </Heading>
        {anyAdult && (
          <Paragraph data-size="sm" className="muted">
            {t('classes.adultExplanation', { age: AGE_OF_MAJORITY })}
          </Paragraph>
        )}
      </div>
      {pupils.length === 0 ? (
        <Paragraph className="panel">{t('classes.noPupils')}</Paragraph>
      ) : (
        <TableRegion label={label}>
          <Table zebra border data-size="md">
            <caption className="visually-hidden">{label}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('classes.columns.name')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('classes.columns.birthDate')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('classes.columns.age')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('classes.columns.contactTeacher')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {pupils.map((pupil) => {
                const adult = pupil.age >= AGE_OF_MAJORITY;
                return (
                  <Table.Row key={pupil.id}>
                    <Table.HeaderCell scope="row" className="pupil-name">
                      <span>
                        <PupilFiguresLink
                          pupilId={pupil.id}
                          schoolId={schoolId}
                          backLabel={{ ns: 'app', key: 'classes.className', values: { name: className } }}
                        >
                          {pupil.familyName}, {pupil.givenName}
                        </PupilFiguresLink>
                      </span>
                      {adult && (
                        <Tag data-color="accent" variant="outline" data-size="sm" className="adult-tag">
                          {t('classes.adultTag', { age: AGE_OF_MAJORITY })}
                        </Tag>
                      )}
                    </Table.HeaderCell>
                    <Table.Cell className="nowrap">
                      <time dateTime={pupil.birthDate}>{formatIsoDate(pupil.birthDate)}</time>
                    </Table.Cell>
                    <Table.Cell className="numeric">{t('classes.ageYears', { count: pupil.age })}</Table.Cell>
                    <Table.Cell>
                      {pupil.contactTeacher?.name ?? <span className="muted">{t('classes.noContactTeacher')}</span>}
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </TableRegion>
      )}
    </section>
  );
}
