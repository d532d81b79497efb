import { Heading } from '@digdir/designsystemet-react';
import { useRulesI18n } from './use-rules-i18n';

/** On «Mine elever», the figures table gets a heading of its own below what is to be followed up. */
export function MyFiguresHeading() {
  const { tr } = useRulesI18n();
  return (
    <Heading level={2} data-size="md" className="rules-figures-heading">
      {tr('mine.figuresTitle')}
    </Heading>
  );
}
