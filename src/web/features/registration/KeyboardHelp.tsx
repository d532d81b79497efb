import { Details } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { KeyboardIcon } from './icons';

/** The keys, short: a teacher at a keyboard registers a class without the mouse. */
export function KeyboardHelp() {
  const { t: ta } = useTranslation('attendance');
  const keys: [string, string][] = [
    ['↑ ↓', ta('keyboard.move')],
    ['M F S O', ta('keyboard.status')],
    ['0–9', ta('keyboard.minutes')],
    ['Enter / Ctrl+S', ta('keyboard.save')],
  ];
  return (
    <Details className="keyboard-help" data-size="sm">
      <Details.Summary>
        <KeyboardIcon />
        {ta('keyboard.title')}
      </Details.Summary>
      <Details.Content>
        <dl className="keyboard-help__list">
          {keys.map(([key, text]) => (
            <div key={key}>
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
      </Details.Content>
    </Details>
  );
}
