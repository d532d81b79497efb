import { useEffect, useRef, useState } from 'react';
import type { ImportFile, ImportKind } from '../../../contracts/imports';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { ImportForm } from './ImportForm';
import { useCommitImport, usePreviewImport } from './import-api';
import { CommitOutcome, PreviewOutcome } from './ImportOutcome';

/**
 * Choose, check, import: the file that was checked is the file that is
 * imported. Choosing another kind or file clears what was shown for the old one.
 */
export function ImportWorkflow({ schoolId }: { schoolId: string }) {
  const [kind, setKind] = useState<ImportKind>('roster');
  const [checked, setChecked] = useState<{ kind: ImportKind; file: ImportFile } | null>(null);
  // A new round starts with an empty form: the file input cannot be cleared otherwise.
  const [round, setRound] = useState(0);
  const preview = usePreviewImport(schoolId);
  const commit = useCommitImport(schoolId);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Move to the outcome's heading when it appears, so a screen reader reads it next.
  useEffect(() => {
    if (preview.data || commit.data) headingRef.current?.focus();
  }, [preview.data, commit.data]);

  const clear = () => {
    preview.reset();
    commit.reset();
    setChecked(null);
  };

  return (
    <>
      <ImportForm
        key={round}
        kind={kind}
        checking={preview.isPending}
        onKindChange={(next) => {
          clear();
          setKind(next);
        }}
        onFileChange={clear}
        onCheck={(file) => {
          commit.reset();
          setChecked({ kind, file });
          preview.mutate({ kind, file });
        }}
      />
      {preview.isError && <ApiErrorAlert error={preview.error} />}
      {checked && preview.data && !commit.data && (
        <PreviewOutcome
          fileName={checked.file.fileName}
          preview={preview.data}
          committing={commit.isPending}
          onCommit={() => commit.mutate(checked)}
          headingRef={headingRef}
        />
      )}
      {commit.isError && <ApiErrorAlert error={commit.error} />}
      {checked && commit.data && (
        <CommitOutcome
          fileName={checked.file.fileName}
          result={commit.data}
          headingRef={headingRef}
          onStartOver={() => {
            clear();
            setRound((n) => n + 1);
          }}
        />
      )}
    </>
  );
}
