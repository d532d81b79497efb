// TOTP (RFC 6238) as every authenticator app does it: SHA-1, 6 digits, 30 s.
// One step either side is accepted for clocks that drift; which step matched is
// returned so that the caller can refuse a code that was used already.
import * as OTPAuth from 'otpauth';
import { toString as qrSvg } from 'qrcode';

export const TOTP_PERIOD_SECONDS = 30;
const DIGITS = 6;
const WINDOW = 1;
const ISSUER = 'Nærvær';

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

function totp(secretBase32: string, label = '') {
  return new OTPAuth.TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: OTPAuth.Secret.fromBase32(secretBase32),
  });
}

export function totpStepAt(at: Date): number {
  return Math.floor(at.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code an authenticator app shows at `at`. */
export function totpCodeAt(secretBase32: string, at: Date): string {
  return totp(secretBase32).generate({ timestamp: at.getTime() });
}

/** The time step the code belongs to, or null when it is not a current code. */
export function matchTotpStep(secretBase32: string, code: string, at: Date): number | null {
  const delta = totp(secretBase32).validate({ token: code, timestamp: at.getTime(), window: WINDOW });
  return delta === null ? null : totpStepAt(at) + delta;
}

export function isTotpCodeShape(code: string): boolean {
  return /^\d{6}$/.test(code);
}

/** What an authenticator app reads from the QR code: otpauth://totp/Nærvær:e-mail?secret=… */
export function totpUri(secretBase32: string, accountName: string): string {
  return totp(secretBase32, accountName).toString();
}

export async function totpQrDataUrl(uri: string): Promise<string> {
  const svg = await qrSvg(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}

/** When the code that is valid at `at` stops being shown. */
export function totpCodeEndsAt(at: Date): Date {
  return new Date((totpStepAt(at) + 1) * TOTP_PERIOD_SECONDS * 1000);
}
