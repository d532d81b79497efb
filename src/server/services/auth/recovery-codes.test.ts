import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCode, normaliseRecoveryCode } from './recovery-codes.js';
import { isTotpCodeShape, matchTotpStep, totpCodeAt, totpStepAt } from './totp-codes.js';

describe('recovery codes', () => {
  it('are four groups of four, never two alike in a thousand', () => {
    const codes = Array.from({ length: 1000 }, newRecoveryCode);
    for (const code of codes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){3}$/);
    expect(new Set(codes).size).toBe(1000);
  });

  it('match however they are typed: case, spaces, dashes, O for 0 and I or L for 1', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(' ', '-', ''), { minLength: 16, maxLength: 16 }), fc.boolean(), (gaps, upper) => {
        const code = newRecoveryCode();
        const plain = code.replace(/-/g, '');
        let typed = [...plain].map((c, i) => c + gaps[i]).join('');
        typed = typed.replace(/0/g, 'O').replace(/1/g, 'l');
        if (upper) typed = typed.toUpperCase();
        expect(hashRecoveryCode(typed)).toBe(hashRecoveryCode(code));
        expect(looksLikeRecoveryCode(typed)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('are not taken for a six-digit code from the app, nor the other way', () => {
    expect(looksLikeRecoveryCode('123456')).toBe(false);
    expect(isTotpCodeShape(normaliseRecoveryCode(newRecoveryCode()))).toBe(false);
  });
});

describe('codes from the app', () => {
  // RFC 6238, appendix B: the SHA-1 test secret "12345678901234567890" in base32.
  const rfcSecret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

  it('are the RFC 6238 test vectors (their last six digits)', () => {
    expect(totpCodeAt(rfcSecret, new Date(59_000))).toBe('287082');
    expect(totpCodeAt(rfcSecret, new Date(1_111_111_109_000))).toBe('081804');
    expect(totpCodeAt(rfcSecret, new Date(2_000_000_000_000))).toBe('279037');
  });

  it('are accepted one step early or late, and say which step they belong to', () => {
    const at = new Date('2026-11-23T08:00:10Z');
    const step = totpStepAt(at);
    expect(matchTotpStep(rfcSecret, totpCodeAt(rfcSecret, at), at)).toBe(step);
    expect(matchTotpStep(rfcSecret, totpCodeAt(rfcSecret, new Date(at.getTime() - 30_000)), at)).toBe(step - 1);
    expect(matchTotpStep(rfcSecret, totpCodeAt(rfcSecret, new Date(at.getTime() + 30_000)), at)).toBe(step + 1);
    expect(matchTotpStep(rfcSecret, totpCodeAt(rfcSecret, new Date(at.getTime() + 90_000)), at)).toBeNull();
  });
});
