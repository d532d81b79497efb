import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import type { PolicyOverviewView } from '../../../contracts/rules';
import { usePolicyVersion } from '../../api/rules';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { TableRegion } from '../../components/TableRegion';
import type { EditorStart } from './PolicyEditor';
import { presetLabel } from './PolicyEditor';
import { PolicySummary } from './PolicySummary';
import { useRulesI18n } from './use-rules-i18n';

interface Props {
  overview: PolicyOverviewView;
  viewing: number | null;
  onView(version: number | null): void;
  /** For the administrator: an old version as the start of a new one. */
  onStartFrom?: (start: EditorStart) => void;
}

function ViewedVersion({ version, onClose, onStartFrom }: { version: number; onClose(): void; onStartFrom?: Props['onStartFrom'] }) {
  const { tr, fmt } = useRulesI18n();
  const query = usePolicyVersion(version);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [version]);
  return (
    <section className="panel rules-section policy-viewed" aria-labelledby="policy-viewed-title">
      <div className="policy-viewed__head">
        <Heading level={3} data-size="xs" id="policy-viewed-title" ref={headingRef} tabIndex={-1}>
          {tr('policy.viewedTitle', { version })}
        </Heading>
        <Button type="button" variant="tertiary" data-size="sm" onClick={onClose}>
          {tr('policy.close')}
        </Button>
      </div>
      {query.isPending ? (
        <Loading label={tr('loading')} />
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} />
      ) : (
        <>
          <Paragraph data-size="sm" className="muted">
            {typeof query.data.policy.name === 'string' ? `${query.data.policy.name}. ` : ''}
            {query.data.savedAt &&
              (query.data.savedBy
                ? tr('policy.savedByAt', { time: fmt.dateTime(query.data.savedAt), name: query.data.savedBy })
                : tr('policy.savedAt', { time: fmt.dateTime(query.data.savedAt) }))}
          </Paragraph>
          <PolicySummary policy={query.data.policy} version={version} headingLevel={4} />
          {onStartFrom && (
            <div>
              <Button
                type="button"
                variant="secondary"
                onClick={() => onStartFrom({ id: `version:${version}`, policy: query.data.policy, basedOn: query.data.basedOn })}
              >
                {tr('policy.startFromThis')}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

/** «Versjoner»: who saved which version when, and why; any of them opened as it was. */
export function PolicyHistory({ overview, viewing, onView, onStartFrom }: Props) {
  const { tr, fmt } = useRulesI18n();
  const presets = new Map(overview.presets.map((p) => [p.id, p.policy]));
  const caption = tr('policy.historyCaption');
  return (
    <section className="rules-section" aria-labelledby="policy-history-title">
      <Heading level={2} data-size="sm" id="policy-history-title">
        {tr('policy.historyTitle')}
      </Heading>
      {overview.versions.length === 0 ? (
        <Paragraph className="rules-empty">{tr('policy.historyEmpty')}</Paragraph>
      ) : (
        <TableRegion label={caption}>
          <Table className="rules-table" data-size="sm" zebra>
            <caption className="visually-hidden">{caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{tr('policy.history.version')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{tr('policy.history.saved')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{tr('policy.history.by')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{tr('policy.history.basedOn')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{tr('policy.history.note')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{tr('policy.history.actions')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {overview.versions.map((v) => (
                <Table.Row key={v.version} aria-current={viewing === v.version ? 'true' : undefined}>
                  <Table.HeaderCell scope="row">
                    {v.version}
                    {v.version === overview.active.version && <span className="cell-sub">{tr('policy.inForce')}</span>}
                  </Table.HeaderCell>
                  <Table.Cell className="nowrap">{fmt.dateTime(v.savedAt)}</Table.Cell>
                  <Table.Cell>{v.savedBy ?? tr('policy.savedBySystem')}</Table.Cell>
                  <Table.Cell>{v.basedOn ? presetLabel(tr, v.basedOn, presets.get(v.basedOn) ?? {}) : tr('policy.noNote')}</Table.Cell>
                  <Table.Cell className="policy-note">{v.note ?? tr('policy.noNote')}</Table.Cell>
                  <Table.Cell>
                    <Button
                      type="button"
                      variant="tertiary"
                      data-size="sm"
                      aria-label={tr('policy.viewLabel', { version: v.version })}
                      aria-pressed={viewing === v.version}
                      onClick={() => onView(viewing === v.version ? null : v.version)}
                    >
                      {tr('policy.view')}
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableRegion>
      )}
      {viewing !== null && <ViewedVersion version={viewing} onClose={() => onView(null)} onStartFrom={onStartFrom} />}
    </section>
  );
}
