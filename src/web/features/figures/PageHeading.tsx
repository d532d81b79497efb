import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

/** The h1 and its lead line, as on the other pages of the app. */
export function PageHeading({ title, lead }: { title: string; lead?: ReactNode }) {
  return (
    <div className="page-heading">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {lead && <Paragraph className="page-heading__lead">{lead}</Paragraph>}
    </div>
  );
}
