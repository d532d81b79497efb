import { Alert, Field, Heading, Label, Paragraph, Select, Table, Tag } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { Outbox } from '../../../contracts/rules';
import { useOutbox, type OutboxScope, type OutboxStatus } from '../../api/rules';
import { leadershipSchools } from '../../app/access';
import { paths } from '../../app/paths';
import { useSession } from '../../app/session-context';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { TableRegion } from '../../components/TableRegion';
import { useDocumentTitle } from '../../components/use-document-title';
import { SchoolPicker } from '../classes/SchoolPicker';
import { PageHeading } from '../figures/PageHeading';
import { OUTBOX_FILTER_STATUSES, outboxStatusOf } from './outbox-status';
import { useRulesI18n, type RulesT } from './use-rules-i18n';
import './rules.css';

type Entry = Outbox['entries'][number];
type Channel = '' | Entry['channel'];

/** The server answers with at most this many, newest first. */
const OUTBOX_LIMIT = 500;

const RECIPIENT_KINDS = new Set(['guardian', 'pupil', 'contactTeacher', 'subjectTeacher', 'classTeam', 'counsellor', 'resourceTeam', 'leadership']);

function recipientKind(tr: RulesT, kind: string): string {
  return RECIPIENT_KINDS.has(kind) ? tr(`outbox.recipientKind.${kind}`) : kind;
}

function StatusCell({ entry, mailServer }: { entry: Entry; mailServer: boolean }) {
  const { tr, fmt } = useRulesI18n();
  const words = outboxStatusOf(entry, mailServer);
  const name = tr(`outbox.statusName.${entry.status}`);
  const detail =
    entry.status === 'sent' && entry.sentAt ? tr('outbox.sentAt', { time: fmt.dateTime(entry.sentAt) }) : tr(`outbox.state.${words.key}`, words.values);
  return (
    <div className="outbox-status">
      <Tag data-color={words.tone} data-size="sm" className="outbox-status__tag">
        {name}
      </Tag>
      {detail !== name && <span className="cell-sub">{detail}</span>}
      {entry.lastError && entry.status !== 'sent' && (
        <span className="cell-sub outbox-status__error">{tr('outbox.lastError', { error: entry.lastError })}</span>
      )}
    </div>
  );
}

function EntryRow({ entry, mailServer, showSchool }: { entry: Entry; mailServer: boolean; showSchool: boolean }) {
  const { tr, fmt } = useRulesI18n();
  const recipient = entry.recipientName
    ? tr('outbox.recipientWithKind', { name: entry.recipientName, kind: recipientKind(tr, entry.recipientKind) })
    : recipientKind(tr, entry.recipientKind);
  return (
    <Table.Row>
      <Table.Cell className="nowrap">{fmt.dateTime(entry.createdAt)}</Table.Cell>
      <Table.HeaderCell scope="row">
        {entry.pupil.familyName}, {entry.pupil.givenName}
      </Table.HeaderCell>
      {showSchool && <Table.Cell>{entry.school.name}</Table.Cell>}
      <Table.Cell>{entry.rule}</Table.Cell>
      <Table.Cell>
        <span className="cell-main">{recipient}</span>
        <span className="cell-sub">
          {tr(`outbox.channel.${entry.channel}`)}
          {entry.email ? ` · ${entry.email}` : ''}
        </span>
      </Table.Cell>
      <Table.Cell>
        <span className="cell-main">{entry.subject}</span>
        {entry.neutral && (
          <span className="outbox-neutral">
            <Tag data-color="info" data-size="sm" variant="outline">
              {tr('outbox.neutral')}
            </Tag>
            <span className="cell-sub">{tr('outbox.neutralHint')}</span>
          </span>
        )}
      </Table.Cell>
      <Table.Cell>
        <StatusCell entry={entry} mailServer={mailServer} />
      </Table.Cell>
    </Table.Row>
  );
}

/**
 * «Utsendinger»: what the rules sent and what waits, with its status in words.
 * A school's for its leadership (skole/:schoolId/utsendinger), all the owner's
 * schools' for the administrator (eier/utsendinger).
 */
export function OutboxPage() {
  const { tr } = useRulesI18n();
  const me = useSession();
  const navigate = useNavigate();
  const { schoolId } = useParams();
  const scope: OutboxScope = schoolId ? { kind: 'school', schoolId } : { kind: 'owner' };
  const [status, setStatus] = useState<OutboxStatus | ''>('');
  const [channel, setChannel] = useState<Channel>('');
  const query = useOutbox(scope, status || undefined);
  const ids = { status: useId(), channel: useId() };
  const schools = leadershipSchools(me);
  const school = schoolId ? schools.find((s) => s.id === schoolId) : undefined;
  const title = tr('outbox.title');
  useDocumentTitle(title);
  const lead = schoolId ? (school ? tr('outbox.leadSchool', { school: school.name }) : undefined) : tr('outbox.leadOwner', { owner: me.owner.name });

  const picker =
    schoolId && schools.length > 1 ? (
      <SchoolPicker schools={schools} value={schoolId} onChange={(id) => void navigate(paths.schoolOutbox(id))} />
    ) : null;

  const filters = (
    <div className="rules-filter" role="search" aria-label={tr('filter.label')}>
      <Field>
        <Label htmlFor={ids.status}>{tr('filter.status')}</Label>
        <Select id={ids.status} value={status} onChange={(e) => setStatus(e.target.value as OutboxStatus | '')}>
          <Select.Option value="">{tr('filter.allStatuses')}</Select.Option>
          {OUTBOX_FILTER_STATUSES.map((s) => (
            <Select.Option key={s} value={s}>
              {tr(`outbox.statusName.${s}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label htmlFor={ids.channel}>{tr('filter.channel')}</Label>
        <Select id={ids.channel} value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
          <Select.Option value="">{tr('filter.allChannels')}</Select.Option>
          <Select.Option value="email">{tr('outbox.channel.email')}</Select.Option>
          <Select.Option value="app">{tr('outbox.channel.app')}</Select.Option>
        </Select>
      </Field>
    </div>
  );

  if (query.isPending || query.isError) {
    return (
      <>
        <PageHeading title={title} lead={lead} />
        {picker}
        {query.isPending ? <Loading label={tr('loading')} /> : <ApiErrorAlert error={query.error} />}
      </>
    );
  }

  const { entries, mailServer } = query.data;
  const shown = channel ? entries.filter((e) => e.channel === channel) : entries;
  const showSchool = scope.kind === 'owner' && new Set(entries.map((e) => e.school.id)).size > 1;
  const caption = lead ?? title;
  const filtered = status !== '' || channel !== '';

  return (
    <>
      <PageHeading title={title} lead={lead} />
      {picker}
      {!mailServer && (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            {tr('outbox.noMailServerTitle')}
          </Heading>
          <Paragraph>{tr('outbox.noMailServerBody')}</Paragraph>
        </Alert>
      )}
      <section className="rules-section" aria-label={caption}>
        {filters}
        <Paragraph data-size="sm" role="status" className="muted">
          {tr('outbox.showing', { shown: shown.length, count: entries.length })}
          {entries.length >= OUTBOX_LIMIT && <> {tr('outbox.newest', { count: OUTBOX_LIMIT })}</>}
        </Paragraph>
        {shown.length === 0 ? (
          <Paragraph className="rules-empty">{filtered ? tr('outbox.filteredEmpty') : tr('outbox.empty')}</Paragraph>
        ) : (
          <TableRegion label={caption}>
            <Table className="rules-table" data-size="sm" zebra>
              <caption className="visually-hidden">{caption}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{tr('outbox.columns.created')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{tr('outbox.columns.pupil')}</Table.HeaderCell>
                  {showSchool && <Table.HeaderCell scope="col">{tr('outbox.columns.school')}</Table.HeaderCell>}
                  <Table.HeaderCell scope="col">{tr('outbox.columns.rule')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{tr('outbox.columns.recipient')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{tr('outbox.columns.subject')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{tr('outbox.columns.status')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {shown.map((entry) => (
                  <EntryRow key={entry.id} entry={entry} mailServer={mailServer} showSchool={showSchool} />
                ))}
              </Table.Body>
            </Table>
          </TableRegion>
        )}
      </section>
    </>
  );
}
