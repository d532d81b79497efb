import type { ReactNode } from 'react';

interface Props {
  /** Names the region for screen readers; usually the table's caption or heading. */
  label: string;
  children: ReactNode;
}

/**
 * Lets a wide table scroll sideways on a phone. The region can take focus, so
 * keyboard users can scroll it too.
 */
export function TableRegion({ label, children }: Props) {
  return (
    <div className="table-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
