import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import {
  importCommitSchema,
  importFileSchema,
  importParamsSchema,
  importPreviewSchema,
  type ImportError,
} from '../../../contracts/imports.js';
import { apiErrorSchema } from '../../../contracts/errors.js';
import type { ImportProblem } from '../../../domain/import/problems.js';
import { schoolTimeOf } from '../../../domain/dates.js';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import { requireActor } from '../plugins/auth.js';
import { commitImport, previewImport, type EarlierImport } from '../../services/imports/import-file.js';

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema };

/** Shown at once; more would only bury the first ones. errorCount tells the total. */
const MAX_ERRORS_SHOWN = 1000;

// A 5 MB file grows in JSON (quotes and line breaks are escaped): room for that, no more.
const BODY_LIMIT = 12 * 1024 * 1024;

const norwegianDate = (value: string) => value.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3.$2.$1');

function translateProblems(request: FastifyRequest, problems: readonly ImportProblem[]): { errors: ImportError[]; errorCount: number } {
  return {
    errorCount: problems.length,
    errors: problems.slice(0, MAX_ERRORS_SHOWN).map((p) => ({
      line: p.line,
      column: p.column,
      message: request.t(
        `imports:${p.reason}`,
        Object.fromEntries(Object.entries(p.params).map(([k, v]) => [k, typeof v === 'string' ? norwegianDate(v) : v])),
      ),
    })),
  };
}

function presentEarlier(request: FastifyRequest, earlier: EarlierImport | null) {
  if (!earlier) return { alreadyImported: null, notice: null };
  const { date, time } = schoolTimeOf(earlier.at);
  return {
    alreadyImported: { at: earlier.at.toISOString(), by: earlier.by, fileName: earlier.fileName },
    notice: request.t('imports:result.alreadyImported', { date: norwegianDate(date), time, name: earlier.by }),
  };
}

export const importRoutes: FastifyPluginAsyncZod<{ database: Database; clock: Clock }> = async (app, { database, clock }) => {
  app.post(
    '/api/schools/:schoolId/imports/:kind/preview',
    {
      bodyLimit: BODY_LIMIT,
      schema: {
        tags: ['imports'],
        summary: 'Check an import file (roster, timetable or attendance) against the school without writing anything',
        description:
          'Answers 200 either with every problem found (line, column, translated message) or with what a commit would create, change and leave unchanged. See docs/import-format.md.',
        params: importParamsSchema,
        body: importFileSchema,
        response: { 200: importPreviewSchema, ...errors },
      },
    },
    async (request) => {
      const { schoolId, kind } = request.params;
      const result = await previewImport(database, clock, requireActor(request), { schoolId, kind, file: request.body });
      if (!result.ok) return { ok: false as const, ...translateProblems(request, result.problems) };
      return { ok: true as const, summary: result.summary, ...presentEarlier(request, result.alreadyImported) };
    },
  );

  app.post(
    '/api/schools/:schoolId/imports/:kind/commit',
    {
      bodyLimit: BODY_LIMIT,
      schema: {
        tags: ['imports'],
        summary: 'Import a file: checked again and written in one transaction, all or nothing',
        description:
          'The same file committed again is recognised (SHA-256 per school and kind) and changes nothing: 200 with committed=false and when and by whom it was imported.',
        params: importParamsSchema,
        body: importFileSchema,
        response: { 200: importCommitSchema, ...errors },
      },
    },
    async (request) => {
      const { schoolId, kind } = request.params;
      const result = await commitImport(database, clock, requireActor(request), { schoolId, kind, file: request.body }, request.ip);
      if (!result.ok) return { ok: false as const, ...translateProblems(request, result.problems) };
      return {
        ok: true as const,
        committed: result.committed,
        batchId: result.batchId,
        summary: result.summary,
        ...presentEarlier(request, result.alreadyImported),
      };
    },
  );
};
