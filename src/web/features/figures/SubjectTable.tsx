import { Paragraph, Table } from '@digdir/designsystemet-react';
import type { WindowFigures } from '../../../contracts/figures';
import { TableRegion } from '../../components/TableRegion';
import { Figure, ShareCell } from './FigureCells';
import { LevelMarker } from './LevelMarker';
import { levelOf, type Limits } from './levels';
import { useFiguresI18n } from './use-figures-i18n';

interface Props {
  subjects: WindowFigures['bySubject'];
  limits: Limits | null;
  windowName: string;
}

/** Absence per subject; where the school is upper secondary, with the 5 % and 10 % levels of undocumented absence. */
export function SubjectTable({ subjects, limits, windowName }: Props) {
  const { tf, fmt } = useFiguresI18n();
  const caption = tf('pupil.subjects.caption', { window: windowName });
  if (subjects.length === 0) return <Paragraph className="panel">{tf('pupil.subjects.empty')}</Paragraph>;
  // Upper secondary: the subjects nearest the limit first. Otherwise in the order of the timetable's codes.
  const ordered = limits
    ? [...subjects].sort((a, b) => b.byDocumentation.undocumented.percent - a.byDocumentation.undocumented.percent)
    : subjects;
  return (
    <>
      <TableRegion label={caption}>
        <Table zebra border data-size="sm" className="subject-table">
          <caption data-size="xs">{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{tf('pupil.subjects.columns.subject')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {tf('table.columns.percent')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {tf('table.columns.undocumented')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {tf('table.columns.reported')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {tf('table.columns.documented')}
              </Table.HeaderCell>
              {limits && (
                <Table.HeaderCell scope="col" className="numeric">
                  {tf('pupil.subjects.columns.towardLimit')}
                </Table.HeaderCell>
              )}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {ordered.map((s) => {
              const undocumented = s.byDocumentation.undocumented;
              const level = levelOf(undocumented.percent, limits);
              return (
                <Table.Row key={s.subjectId} data-level={level ?? undefined}>
                  <Table.HeaderCell scope="row" className="subject-table__subject">
                    <span>{s.subjectName ?? s.subjectCode}</span>{' '}
                    {s.subjectName && <span className="figure__of">{s.subjectCode}</span>}
                  </Table.HeaderCell>
                  <ShareCell share={s} tf={tf} fmt={fmt} />
                  <Table.Cell className="numeric figure">
                    <Figure
                      main={
                        <span className="subject-table__level">
                          {level && <LevelMarker level={level} />}
                          {fmt.percent(undocumented.percent)}
                        </span>
                      }
                      of={tf('units.lessonsOf', {
                        absent: fmt.integer(undocumented.absent),
                        of: fmt.integer(undocumented.of),
                        count: undocumented.of,
                      })}
                    />
                  </Table.Cell>
                  <ShareCell share={s.byDocumentation.reported} tf={tf} fmt={fmt} />
                  <ShareCell share={s.byDocumentation.documented} tf={tf} fmt={fmt} />
                  {limits && <ShareCell share={s.towardLimit} tf={tf} fmt={fmt} />}
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </TableRegion>
      {limits && (
        <Paragraph data-size="sm" className="muted">
          {tf('pupil.subjects.towardLimitNote')}
        </Paragraph>
      )}
    </>
  );
}
