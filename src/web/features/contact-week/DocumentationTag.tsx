import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { DocumentationState } from '../../../contracts/attendance';

const color: Record<DocumentationState, string> = { undocumented: 'warning', reported: 'info', documented: 'success' };

/** The documentation state in words, with a colour that only repeats them. */
export function DocumentationTag({ state }: { state: DocumentationState }) {
  const { t: ta } = useTranslation('attendance');
  return (
    <Tag data-color={color[state]} data-size="sm" className="documentation-tag">
      {ta(`documentation.${state}`)}
    </Tag>
  );
}
