import { Textfield } from '@digdir/designsystemet-react';
import { PUPIL_VOICE_WAYS } from '../../../contracts/followup-records';
import { SelectField } from './fields';
import { useFollowupI18n } from './use-followup-i18n';

export interface VoiceState {
  how: string;
  text: string;
}

/** The pupil's voice, a field of its own on every conversation, meeting and evaluation. */
export function PupilVoiceFields({ value, onChange }: { value: VoiceState; onChange: (v: VoiceState) => void }) {
  const { tf } = useFollowupI18n();
  return (
    <fieldset className="followup-voice">
      <legend>{tf('ui.voice.legend')}</legend>
      <SelectField label={tf('ui.voice.how')} value={value.how} onChange={(how) => onChange({ ...value, how })} options={PUPIL_VOICE_WAYS.map((w) => ({ value: w, label: tf(`pupilVoiceWays.${w}`) }))} />
      <Textfield
        label={value.how === 'notHeard' ? tf('ui.voice.whyNot') : tf('ui.voice.text')}
        multiline
        rows={3}
        value={value.text}
        onChange={(e) => onChange({ ...value, text: e.target.value })}
      />
    </fieldset>
  );
}

/** The voice as the contract wants it. */
export function voiceOf(v: VoiceState) {
  if (v.how === 'notHeard') return { how: v.how, whyNotHeard: v.text };
  if (v.how === 'throughAdult') return { how: v.how, text: v.text, throughWhom: '—' };
  return { how: v.how, text: v.text };
}
