// The authorization matrix (issue 7, point 7): every route the app registers
// is listed below — a new route without an entry fails the first test — and
// every actor tries it against the pupil, school and owner of each relation:
// the pupil they teach or are contact teacher of, another pupil of the same
// school, a pupil of another school of the owner, and a pupil of another
// owner. Each answer must be allowed (not 401/403/404) or refused (401, 403
// or 404) as the table says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { buildTestApp } from '../support/app.js';
import { ACTORS, TARGETS, buildAccessWorld, type AccessWorld, type ActorName, type Place, type Target } from './support/access-world.js';
import { MATRIX, type RouteEntry } from './support/access-matrix.js';

let database: TestDatabase;
let app: FastifyInstance;
let world: AccessWorld;
const registered: string[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app } = await buildTestApp(database, {
    env: { PUBLIC_URL: 'https://naervaer.test' },
    onRoute: (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) if (method !== 'HEAD') registered.push(`${method} ${route.url}`);
    },
  }));
  world = await buildAccessWorld(database, app);
});
afterAll(async () => {
  await app.close();
  await database.dispose();
});

const REFUSED = new Set([401, 403, 404]);

async function answer(entry: RouteEntry, actor: ActorName, place: Place): Promise<number> {
  const request = entry.request(place, world);
  const headers = { ...(actor === 'anonymous' ? {} : world.sessions[actor].headers), ...(request.headers ?? {}) };
  const options: InjectOptions = { method: entry.method, url: request.url, headers };
  if (request.payload !== undefined) options.payload = request.payload as InjectOptions['payload'];
  const response = await app.inject(options);
  return response.statusCode;
}

describe('the authorization matrix', () => {
  it('has an entry for every route the app registers, and no entry for a route that is gone', () => {
    const listed = MATRIX.map((e) => `${e.method} ${e.route}`);
    expect(registered.filter((r) => !r.startsWith('GET /api/docs')).sort()).toEqual([...listed].sort());
  });

  for (const entry of MATRIX) {
    it(`${entry.method} ${entry.route}`, async () => {
      const wrong: string[] = [];
      for (const target of entry.targets ?? TARGETS) {
        for (const actor of ACTORS) {
          const status = await answer(entry, actor, world.places[target]);
          const expected = allowedFor(entry, target).includes(actor);
          if (expected === REFUSED.has(status) || status >= 500) {
            wrong.push(`${actor} on ${target}: ${status}, expected ${expected ? 'allowed' : 'refused'}`);
          }
        }
      }

      expect(wrong).toEqual([]);
    });
  }
});

function allowedFor(entry: RouteEntry, target: Target): readonly ActorName[] {
  return entry.allowed[target] ?? [];
}
