import { describe, expect, it } from 'vitest';
import { createSecretBox } from './secret-box.js';

const box = createSecretBox(Buffer.alloc(32, 3));

describe('the box that keeps authenticator secrets at rest', () => {
  it('gives the secret back to its owner', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP', 'user-1');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.open(sealed, 'user-1')).toBe('JBSWY3DPEHPK3PXP');
  });

  it('seals the same secret differently every time', () => {
    expect(box.seal('same', 'user-1')).not.toBe(box.seal('same', 'user-1'));
  });

  it('opens nothing copied to another user, sealed with another key, or changed', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP', 'user-1');
    expect(box.open(sealed, 'user-2')).toBeNull();
    expect(createSecretBox(Buffer.alloc(32, 4)).open(sealed, 'user-1')).toBeNull();
    const [version, iv, body] = sealed.split('.');
    const bytes = Buffer.from(body!, 'base64url');
    bytes[0] = bytes[0]! ^ 1;
    expect(box.open(`${version}.${iv}.${bytes.toString('base64url')}`, 'user-1')).toBeNull();
    expect(box.open('not sealed at all', 'user-1')).toBeNull();
  });
});
