import { ToggleGroup } from '@digdir/designsystemet-react';
import type { WindowKind } from '../../api/figures';
import { isWindowKind } from './window-param';
import { useFiguresI18n } from './use-figures-i18n';

interface Props {
  value: WindowKind;
  kinds: readonly WindowKind[];
  onChange(kind: WindowKind): void;
}

/** Høsthalvåret, vårhalvåret or the whole school year so far. */
export function WindowSwitch({ value, kinds, onChange }: Props) {
  const { tf } = useFiguresI18n();
  return (
    <ToggleGroup
      aria-label={tf('window.label')}
      data-size="sm"
      variant="secondary"
      value={value}
      onChange={(next) => {
        if (isWindowKind(next)) onChange(next);
      }}
      className="window-switch"
    >
      {kinds.map((kind) => (
        <ToggleGroup.Item key={kind} value={kind}>
          {tf(`window.${kind}`)}
        </ToggleGroup.Item>
      ))}
    </ToggleGroup>
  );
}
