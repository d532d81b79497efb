// Absence figures: a pupil's, a class's, the contact teacher's own pupils' and
// a whole school's, and their CSV/XLSX exports.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiErrorSchema } from '../../contracts/errors';
import { groupFiguresSchema, pupilFiguresSchema } from '../../contracts/figures';
import { currentLocale, i18n } from '../i18n/i18n';
import { ApiRequestError } from './api-error';
import { apiJson } from './client';
import { queryKeys } from './query-keys';

export type WindowKind = 'autumn' | 'spring' | 'schoolYear';
export type ExportFormat = 'csv' | 'xlsx';

/** Every fetch is an audited read on the server: no refetch on every focus. */
const STALE_MS = 60_000;

const myFiguresSchema = z.object({ figures: groupFiguresSchema.nullable() });

const enc = encodeURIComponent;

function withWindow(path: string, window: WindowKind | undefined, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams(extra);
  if (window) query.set('window', window);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** Where each group of figures is read from; the export is the same path with /export. */
export type FiguresSource =
  | { kind: 'mine' }
  | { kind: 'class'; classId: string }
  | { kind: 'school'; schoolId: string };

function sourcePath(source: FiguresSource): string {
  switch (source.kind) {
    case 'mine':
      return '/api/my/contact-pupils/figures';
    case 'class':
      return `/api/classes/${enc(source.classId)}/figures`;
    case 'school':
      return `/api/schools/${enc(source.schoolId)}/figures`;
  }
}

/** The contact teacher's own pupils; `figures` is null for a user with no contact pupils. */
export function useMyContactFigures(window: WindowKind | undefined) {
  return useQuery({
    queryKey: queryKeys.myFigures(window ?? 'default'),
    queryFn: ({ signal }) => apiJson('GET', withWindow(sourcePath({ kind: 'mine' }), window), myFiguresSchema, { signal }),
    placeholderData: keepPreviousData,
    staleTime: STALE_MS,
  });
}

export function useClassFigures(classId: string, window: WindowKind | undefined) {
  return useQuery({
    queryKey: queryKeys.classFigures(classId, window ?? 'default'),
    queryFn: ({ signal }) =>
      apiJson('GET', withWindow(sourcePath({ kind: 'class', classId }), window), groupFiguresSchema, { signal }),
    placeholderData: keepPreviousData,
    staleTime: STALE_MS,
  });
}

export function useSchoolFigures(schoolId: string, window: WindowKind | undefined) {
  return useQuery({
    queryKey: queryKeys.schoolFigures(schoolId, window ?? 'default'),
    queryFn: ({ signal }) =>
      apiJson('GET', withWindow(sourcePath({ kind: 'school', schoolId }), window), groupFiguresSchema, { signal }),
    placeholderData: keepPreviousData,
    staleTime: STALE_MS,
    enabled: schoolId !== '',
  });
}

export function usePupilFigures(pupilId: string) {
  return useQuery({
    queryKey: queryKeys.pupilFigures(pupilId),
    queryFn: ({ signal }) => apiJson('GET', `/api/pupils/${enc(pupilId)}/figures`, pupilFiguresSchema, { signal }),
    staleTime: STALE_MS,
  });
}

function fileNameOf(response: Response, fallback: string): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  const match = /filename="([^"]+)"/.exec(disposition);
  if (!match?.[1]) return fallback;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

async function exportFailure(response: Response): Promise<ApiRequestError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const parsed = apiErrorSchema.safeParse(body);
  if (parsed.success) return new ApiRequestError(response.status, parsed.data.error.code, parsed.data.error.message);
  return new ApiRequestError(response.status, 'unexpected', i18n.t('app:errors.unexpected'));
}

/**
 * Downloads the figures as a file. Fetched rather than linked, so the column
 * headers come in the language the user reads the app in and a refusal can be
 * shown on the page.
 */
export async function downloadFiguresExport(
  source: FiguresSource,
  format: ExportFormat,
  window: WindowKind | undefined,
): Promise<void> {
  const path = withWindow(`${sourcePath(source)}/export`, window, { format });
  let response: Response;
  try {
    response = await fetch(path, {
      headers: { 'Accept-Language': currentLocale() },
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiRequestError(0, 'network', i18n.t('app:errors.network'));
  }
  if (!response.ok) throw await exportFailure(response);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileNameOf(response, `fravaer.${format}`);
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Give the browser a moment to start the download before the address goes.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
