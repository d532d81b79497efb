// Generated malformed input to every route the app registers (issue 7, point
// 7): nonsense in the path, the query and the body, from a logged-in user of
// each kind and from nobody, is answered with a 4xx (or a harmless 2xx/3xx
// where the input is ignored), never a 5xx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FastifyInstance, HTTPMethods } from 'fastify';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { buildTestApp } from '../support/app.js';
import { buildAccessWorld, type AccessWorld } from './support/access-world.js';

let database: TestDatabase;
let app: FastifyInstance;
let world: AccessWorld;
const routes: { method: HTTPMethods; url: string; hasBody: boolean }[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app } = await buildTestApp(database, {
    env: { PUBLIC_URL: 'https://naervaer.test' },
    onRoute: (route) => {
      const methods = (Array.isArray(route.method) ? route.method : [route.method]) as HTTPMethods[];
      for (const method of methods) {
        if (method === 'HEAD' || route.url.startsWith('/api/docs')) continue;
        // Logging out would end the session the other runs need.
        if (route.url === '/api/auth/logout') continue;
        routes.push({ method, url: route.url, hasBody: method !== 'GET' });
      }
    },
  }));
  world = await buildAccessWorld(database, app);
});
afterAll(async () => {
  await app.close();
  await database.dispose();
});

/** Values that are almost right, or not at all: ids of the wrong shape, huge numbers, control characters, SQL. */
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.uuid().map((id) => id.toUpperCase()),
  fc.constantFrom('-1', '0', '1e309', '9007199254740993', 'NaN', "'; drop table pupils; --", '%00', '..%2F..', 'null', '[]', '{}'),
  fc.integer().map(String),
);
const jsonish = fc.oneof(
  fc.anything({ maxDepth: 3, withNullPrototype: false }),
  fc.dictionary(fc.constantFrom('pupilId', 'markIds', 'version', 'marks', 'code', 'policy', 'dates', 'decision', 'ids', 'email', 'password'), fc.jsonValue({ maxDepth: 2 })),
);

function fill(url: string, params: string[]): string {
  let i = 0;
  return url.replace(/:[A-Za-z]+/g, () => encodeURIComponent(params[i++ % params.length] ?? 'x'));
}

describe('malformed input to every route', () => {
  it('knows the routes', () => {
    expect(routes.length).toBeGreaterThan(60);
  });

  it('is answered with 4xx, never 5xx, whoever sends it', async () => {
    const who = [undefined, world.sessions.admin, world.sessions.leadership, world.sessions.contactTeacher, world.sessions.guardian];
    const failures: string[] = [];
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(
          fc.array(nasty, { minLength: 1, maxLength: 3 }),
          fc.dictionary(fc.constantFrom('date', 'window', 'format', 'status', 'locale', 'class', 'kind', 'x'), nasty, { maxKeys: 3 }),
          jsonish,
          fc.constantFrom(...who.keys()),
          fc.constantFrom('application/json', 'text/plain', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded'),
          async (params, query, body, whoIndex, contentType) => {
            const session = who[whoIndex];
            const response = await app.inject({
              method: route.method,
              url: fill(route.url, params),
              query,
              headers: { ...(session?.headers ?? {}), ...(route.hasBody ? { 'content-type': contentType } : {}) },
              ...(route.hasBody ? { payload: contentType === 'application/json' ? JSON.stringify(body) : String(JSON.stringify(body)) } : {}),
            });
            if (response.statusCode >= 500) failures.push(`${route.method} ${route.url} → ${response.statusCode}: ${response.body.slice(0, 200)}`);
            return response.statusCode < 500;
          },
        ),
        { numRuns: 12, seed: 7, endOnFailure: true },
      ).catch(() => undefined);
    }
    expect(failures).toEqual([]);
  });
});
