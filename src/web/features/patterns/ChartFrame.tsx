import { Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

interface Props {
  id: string;
  title: string;
  lead: ReactNode;
  /** What the chart shows, in one or two sentences, for those who do not see it. */
  summary: string;
  tableSummary: string;
  /** The chart's numbers as a table: its text alternative. */
  table: ReactNode;
  children: ReactNode;
}

/** A chart with its heading, a summary in words, and its numbers as a table under «Vis som tabell». */
export function ChartFrame({ id, title, lead, summary, tableSummary, table, children }: Props) {
  return (
    <section className="pattern-block" aria-labelledby={`${id}-title`}>
      <Heading level={3} data-size="xs" id={`${id}-title`}>
        {title}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {lead}
      </Paragraph>
      <figure className="chart" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
        {children}
        <figcaption id={`${id}-summary`} className="chart__summary">
          {summary}
        </figcaption>
      </figure>
      <Details data-size="sm">
        <Details.Summary>{tableSummary}</Details.Summary>
        <Details.Content>{table}</Details.Content>
      </Details>
    </section>
  );
}
