import { Button, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { PARTICIPANTS, type Person } from '../../../contracts/followup-roles';
import { SelectField } from './fields';
import { useFollowupI18n } from './use-followup-i18n';

export interface ParticipantDraft { name: string; role: Person['role'] }

/** Rows without a name are left out rather than refused: an empty row is a row not used. */
export const participantsOf = (drafts: readonly ParticipantDraft[]): Person[] => drafts.filter((d) => d.name.trim()).map((d) => ({ name: d.name.trim(), role: d.role }));

/** Others who take part (the nurse, PPT, a grandparent in the network), each by name and role. */
export function ParticipantFields({ legend, value, onChange }: { legend: string; value: ParticipantDraft[]; onChange: (v: ParticipantDraft[]) => void }) {
  const { tf } = useFollowupI18n();
  const change = (i: number, patch: Partial<ParticipantDraft>) => onChange(value.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {value.map((p, i) => (
        <div key={i} className="followup-row followup-participant">
          <Textfield label={tf('ui.participants.name')} value={p.name} onChange={(e) => change(i, { name: e.target.value })} />
          <SelectField label={tf('ui.participants.role')} value={p.role} onChange={(role) => change(i, { role: role as Person['role'] })} options={PARTICIPANTS.map((r) => ({ value: r, label: tf(`roles.${r}`) }))} />
          <Button type="button" variant="tertiary" data-size="sm" onClick={() => onChange(value.filter((_, j) => j !== i))}>
            {tf('ui.participants.remove')}
          </Button>
        </div>
      ))}
      <div>
        <Button type="button" variant="secondary" data-size="sm" onClick={() => onChange([...value, { name: '', role: 'nurse' }])}>
          {tf('ui.participants.add')}
        </Button>
      </div>
    </Fieldset>
  );
}
