// The `auth` namespace: every key the login and security pages ask for exists,
// including those built from a value (why an OpenID login failed, how the
// second factor was given). The feature's translate function is `ta`.
import { describe, expect, it } from 'vitest';
import { hasKey, keysCalled, textsOf } from '../../i18n/catalogue-testing';
import { oidcFailureSchema, secondFactorMethodSchema } from '../../../contracts/auth';

const texts = textsOf('auth');

const sources = import.meta.glob<string>(['./*.ts', './*.tsx', '../login/*.tsx', '../../app/*.tsx', '../../components/*.tsx', '!./*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const builtKeys = [
  ...oidcFailureSchema.options.map((failure) => `login.failure.${failure}`),
  ...secondFactorMethodSchema.options.map((method) => `security.method.${method}`),
  ...['always', 'for_follow_up', 'never'].map((expected) => `security.expected.${expected}`),
];

describe('the auth namespace of the catalogue', () => {
  it('has every key the login and security pages ask for', () => {
    const used = [...keysCalled(sources, 'ta'), ...builtKeys.map((key) => ({ key, file: '(built)' }))];
    expect(used.length).toBeGreaterThan(40);
    for (const { key, file } of used) expect(hasKey(texts.nb, key), `auth:${key} in ${file}`).toBe(true);
  });
});
