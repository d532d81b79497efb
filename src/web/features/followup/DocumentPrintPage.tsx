import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useParams, useSearchParams } from 'react-router';
import { useCaseDocument } from '../../api/followup';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AppLink } from '../../components/AppLink';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/use-document-title';
import { paths, PRINT_SLUGS, type PrintableDocument } from '../../app/paths';
import { useFollowupI18n } from './use-followup-i18n';
import { PrintDocument } from './PrintDocument';

const KIND_OF_SLUG = new Map(Object.entries(PRINT_SLUGS).map(([kind, slug]) => [slug, kind as PrintableDocument]));

/**
 * A letter of the case (invitation, minutes, agreement, action plan) as a
 * plain page to print, outside the app's frame, so nothing but the letter goes
 * to paper. The server sends the model its PDF is drawn from, in the reader's
 * language, after the same access check and with an audit row of its own.
 */
export function DocumentPrintPage() {
  const { caseId = '', document: slug = '' } = useParams();
  const [search] = useSearchParams();
  const { tf, locale } = useFollowupI18n();
  const kind = KIND_OF_SLUG.get(slug);
  const id = search.get('id') ?? undefined;
  const version = Number(search.get('versjon')) || undefined;
  const query = useCaseDocument(caseId, kind ?? 'actionPlan', { locale, ...(id ? { id } : {}), ...(version ? { version } : {}) }, kind !== undefined);
  const model = query.data;
  useDocumentTitle(model ? model.footer.left : tf('ui.print.toolbar'));
  const toolbar = (
    <nav className="print-toolbar" aria-label={tf('ui.print.toolbar')}>
      <AppLink to={paths.followupCase(caseId)}>
        <span aria-hidden="true">← </span>
        {tf('ui.print.back')}
      </AppLink>
      {model && (
        <Button type="button" data-size="sm" onClick={() => window.print()}>
          {tf('ui.print.print')}
        </Button>
      )}
    </nav>
  );
  let body;
  if (kind === undefined) body = <Paragraph>{tf('ui.print.notFound')}</Paragraph>;
  else if (query.isPending) body = <Loading label={tf('ui.loading')} />;
  else if (query.isError || !model) body = <ApiErrorAlert error={query.error} />;
  else body = <PrintDocument model={model} />;
  return (
    <main className="print-page">
      {toolbar}
      {body}
    </main>
  );
}
