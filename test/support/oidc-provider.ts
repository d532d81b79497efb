// A real OpenID provider for the tests: panva's oidc-provider on a random
// loopback port, with one client for Nærvær and a login page of its own where
// the test person chooses whether to log in with two factors (as Feide's MFA
// acr says). A test can also rewrite the next ID token it issues (wrong
// audience, issuer, nonce, or a signature by another key) to see it refused.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { decodeJwt, exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { FEIDE_MFA_ACR } from '../../src/server/config.js';

export const PASSWORD_ONLY_ACR = 'urn:mace:feide.no:auth:level:fad08:2';

export interface TestAccount {
  sub: string;
  email: string;
  emailVerified: boolean;
}

export interface IdTokenTampering {
  claims?: (claims: JWTPayload) => JWTPayload;
  /** Sign with a key the provider does not publish, under the same key id. */
  foreignKey?: boolean;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, TestAccount>;
  /** Applied to the next ID token only. */
  tamperNextIdToken(tampering: IdTokenTampering): void;
  /** Authorization requests as the provider received them (their query parameters). */
  readonly authorizationRequests: URLSearchParams[];
  close(): Promise<void>;
}

const KID = 'test-key-1';

function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => resolve(new URLSearchParams(body)));
    request.on('error', reject);
  });
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function loginPage(uid: string, accounts: Map<string, TestAccount>): string {
  const options = [...accounts.keys()].map((login) => `<option value="${escapeHtml(login)}">${escapeHtml(login)}</option>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test provider login</title></head>
<body><main><h1>Test provider</h1>
<form method="post" action="/interaction/${uid}">
<label for="login">User name</label> <select id="login" name="login">${options}</select>
<label><input type="checkbox" name="mfa" value="1"> With two factors</label>
<button type="submit">Log in at the test provider</button>
</form></main></body></html>`;
}

export async function startTestProvider(options: { redirectUri: string; host?: string }): Promise<TestProvider> {
  const host = options.host ?? '127.0.0.1';
  const accounts = new Map<string, TestAccount>();
  const authorizationRequests: URLSearchParams[] = [];
  let tampering: IdTokenTampering | null = null;

  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const privateJwk = { ...(await exportJWK(privateKey)), kid: KID, alg: 'RS256', use: 'sig' };
  const foreign = await generateKeyPair('RS256');

  // The port is known once listening; the provider is made then.
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const port = (server.address() as AddressInfo).port;
  const issuer = `http://${host}:${port}`;
  const clientId = 'naervaer-test';
  const clientSecret = 'naervaer-test-secret-that-is-long-enough';

  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [privateJwk as never] },
    acrValues: [FEIDE_MFA_ACR, PASSWORD_ONLY_ACR],
    claims: { acr: null, auth_time: null, sid: null, iss: null, openid: ['sub'], email: ['email', 'email_verified'] },
    cookies: { keys: ['oidc-test-provider-cookie-key'] },
    features: { devInteractions: { enabled: false } },
    pkce: { required: () => true },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, id) => {
      const account = [...accounts.values()].find((a) => a.sub === id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: () => ({ sub: id, email: account.email, email_verified: account.emailVerified }),
      };
    },
    // A first-party client: no consent screen, every requested scope granted.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const accountId = ctx.oidc.session?.accountId;
      const client = ctx.oidc.client;
      if (!accountId || !client) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId });
      grant.addOIDCScope(String(ctx.oidc.params?.scope ?? 'openid'));
      await grant.save();
      return grant;
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = `<!doctype html><html lang="en"><head><title>Error</title></head><body><h1>Provider error</h1><pre>${escapeHtml(JSON.stringify(out))}</pre></body></html>`;
    },
  };
  const provider = new Provider(issuer, configuration);

  provider.use(async (ctx, next) => {
    if (ctx.path === '/auth') authorizationRequests.push(new URLSearchParams(ctx.querystring));
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.path !== '/token' || !tampering || !body?.id_token) return;
    const change = tampering;
    tampering = null;
    const claims = change.claims ? change.claims(decodeJwt(body.id_token)) : decodeJwt(body.id_token);
    const id_token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: KID, typ: 'JWT' })
      .sign(change.foreignKey ? foreign.privateKey : privateKey);
    ctx.body = { ...body, id_token };
  });

  const handleProvider = provider.callback();
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', issuer);
    const match = /^\/interaction\/([^/]+)$/.exec(url.pathname);
    if (!match) {
      void handleProvider(request, response);
      return;
    }
    void (async () => {
      try {
        const details = await provider.interactionDetails(request, response);
        if (request.method === 'GET') {
          response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          response.end(loginPage(details.uid, accounts));
          return;
        }
        const form = await readForm(request);
        const account = accounts.get(form.get('login') ?? '');
        if (!account) {
          await provider.interactionFinished(request, response, { error: 'access_denied', error_description: 'unknown user' });
          return;
        }
        const mfa = form.get('mfa') === '1';
        await provider.interactionFinished(request, response, {
          login: { accountId: account.sub, acr: mfa ? FEIDE_MFA_ACR : PASSWORD_ONLY_ACR, amr: mfa ? ['pwd', 'otp'] : ['pwd'] },
        });
      } catch (error) {
        response.writeHead(400, { 'content-type': 'text/plain' });
        response.end(String(error));
      }
    })();
  });

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    authorizationRequests,
    tamperNextIdToken(next) {
      tampering = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The app's settings for this provider. */
export function oidcEnv(provider: TestProvider, redirectUri: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    OIDC_ISSUER_URL: provider.issuer,
    OIDC_CLIENT_ID: provider.clientId,
    OIDC_CLIENT_SECRET: provider.clientSecret,
    OIDC_REDIRECT_URI: redirectUri,
    OIDC_ALLOW_HTTP: 'true',
    ...extra,
  };
}

/**
 * A browser in a few lines, for tests without Chromium: follows the provider's
 * redirects with its cookies and logs in on its page as `login`.
 */
export async function loginAtProvider(authorizationUrl: string, login: string, withMfa: boolean): Promise<URL> {
  const jar = new Map<string, string>();
  const send = async (url: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (jar.size > 0) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const set of response.headers.getSetCookie()) {
      const [pair = ''] = set.split(';');
      const [name = '', ...value] = pair.split('=');
      jar.set(name.trim(), value.join('='));
    }
    await response.arrayBuffer();
    return response;
  };
  let url = authorizationUrl;
  for (let hop = 0; hop < 10; hop += 1) {
    const here = new URL(url);
    if (here.pathname.startsWith('/interaction/')) {
      await send(url);
      const body = new URLSearchParams({ login, ...(withMfa ? { mfa: '1' } : {}) });
      const posted = await send(url, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      url = new URL(posted.headers.get('location') ?? '', url).href;
      continue;
    }
    const response = await send(url);
    const location = response.headers.get('location');
    if (!location) throw new Error(`The provider answered ${response.status} at ${url}`);
    const next = new URL(location, url);
    if (next.origin !== new URL(authorizationUrl).origin) return next;
    url = next.href;
  }
  throw new Error('Too many redirects at the provider');
}
