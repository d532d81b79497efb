import { Button, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { downloadFiguresExport, type ExportFormat, type FiguresSource, type WindowKind } from '../../api/figures';
import { isApiRequestError } from '../../api/api-error';
import { useFiguresI18n } from './use-figures-i18n';

interface Props {
  source: FiguresSource;
  window: WindowKind;
}

/** The table as a CSV or an Excel file, for the same period. */
export function ExportButtons({ source, window }: Props) {
  const { tf } = useFiguresI18n();
  const [pending, setPending] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  const download = async (format: ExportFormat) => {
    setPending(format);
    setError(null);
    try {
      await downloadFiguresExport(source, format, window);
    } catch (failure) {
      setError(isApiRequestError(failure) ? failure.message : tf('download.failed'));
    } finally {
      setPending(null);
    }
  };

  return (
    <div className="export-buttons" role="group" aria-label={tf('download.label')}>
      {(['csv', 'xlsx'] as const).map((format) => (
        <Button
          key={format}
          type="button"
          variant="secondary"
          data-size="sm"
          loading={pending === format}
          disabled={pending !== null}
          onClick={() => void download(format)}
        >
          <DownloadIcon />
          {tf(`download.${format}`)}
        </Button>
      ))}
      {error && <ValidationMessage data-size="sm" role="alert">{error}</ValidationMessage>}
    </div>
  );
}

function DownloadIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        d="M12 3.75a.75.75 0 0 1 .75.75v9.19l3.22-3.22a.75.75 0 1 1 1.06 1.06l-4.5 4.5a.75.75 0 0 1-1.06 0l-4.5-4.5a.75.75 0 1 1 1.06-1.06l3.22 3.22V4.5a.75.75 0 0 1 .75-.75M4.5 18.75a.75.75 0 0 0 0 1.5h15a.75.75 0 0 0 0-1.5z"
        fill="currentColor"
      />
    </svg>
  );
}
