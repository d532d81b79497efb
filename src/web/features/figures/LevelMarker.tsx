import { Tag } from '@digdir/designsystemet-react';
import type { Level } from './levels';
import { useFiguresI18n } from './use-figures-i18n';

/** A triangle for the alert, an octagon for the limit: the shape and the word carry it, not the colour. */
function LevelIcon({ level }: { level: Level }) {
  return (
    <svg className="level-marker__icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      {level === 'overLimit' ? (
        <>
          <path d="M5 1h6l4 4v6l-4 4H5l-4-4V5z" fill="currentColor" />
          <path d="M5 5l6 6M11 5l-6 6" stroke="var(--ds-color-surface-tinted, #fff)" strokeWidth="1.8" />
        </>
      ) : (
        <>
          <path d="M8 1l7.5 14H.5z" fill="currentColor" />
          <path d="M8 6v4.5M8 12v1.5" stroke="var(--ds-color-surface-tinted, #fff)" strokeWidth="1.8" />
        </>
      )}
    </svg>
  );
}

/** «Varsel» or «Over grensen», with an icon, for a vgs subject's undocumented absence. */
export function LevelMarker({ level }: { level: Level }) {
  const { tf } = useFiguresI18n();
  return (
    <Tag data-color={level === 'overLimit' ? 'danger' : 'warning'} data-size="sm" className="level-marker">
      <LevelIcon level={level} />
      {tf(`levels.${level}`)}
    </Tag>
  );
}
