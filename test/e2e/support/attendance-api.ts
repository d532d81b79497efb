// The API as a test uses it beside the browser: logging in as someone else
// (a guardian), and finding the demo's guardian logins. The demo is planned
// from a seed, so the test plans it again to learn the guardians' addresses;
// only their ids (random UUIDs) differ from the server's.
import { planNotices } from '../../../src/server/demo/absence-notices';
import { planSchool } from '../../../src/server/demo/demo-plan';
import { demoSchools } from '../../../src/server/demo/demo-schools';
import { fixedStaff } from '../../../src/server/demo/demo-users';
import { createEmailRegistry } from '../../../src/server/demo/names';
import { DEFAULT_DEMO_SEED } from '../../../src/server/demo/seed-demo';
import { schoolYearStartYearFor } from '../../../src/domain/school-calendar';
import { demoTotpSecret } from '../../../src/server/demo/demo-second-factor';
import { nextTotpCode } from './app';

export interface ApiSession {
  get<T>(path: string): Promise<T>;
  send<T>(method: 'POST' | 'PUT', path: string, body: unknown): Promise<T>;
}

async function answer<T>(response: Response, what: string): Promise<T> {
  const text = await response.text();
  if (!response.ok) throw new Error(`${what}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A session of its own, outside the browser: the cookie and CSRF token of one login. */
export async function apiLogin(baseUrl: string, email: string, password: string): Promise<ApiSession> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookieOf = (response: Response) =>
    response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
  let me = await answer<{ csrfToken?: string; step?: string }>(login, `login as ${email}`);
  let cookie = cookieOf(login);
  if (me.step === 'second_factor') {
    const second = await fetch(`${baseUrl}/api/auth/login/second-factor`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', Cookie: cookie },
      body: JSON.stringify({ code: await nextTotpCode(demoTotpSecret(email)) }),
    });
    me = await answer<{ csrfToken: string }>(second, `second factor for ${email}`);
    cookie = cookieOf(second);
  }
  const headers = { Accept: 'application/json', Cookie: cookie, 'Accept-Language': 'nb' };
  return {
    get: async (path) => answer(await fetch(`${baseUrl}${path}`, { headers }), `GET ${path}`),
    send: async (method, path, body) =>
      answer(
        await fetch(`${baseUrl}${path}`, {
          method,
          headers: { ...headers, 'Content-Type': 'application/json', 'x-csrf-token': me.csrfToken ?? '' },
          body: JSON.stringify(body),
        }),
        `${method} ${path}`,
      ),
  };
}

export interface DemoGuardian {
  email: string;
  pupil: { givenName: string; familyName: string; className: string };
  /** The notice the demo itself seeds for this pupil. */
  seededNotice: 'absence' | 'leave_request';
}

/** The guardians with a login in the demo (the authors of its notices from home) at one school. */
export function demoGuardians(asOf: string, school: 'fjordvik' | 'nordlys'): DemoGuardian[] {
  const emailFor = createEmailRegistry(fixedStaff.map((s) => s.email));
  const plans = demoSchools.map((definition) => planSchool(definition, schoolYearStartYearFor(asOf), DEFAULT_DEMO_SEED, emailFor));
  return planNotices(plans, asOf)
    .filter((n) => n.school.definition.key === school && n.submitter.role === 'guardian')
    .map((n) => ({
      email: n.submitter.email,
      pupil: { givenName: n.pupil.givenName, familyName: n.pupil.familyName, className: n.pupil.className },
      seededNotice: n.kind,
    }));
}
