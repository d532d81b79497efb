import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Ref } from 'react';
import type { ImportCommit, ImportPreview } from '../../../contracts/imports';
import { ProblemsSection } from './ProblemsSection';
import { changesSomething, SummaryTable } from './SummaryTable';
import { useImportsI18n } from './use-imports-i18n';

interface PreviewProps {
  fileName: string;
  preview: ImportPreview;
  committing: boolean;
  onCommit(): void;
  headingRef: Ref<HTMLHeadingElement>;
}

/** Step 2: every problem, or what importing will do and the button that does it. */
export function PreviewOutcome({ fileName, preview, committing, onCommit, headingRef }: PreviewProps) {
  const { ti } = useImportsI18n();
  if (!preview.ok) return <ProblemsSection fileName={fileName} errors={preview.errors} errorCount={preview.errorCount} ref={headingRef} />;
  const { summary, notice } = preview;
  return (
    <section className="panel import-result" aria-labelledby="import-preview-heading">
      <Heading level={2} data-size="sm" id="import-preview-heading" ref={headingRef} tabIndex={-1}>
        {notice ? ti('page.alreadyHeading') : ti('page.previewHeading')}
      </Heading>
      {notice && (
        <Alert data-color="info">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      <Paragraph>{ti('page.previewIntro', { count: summary.rows })}</Paragraph>
      <SummaryTable summary={summary} caption={ti('page.summaryCaption', { fileName })} />
      {!changesSomething(summary) && <Paragraph>{ti('page.nothingToChange')}</Paragraph>}
      {!notice && (
        <div>
          <Button type="button" onClick={onCommit} loading={committing}>
            {committing ? ti('page.committing') : ti('page.commit')}
          </Button>
        </div>
      )}
    </section>
  );
}

interface CommitProps {
  fileName: string;
  result: ImportCommit;
  onStartOver(): void;
  headingRef: Ref<HTMLHeadingElement>;
}

/** Step 3: imported, already imported, or (when the school changed since the check) the problems now. */
export function CommitOutcome({ fileName, result, onStartOver, headingRef }: CommitProps) {
  const { ti } = useImportsI18n();
  if (!result.ok) return <ProblemsSection fileName={fileName} errors={result.errors} errorCount={result.errorCount} ref={headingRef} />;
  return (
    <section className="panel import-result" aria-labelledby="import-commit-heading">
      <Alert data-color={result.committed ? 'success' : 'info'}>
        <Heading level={2} data-size="sm" id="import-commit-heading" ref={headingRef} tabIndex={-1}>
          {result.committed ? ti('page.committedHeading') : ti('page.alreadyHeading')}
        </Heading>
        <Paragraph>{result.notice ?? ti('page.committed')}</Paragraph>
      </Alert>
      {result.committed && <SummaryTable summary={result.summary} caption={ti('page.resultCaption', { fileName })} />}
      <div>
        <Button type="button" variant="secondary" onClick={onStartOver}>
          {ti('page.startOver')}
        </Button>
      </div>
    </section>
  );
}
