import { describe, expect, it } from 'vitest';
import { bearerToken, importAccess, importAccessLine, tokenMatches } from '../../../server/src/http/import/import-token.ts';

describe('the import token', () => {
  it('is generated at every start unless IMPORT_TOKEN sets one, and printed with the URL', () => {
    const [a, b] = [importAccess({}), importAccess({})];
    expect(a.enabled && b.enabled && a.generated && a.token !== b.token && a.token.length >= 32).toBe(true);
    expect(importAccessLine(a, 'http://127.0.0.1:4000')).toContain(`http://127.0.0.1:4000/?token=${a.enabled ? a.token : ''}`);
    expect(importAccess({ IMPORT_TOKEN: 'a-team-secret-of-20-chars' })).toEqual({ enabled: true, token: 'a-team-secret-of-20-chars', generated: false });
  });

  it('turns imports off with IMPORT_TOKEN=off, and refuses a guessable token', () => {
    expect(importAccess({ IMPORT_TOKEN: 'off' })).toEqual({ enabled: false });
    expect(importAccessLine({ enabled: false }, 'http://x')).toContain('disabled');
    expect(() => importAccess({ IMPORT_TOKEN: 'secret' })).toThrow(/IMPORT_TOKEN is too short/);
  });

  it('matches only the exact token, and nothing when imports are off', () => {
    const access = importAccess({ IMPORT_TOKEN: 'a-team-secret-of-20-chars' });
    expect(tokenMatches(access, 'a-team-secret-of-20-chars')).toBe(true);
    expect(tokenMatches(access, 'a-team-secret-of-20-char')).toBe(false);
    expect(tokenMatches(access, '')).toBe(false);
    expect(tokenMatches(access, undefined)).toBe(false);
    expect(tokenMatches({ enabled: false }, 'a-team-secret-of-20-chars')).toBe(false);
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeUndefined();
  });
});
