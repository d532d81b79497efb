import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { healthSchema } from '../../../contracts/health.js';
import type { Database } from '../../db/client.js';
import { appliedMigrationCount, latestSchemaVersion } from '../../db/migrate.js';
import { apiErrorSchema } from '../../../contracts/errors.js';

export const healthRoutes: FastifyPluginAsyncZod<{ database: Database; version: string }> = async (app, options) => {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Which database the server runs on and its schema version',
        response: { 200: healthSchema, 500: apiErrorSchema },
      },
    },
    async () => {
      const applied = await appliedMigrationCount(options.database);
      return {
        status: 'ok' as const,
        database: options.database.kind,
        schemaVersion: latestSchemaVersion(),
        migrationsApplied: applied,
        version: options.version,
      };
    },
  );
};
