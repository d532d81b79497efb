import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { DayPlan, DayPlanRow } from '../../../contracts/followup-agreement';
import { useFollowupI18n } from './use-followup-i18n';

export interface DayPlanDraft { appliesTo: string; rows: DayPlanRow[] }

/** The draft as the contract wants it: no plan when no row has what happens. */
export function dayPlanOf(draft: DayPlanDraft): DayPlan | undefined {
  const rows = draft.rows.filter((r) => r.what.trim()).map((r) => ({ ...r, where: r.where.trim() || '—', responsible: r.responsible.trim() || '—' }));
  if (rows.length === 0) return undefined;
  return { ...(draft.appliesTo.trim() ? { appliesTo: draft.appliesTo.trim() } : {}), rows };
}

export function draftOf(plan: DayPlan | undefined): DayPlanDraft {
  return { appliesTo: plan?.appliesTo ?? '', rows: plan?.rows ?? [] };
}

/** The next row starts where the last one ended, an hour long: how a day plan is usually written. */
function nextRow(rows: readonly DayPlanRow[], responsible: string): DayPlanRow {
  const last = rows[rows.length - 1];
  const from = last?.to ?? '08:00';
  const hour = Math.min(23, Number(from.slice(0, 2)) + 1);
  return { from, to: `${String(hour).padStart(2, '0')}:${from.slice(3, 5)}`, where: '', what: '', responsible };
}

/** Dagsplan: hour by hour, where the pupil is, what happens and who is responsible. */
export function DayPlanFields({ value, onChange, responsible }: { value: DayPlanDraft; onChange: (v: DayPlanDraft) => void; responsible: string }) {
  const { tf } = useFollowupI18n();
  const change = (i: number, patch: Partial<DayPlanRow>) => onChange({ ...value, rows: value.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  return (
    <div className="followup-dayplan">
      <Heading level={4} data-size="2xs">
        {tf('ui.dayPlan.title')}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {tf('ui.dayPlan.help')}
      </Paragraph>
      <Textfield label={tf('ui.dayPlan.appliesTo')} value={value.appliesTo} onChange={(e) => onChange({ ...value, appliesTo: e.target.value })} />
      <ol className="followup-dayplan__rows">
        {value.rows.map((r, i) => (
          <li key={i} className="followup-row">
            <Textfield label={tf('ui.dayPlan.from')} type="time" value={r.from} onChange={(e) => change(i, { from: e.target.value })} />
            <Textfield label={tf('ui.dayPlan.to')} type="time" value={r.to} onChange={(e) => change(i, { to: e.target.value })} />
            <Textfield label={tf('ui.dayPlan.where')} value={r.where} onChange={(e) => change(i, { where: e.target.value })} />
            <Textfield label={tf('ui.dayPlan.what')} value={r.what} onChange={(e) => change(i, { what: e.target.value })} />
            <Textfield label={tf('ui.dayPlan.responsible')} value={r.responsible} onChange={(e) => change(i, { responsible: e.target.value })} />
            <Button type="button" variant="tertiary" data-size="sm" onClick={() => onChange({ ...value, rows: value.rows.filter((_, j) => j !== i) })}>
              {tf('ui.dayPlan.remove')}
            </Button>
          </li>
        ))}
      </ol>
      <div>
        <Button type="button" variant="secondary" data-size="sm" onClick={() => onChange({ ...value, rows: [...value.rows, nextRow(value.rows, responsible)] })}>
          {tf('ui.dayPlan.addRow')}
        </Button>
      </div>
    </div>
  );
}
