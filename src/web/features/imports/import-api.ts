import { useMutation } from '@tanstack/react-query';
import {
  importCommitSchema,
  importPreviewSchema,
  type ImportFile,
  type ImportKind,
} from '../../../contracts/imports';
import { apiJson } from '../../api/client';

interface Variables {
  kind: ImportKind;
  file: ImportFile;
}

const url = (schoolId: string, kind: ImportKind, step: 'preview' | 'commit') =>
  `/api/schools/${encodeURIComponent(schoolId)}/imports/${kind}/${step}`;

/** Checks a file against the school; writes nothing. */
export function usePreviewImport(schoolId: string) {
  return useMutation({
    mutationFn: ({ kind, file }: Variables) => apiJson('POST', url(schoolId, kind, 'preview'), importPreviewSchema, { body: file }),
  });
}

/** Imports a file: all or nothing, and nothing again for a file imported before. */
export function useCommitImport(schoolId: string) {
  return useMutation({
    mutationFn: ({ kind, file }: Variables) => apiJson('POST', url(schoolId, kind, 'commit'), importCommitSchema, { body: file }),
  });
}
