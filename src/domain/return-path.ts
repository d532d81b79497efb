/**
 * Where to send the user back after a login or a step-up: only a path inside
 * this app, never another site (//evil.example, /\evil.example) and never the
 * API. Anything else gives null.
 */
export function safeReturnPath(next: string | null | undefined): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  if (next.startsWith('/api/') || [...next].some((c) => c.charCodeAt(0) < 0x20)) return null;
  return next;
}
