import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: session cookies, login challenges, OpenID binding cookies. */
export const randomToken = () => randomBytes(32).toString('base64url');

/** What the database keeps instead of a token: a leaked row cannot be replayed. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
