import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path.js';

describe('where the user is sent back after logging in', () => {
  it('a page of the app, with its query', () => {
    expect(safeReturnPath('/klasser?skole=1')).toBe('/klasser?skole=1');
  });
  it('never another site, however it is written', () => {
    for (const next of ['https://evil.example/', '//evil.example', '/\\evil.example', 'evil.example']) {
      expect(safeReturnPath(next), next).toBeNull();
    }
  });
  it('never the API, nor a path with control characters', () => {
    expect(safeReturnPath('/api/auth/logout')).toBeNull();
    expect(safeReturnPath('/a\nb')).toBeNull();
  });
  it('nothing when nothing was asked for', () => {
    expect(safeReturnPath(undefined)).toBeNull();
    expect(safeReturnPath('')).toBeNull();
  });
});
