import { describe, expect, it } from 'vitest';
import { FEIDE_MFA_ACR, loadConfig } from './config.js';
import { StartupError } from './startup-error.js';

const key = Buffer.alloc(32, 5).toString('base64');
const oidc = {
  OIDC_ISSUER_URL: 'https://auth.dataporten.no',
  OIDC_CLIENT_ID: 'client',
  OIDC_CLIENT_SECRET: 'secret',
  OIDC_REDIRECT_URI: 'https://naervaer.example/api/auth/oidc/callback',
};

describe('the settings for login', () => {
  it('use a fixed demo key for the authenticator secrets only with the demo', () => {
    expect(loadConfig({ DEMO_SEED: 'true' }).totpKeyIsDemo).toBe(true);
    expect(() => loadConfig({ DEMO_SEED: 'false' })).toThrow(StartupError);
    const production = loadConfig({ DEMO_SEED: 'false', TOTP_ENCRYPTION_KEY: key });
    expect(production.totpKeyIsDemo).toBe(false);
    expect(production.totpEncryptionKey.equals(Buffer.alloc(32, 5))).toBe(true);
  });

  it('have no OpenID provider unless one is configured', () => {
    expect(loadConfig({}).oidc).toBeNull();
  });

  it("default to Feide: its MFA acr, the name on the button, no linking by e-mail, MFA only when stepping up", () => {
    expect(loadConfig(oidc).oidc).toEqual({
      issuerUrl: 'https://auth.dataporten.no',
      clientId: 'client',
      clientSecret: 'secret',
      redirectUri: 'https://naervaer.example/api/auth/oidc/callback',
      scopes: 'openid email',
      mfaAcrValues: [FEIDE_MFA_ACR],
      requireMfa: false,
      linkByEmail: 'off',
      providerName: 'Feide',
      allowHttp: false,
    });
  });

  it('take several accepted acr values, separated by spaces or commas', () => {
    expect(loadConfig({ ...oidc, OIDC_MFA_ACR_VALUES: 'urn:a, urn:b urn:c' }).oidc?.mfaAcrValues).toEqual(['urn:a', 'urn:b', 'urn:c']);
  });

  it('refuse scopes without openid and an unknown way of linking', () => {
    expect(() => loadConfig({ ...oidc, OIDC_SCOPES: 'email' })).toThrow(/OIDC_SCOPES must include openid/);
    expect(() => loadConfig({ ...oidc, OIDC_LINK_BY_EMAIL: 'sometimes' })).toThrow(/OIDC_LINK_BY_EMAIL is not valid/);
  });
});
