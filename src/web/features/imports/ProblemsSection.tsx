import { Alert, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { Ref } from 'react';
import type { ImportError } from '../../../contracts/imports';
import { TableRegion } from '../../components/TableRegion';
import { useImportsI18n } from './use-imports-i18n';

interface Props {
  fileName: string;
  errors: readonly ImportError[];
  errorCount: number;
  /** The heading, focused when the problems appear. */
  ref?: Ref<HTMLHeadingElement>;
}

/** Every problem of the file at once, by line and column, so the user fixes them all in one go. */
export function ProblemsSection({ fileName, errors, errorCount, ref }: Props) {
  const { ti } = useImportsI18n();
  const caption = ti('page.problemsCaption', { fileName });
  return (
    <section className="import-result" aria-labelledby="import-problems-heading">
      <Alert data-color="danger">
        <Heading level={2} data-size="sm" id="import-problems-heading" ref={ref} tabIndex={-1}>
          {ti('page.problemsHeading')}
        </Heading>
        <Paragraph>{ti('page.problemsIntro', { count: errorCount })}</Paragraph>
        {errors.length < errorCount && <Paragraph>{ti('page.problemsShown', { shown: errors.length, count: errorCount })}</Paragraph>}
      </Alert>
      <TableRegion label={caption}>
        <Table zebra border data-size="sm">
          <caption className="visually-hidden">{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col" className="numeric">
                {ti('page.line')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col">{ti('page.column')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{ti('page.problem')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {errors.map((error, index) => (
              <Table.Row key={index}>
                <Table.Cell className="numeric">{error.line ?? <span className="muted">{ti('page.wholeFile')}</span>}</Table.Cell>
                <Table.Cell>{error.column ? <code>{error.column}</code> : null}</Table.Cell>
                <Table.Cell>{error.message}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableRegion>
    </section>
  );
}
