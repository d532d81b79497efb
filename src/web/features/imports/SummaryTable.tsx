import { Table } from '@digdir/designsystemet-react';
import { importEntitySchema, type ImportSummary } from '../../../contracts/imports';
import { TableRegion } from '../../components/TableRegion';
import { useImportsI18n } from './use-imports-i18n';

const OUTCOMES = ['create', 'update', 'unchanged'] as const;

/** What an import creates, changes and leaves, one row per kind of thing, in the order the contract lists them. */
export function SummaryTable({ summary, caption }: { summary: ImportSummary; caption: string }) {
  const { ti } = useImportsI18n();
  const entities = importEntitySchema.options.filter((entity) => OUTCOMES.some((outcome) => summary[outcome][entity] !== undefined));
  return (
    <TableRegion label={caption}>
      <Table zebra border data-size="sm" className="import-summary">
        <caption className="visually-hidden">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{ti('page.what')}</Table.HeaderCell>
            {OUTCOMES.map((outcome) => (
              <Table.HeaderCell key={outcome} scope="col" className="numeric">
                {ti(`page.${outcome}`)}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {entities.map((entity) => (
            <Table.Row key={entity}>
              <Table.HeaderCell scope="row">{ti(`entity.${entity}`)}</Table.HeaderCell>
              {OUTCOMES.map((outcome) => (
                <Table.Cell key={outcome} className="numeric">
                  {summary[outcome][entity] ?? 0}
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableRegion>
  );
}

/** Whether the import would create or change anything at all. */
export function changesSomething(summary: ImportSummary): boolean {
  return [...Object.values(summary.create), ...Object.values(summary.update)].some((n) => n > 0);
}
