import { Paragraph } from '@digdir/designsystemet-react';
import { CIRCLES, hardestParts } from '../../../contracts/followup-mapping';
import type { CaseView } from '../../../contracts/followup-api';
import { useFollowupI18n, type FollowupT } from './use-followup-i18n';

type Mappings = CaseView['mappings'];
type Item = Mappings['scalings'][number]['items'][number];

export const scalingItemLabel = (tf: FollowupT, item: Item) => ('part' in item ? tf(`schoolDayParts.${item.part}`) : item.label);

/** A saved scaling, tiltakssirkel or factor sheet in a line or a few, for the case page and the timeline. */
export function summarise(tf: FollowupT, mappings: Mappings, recordId: string): string | null {
  const scaling = mappings.scalings.find((m) => m.id === recordId);
  if (scaling) {
    const hard = hardestParts(scaling);
    return tf('ui.scaling.done', {
      perspective: tf(`perspectives.${scaling.perspective}`),
      items: scaling.items.map((i) => `${scalingItemLabel(tf, i)} ${i.score}`).join(', '),
      hardest: hard.length ? hard.map((i) => scalingItemLabel(tf, i)).join(', ') : tf('ui.scaling.noneHard'),
    });
  }
  const circle = mappings.circles.find((m) => m.id === recordId);
  if (circle) {
    const parts = CIRCLES.flatMap((c) => {
      const entry = circle.circles[c];
      if (!entry) return [];
      const lists = [
        entry.resources.length ? tf('ui.circle.doneResources', { list: entry.resources.join(', ') }) : null,
        entry.risks.length ? tf('ui.circle.doneRisks', { list: entry.risks.join(', ') }) : null,
        entry.measures.length ? tf('ui.circle.doneMeasures', { list: entry.measures.map((m) => m.text).join(', ') }) : null,
      ].filter(Boolean);
      return [`${tf(`circles.${c}`)} – ${lists.join('; ')}`];
    });
    return parts.join('. ') + (circle.internal ? ` (${tf('ui.circle.internalShort')})` : '');
  }
  const factors = mappings.factors.find((m) => m.id === recordId);
  if (factors) {
    const list = (fs: typeof factors.triggering) => fs.map((f) => f.text + (f.hypothesis ? ` (${tf('ui.factors.guess')})` : '')).join('; ');
    const parts = [
      factors.triggering.length ? tf('ui.factors.doneTriggering', { list: list(factors.triggering) }) : null,
      factors.maintaining.length ? tf('ui.factors.doneMaintaining', { list: list(factors.maintaining) }) : null,
    ].filter(Boolean);
    return `${tf(`perspectives.${factors.perspective}`)} – ${parts.join('. ')}`;
  }
  return null;
}

/** The saved records of one tool, shown above its form. */
export function MappingSummaries({ view, tool }: { view: CaseView; tool: 'scaling' | 'circle' | 'factors' }) {
  const { tf, date } = useFollowupI18n();
  const records = tool === 'scaling' ? view.mappings.scalings : tool === 'circle' ? view.mappings.circles : view.mappings.factors;
  return (
    <>
      {records.map((m) => (
        <Paragraph key={m.id} data-size="sm">
          <strong>{date(m.at)}</strong>: {summarise(tf, view.mappings, m.id)}
        </Paragraph>
      ))}
    </>
  );
}
