// Recovery codes: 80 random bits each, written in Crockford's base32 (no i, l,
// o, u) as four groups of four. That much randomness makes a plain SHA-256
// enough at rest; a slow hash would only slow the login down.
import { createHash, randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
export const RECOVERY_CODE_COUNT = 10;

export function newRecoveryCode(): string {
  const bytes = randomBytes(10);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let text = '';
  for (let i = 0; i < 16; i += 1) {
    text = ALPHABET[Number(bits & 31n)] + text;
    bits >>= 5n;
  }
  return text.match(/.{4}/g)!.join('-');
}

/** What a person types, made comparable: case, spaces and dashes ignored, O read as 0 and I or L as 1. */
export function normaliseRecoveryCode(input: string): string {
  return input
    .toLowerCase()
    .replace(/[\s-]/g, '')
    .replace(/o/g, '0')
    .replace(/[il]/g, '1');
}

export function hashRecoveryCode(input: string): string {
  return createHash('sha256').update(normaliseRecoveryCode(input)).digest('hex');
}

export function looksLikeRecoveryCode(input: string): boolean {
  return /^[0-9a-z]{16}$/.test(normaliseRecoveryCode(input));
}
