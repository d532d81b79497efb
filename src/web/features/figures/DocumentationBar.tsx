import type { WindowFigures } from '../../../contracts/figures';
import type { Formatter } from './format';
import type { FiguresT } from './use-figures-i18n';

const parts = ['undocumented', 'reported', 'documented'] as const;
type Part = (typeof parts)[number];

interface Props {
  byDocumentation: WindowFigures['overall']['byDocumentation'];
  tf: FiguresT;
  fmt: Formatter;
}

/**
 * The absent lessons split by documentation: a stacked bar for the eye and a
 * list with every number for everyone. The bar is decoration: the list says
 * it all, and each part has its own pattern as well as its own colour.
 */
export function DocumentationBar({ byDocumentation, tf, fmt }: Props) {
  const total = parts.reduce((sum, part) => sum + byDocumentation[part].absent, 0);
  return (
    <div className="doc-bar">
      {total > 0 && (
        <div className="doc-bar__track" aria-hidden="true">
          {parts.map((part) =>
            byDocumentation[part].absent > 0 ? (
              <span
                key={part}
                className={`doc-bar__part doc-bar__part--${part}`}
                style={{ flexGrow: byDocumentation[part].absent }}
              />
            ) : null,
          )}
        </div>
      )}
      <ul className="doc-bar__legend">
        {parts.map((part: Part) => {
          const share = byDocumentation[part];
          return (
            <li key={part}>
              <span className={`doc-bar__swatch doc-bar__part--${part}`} aria-hidden="true" />
              <span className="doc-bar__label">{tf(`documentation.${part}`)}</span>
              <span className="doc-bar__value">
                {fmt.percent(share.percent)}{' '}
                <span className="figure__of">
                  ({tf('units.lessonsOf', { absent: fmt.integer(share.absent), of: fmt.integer(share.of), count: share.of })})
                </span>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
