// OpenID Connect login (Feide or another provider): authorization code flow
// with PKCE, state and nonce, through openid-client. openid-client checks the
// issuer, the audience, expiry and the nonce; non-repudiation checks make it
// verify the ID token's signature against the provider's keys as well, which
// the specification leaves optional when the token comes straight over TLS.
import * as client from 'openid-client';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import type { OidcConfig } from '../../config.js';
import { oidcLoginRequests } from '../../db/schema.js';
import { findActiveUserByOidcSubject, linkOidcSubjectByEmail } from '../../db/repositories/users.js';
import { hashToken, randomToken } from './tokens.js';

/** How long the user may spend at the provider. */
export const OIDC_REQUEST_MINUTES = 10;

import type { OidcFailure } from '../../../contracts/auth.js';
export type { OidcFailure };

export class OidcLoginError extends Error {
  constructor(
    readonly failure: OidcFailure,
    readonly nextPath: string | null = null,
    readonly purpose: 'login' | 'step_up' = 'login',
  ) {
    super(`OpenID login failed: ${failure}`);
  }
}

export type OidcPurpose = { kind: 'login' } | { kind: 'step_up'; sessionIdHash: string; userId: string };

export interface OidcOutcome {
  purpose: 'login' | 'step_up';
  userId: string;
  sessionIdHash: string | null;
  acr: string | null;
  /** The provider says the user logged in with more than one factor (an accepted acr value). */
  multiFactor: boolean;
  nextPath: string | null;
}

export interface OidcService {
  readonly providerName: string;
  start(purpose: OidcPurpose, nextPath: string | null): Promise<{ redirectTo: string; bindingToken: string }>;
  finish(bindingToken: string | undefined, callbackQuery: string): Promise<OidcOutcome>;
}

export function createOidcService(config: OidcConfig, database: Database, clock: Clock, log: FastifyBaseLogger): OidcService {
  let discovered: Promise<client.Configuration> | null = null;
  const execute = [client.enableNonRepudiationChecks, ...(config.allowHttp ? [client.allowInsecureRequests] : [])];

  // Discovered once and kept; a failed discovery is tried again at the next login.
  const provider = () => {
    discovered ??= client
      .discovery(new URL(config.issuerUrl), config.clientId, undefined, client.ClientSecretBasic(config.clientSecret), { execute, timeout: 10 })
      .catch((error: unknown) => {
        discovered = null;
        log.error({ err: error, issuer: config.issuerUrl }, 'OpenID provider discovery failed');
        throw new OidcLoginError('unavailable');
      });
    return discovered;
  };

  const wantsMfa = (purpose: 'login' | 'step_up') => purpose === 'step_up' || config.requireMfa;

  async function findAccount(subject: string, tokens: client.TokenEndpointResponse, settings: client.Configuration) {
    const linked = await findActiveUserByOidcSubject(database, subject);
    if (linked) return linked.id;
    if (config.linkByEmail === 'off') return null;
    // Feide puts name and e-mail in userinfo, not in the ID token.
    const info = await client.fetchUserInfo(settings, tokens.access_token, subject);
    if (typeof info.email !== 'string') return null;
    if (config.linkByEmail === 'verified' && info.email_verified !== true) return null;
    const user = await linkOidcSubjectByEmail(database, info.email, subject);
    if (user) log.info({ userId: user.id }, 'OpenID subject linked to an account by e-mail');
    return user?.id ?? null;
  }

  return {
    providerName: config.providerName,

    async start(purpose, nextPath) {
      const settings = await provider();
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const parameters: Record<string, string> = {
        redirect_uri: config.redirectUri,
        scope: config.scopes,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      };
      if (wantsMfa(purpose.kind)) parameters.acr_values = config.mfaAcrValues.join(' ');
      // A step-up must authenticate again at the provider, not ride on its existing session.
      if (purpose.kind === 'step_up') parameters.prompt = 'login';
      const bindingToken = randomToken();
      const now = clock.now();
      await database.db.delete(oidcLoginRequests).where(lt(oidcLoginRequests.expiresAt, now));
      await database.db.insert(oidcLoginRequests).values({
        idHash: hashToken(bindingToken),
        state,
        nonce,
        codeVerifier,
        purpose: purpose.kind,
        sessionIdHash: purpose.kind === 'step_up' ? purpose.sessionIdHash : null,
        nextPath,
        createdAt: now,
        expiresAt: new Date(now.getTime() + OIDC_REQUEST_MINUTES * 60_000),
      });
      return { redirectTo: client.buildAuthorizationUrl(settings, parameters).href, bindingToken };
    },

    async finish(bindingToken, callbackQuery) {
      if (!bindingToken) throw new OidcLoginError('expired');
      // Single use: the row goes whatever happens next.
      const [request] = await database.db
        .delete(oidcLoginRequests)
        .where(and(eq(oidcLoginRequests.idHash, hashToken(bindingToken)), gt(oidcLoginRequests.expiresAt, clock.now())))
        .returning();
      if (!request) throw new OidcLoginError('expired');
      const purpose = request.purpose === 'step_up' ? 'step_up' : 'login';
      const fail = (failure: OidcFailure) => new OidcLoginError(failure, request.nextPath, purpose);

      const callback = new URL(config.redirectUri);
      callback.search = callbackQuery;
      const providerError = callback.searchParams.get('error');
      if (providerError) {
        log.info({ error: providerError, description: callback.searchParams.get('error_description') }, 'OpenID provider refused the login');
        throw fail(providerError === 'access_denied' || providerError === 'login_required' ? 'cancelled' : 'failed');
      }

      const settings = await provider().catch(() => {
        throw fail('unavailable');
      });
      let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
      try {
        tokens = await client.authorizationCodeGrant(settings, callback, {
          pkceCodeVerifier: request.codeVerifier,
          expectedState: request.state,
          expectedNonce: request.nonce,
          idTokenExpected: true,
        });
      } catch (error) {
        // Wrong issuer, audience, nonce, state or signature: logged for the operator, one calm text for the user.
        log.warn({ err: error }, 'OpenID login rejected');
        throw fail('failed');
      }
      const claims = tokens.claims();
      if (!claims) throw fail('failed');
      const acr = typeof claims.acr === 'string' ? claims.acr : null;
      const multiFactor = acr !== null && config.mfaAcrValues.includes(acr);
      if (wantsMfa(purpose) && !multiFactor) throw fail('mfa_missing');

      const userId = await findAccount(claims.sub, tokens, settings).catch((error: unknown) => {
        log.warn({ err: error }, 'OpenID userinfo request failed');
        throw fail('failed');
      });
      if (!userId) throw fail('no_account');
      return { purpose, userId, sessionIdHash: request.sessionIdHash, acr, multiFactor, nextPath: request.nextPath };
    },
  };
}
