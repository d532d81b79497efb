import { Button, Field, Fieldset, Input, Label, Paragraph, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { importKindSchema, type ImportFile, type ImportKind } from '../../../contracts/imports';
import { ATTENDANCE_COLUMNS, ROSTER_COLUMNS, TIMETABLE_COLUMNS, type CsvSpec } from '../../../domain/import/columns';
import { MAX_FILE_BYTES, readFileAsText } from './read-file';
import { useImportsI18n } from './use-imports-i18n';

const COLUMNS: Record<ImportKind, CsvSpec> = { roster: ROSTER_COLUMNS, timetable: TIMETABLE_COLUMNS, attendance: ATTENDANCE_COLUMNS };

interface Props {
  kind: ImportKind;
  checking: boolean;
  onKindChange(kind: ImportKind): void;
  /** A new file was chosen (or the choice was cleared): what was shown for the old one no longer holds. */
  onFileChange(): void;
  onCheck(file: ImportFile): void;
}

/** Step 1: what the file holds, and the file itself. The file is read here, as text. */
export function ImportForm({ kind, checking, onKindChange, onFileChange, onCheck }: Props) {
  const { ti } = useImportsI18n();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<ImportFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    onFileChange();
    setFile(null);
    setFileError(null);
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) {
      setFileError(ti('file.tooLarge', { maxMegabytes: MAX_FILE_BYTES / (1024 * 1024) }));
      return;
    }
    try {
      setFile({ fileName: chosen.name.slice(0, 255), content: await readFileAsText(chosen) });
    } catch {
      setFileError(ti('page.readError'));
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) {
      setFileError((current) => current ?? ti('page.chooseFile'));
      inputRef.current?.focus();
      return;
    }
    onCheck(file);
  };

  const columns = [...COLUMNS[kind].required, ...COLUMNS[kind].optional].join(', ');

  return (
    <form className="panel import-form" onSubmit={onSubmit} noValidate>
      <Fieldset>
        <Fieldset.Legend>{ti('page.kindLegend')}</Fieldset.Legend>
        {importKindSchema.options.map((option) => (
          <Radio
            key={option}
            name={`${id}-kind`}
            value={option}
            label={ti(`kind.${option}`)}
            description={ti(`kind.${option}Hint`)}
            checked={kind === option}
            onChange={() => onKindChange(option)}
          />
        ))}
      </Fieldset>
      <Paragraph data-size="sm" className="muted import-form__columns">
        {ti('page.columns', { columns })}
      </Paragraph>
      <Field>
        <Label htmlFor={`${id}-file`}>{ti('page.file')}</Label>
        <Field.Description>{ti('page.fileDescription')}</Field.Description>
        <Input
          id={`${id}-file`}
          ref={inputRef}
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(event) => void onFile(event)}
          aria-invalid={fileError ? true : undefined}
        />
        {fileError && <ValidationMessage>{fileError}</ValidationMessage>}
      </Field>
      <div>
        <Button type="submit" loading={checking}>
          {checking ? ti('page.checking') : ti('page.check')}
        </Button>
      </div>
    </form>
  );
}
