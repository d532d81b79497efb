import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { parsePolicy } from '../../../domain/rules/parse-policy';
import type { Policy } from '../../../domain/rules/policy-schema';
import { TableRegion } from '../../components/TableRegion';
import { LevelTag } from './ConcernTags';
import {
  approachingText,
  measureText,
  ruleDueText,
  ruleLimitText,
  ruleRecipientsText,
  ruleStepText,
  ruleWindowText,
} from './policy-wording';
import { useRulesI18n } from './use-rules-i18n';
import { recipientsText, type Words } from './wording';

interface Props {
  policy: Record<string, unknown>;
  version: number;
  /** The h-level of the summary's own headings. */
  headingLevel: 3 | 4;
}

function RulesTable({ policy, version, w }: { policy: Policy; version: number; w: Words }) {
  const { tr } = w;
  const caption = tr('policy.rulesCaption', { version });
  return (
    <TableRegion label={caption}>
      <Table className="rules-table policy-table" data-size="sm" zebra>
        <caption className="visually-hidden">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{tr('policy.columns.rule')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{tr('policy.columns.measure')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{tr('policy.columns.window')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{tr('policy.columns.threshold')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{tr('policy.columns.approaching')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{tr('policy.columns.notify')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{tr('policy.columns.due')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{tr('policy.columns.step')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {policy.rules.map((rule) => (
            <Table.Row key={rule.id}>
              <Table.HeaderCell scope="row">
                <span className="cell-main">{rule.name}</span>
                <span className="cell-tags">
                  <LevelTag level={rule.trigger.level} />
                  {rule.provenance === 'ours' && (
                    <Tag data-color="neutral" data-size="sm" variant="outline">
                      {tr('policy.ours')}
                    </Tag>
                  )}
                </span>
                {rule.provenance === 'ours' && <span className="cell-sub">{tr('policy.oursHint')}</span>}
              </Table.HeaderCell>
              <Table.Cell>{measureText(w, rule)}</Table.Cell>
              <Table.Cell>{ruleWindowText(w, rule.window)}</Table.Cell>
              <Table.Cell>{ruleLimitText(w, rule)}</Table.Cell>
              <Table.Cell>{approachingText(w, rule)}</Table.Cell>
              <Table.Cell>{ruleRecipientsText(w, rule)}</Table.Cell>
              <Table.Cell>{ruleDueText(w, rule.trigger.actWithin)}</Table.Cell>
              <Table.Cell>{ruleStepText(w, policy, rule)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableRegion>
  );
}

/** A policy in words: its source, the rules as a table, the staircase and the deadlines of the year. */
export function PolicySummary({ policy: json, version, headingLevel }: Props) {
  const { tr, fmt, locale } = useRulesI18n();
  const w = { tr, fmt, locale };
  // Every stored version was checked when saved; the check here only gives the table its types.
  const parsed = parsePolicy({ ...json, version: Math.max(1, version) });
  if (!parsed.ok) {
    return (
      <div className="policy-summary">
        <Paragraph>{tr('policy.unreadable')}</Paragraph>
        <pre className="policy-json-view">{JSON.stringify(json, null, 2)}</pre>
      </div>
    );
  }
  const policy = parsed.policy;
  const steps = policy.staircase?.steps ?? [];
  const deadlines = policy.deadlines ?? [];
  return (
    <div className="policy-summary">
      {policy.description && <Paragraph data-size="sm">{policy.description}</Paragraph>}
      <Paragraph data-size="sm" className="policy-source">
        {tr('policy.source', { title: policy.source.title, publisher: policy.source.publisher })}
        {policy.source.note && <> {policy.source.note}</>}
      </Paragraph>
      <RulesTable policy={policy} version={version} w={w} />
      <Paragraph data-size="sm" className="muted">
        {tr('policy.guardiansNote')}
      </Paragraph>
      {steps.length > 0 && (
        <>
          <Heading level={headingLevel} data-size="2xs">
            {policy.staircase?.name ?? tr('policy.staircaseTitle')}
          </Heading>
          <ol className="policy-steps">
            {steps.map((step) => (
              <li key={step.id} value={step.number}>
                <span className="cell-main">
                  {step.actWithin ? tr('policy.stepDue', { name: step.name, due: ruleDueText(w, step.actWithin) }) : step.name}
                </span>
                {step.description && <span className="cell-sub">{step.description}</span>}
              </li>
            ))}
          </ol>
        </>
      )}
      {deadlines.length > 0 && (
        <>
          <Heading level={headingLevel} data-size="2xs">
            {tr('policy.deadlinesTitle')}
          </Heading>
          <ul className="policy-deadlines">
            {deadlines.map((d) => (
              <li key={d.id}>
                {tr('policy.deadline', { name: d.name, date: fmt.monthDay(d.before) })}
                <span className="cell-sub">{recipientsText(w, d.notify)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
