import { describe, expect, it } from 'vitest';
import { AnswerCache, answerKey, CacheSettingError, loadCacheSettings } from '../../../server/src/api/answer-cache.ts';

const version = { number: 3, stamp: 'a1', settled: true };

describe('cache settings', () => {
  it('default to a 64 MiB cache checked by polling', () => {
    expect(loadCacheSettings({})).toEqual({ enabled: true, maxBytes: 64 * 1024 * 1024, check: 'poll' });
    expect(loadCacheSettings({ CACHE: 'OFF', CACHE_MAX_MB: '8', CACHE_VERSION_CHECK: 'request' })).toEqual({
      enabled: false,
      maxBytes: 8 * 1024 * 1024,
      check: 'request',
    });
  });

  it.each([
    [{ CACHE: 'maybe' }, 'CACHE'],
    [{ CACHE_MAX_MB: '0' }, 'CACHE_MAX_MB'],
    [{ CACHE_MAX_MB: '1.5' }, 'CACHE_MAX_MB'],
    [{ CACHE_VERSION_CHECK: 'sometimes' }, 'CACHE_VERSION_CHECK'],
  ])('refuse %o, naming %s', (env, name) => {
    expect(() => loadCacheSettings(env)).toThrow(CacheSettingError);
    expect(() => loadCacheSettings(env)).toThrow(name);
  });
});

describe('answer keys', () => {
  const request = { query: '{ overview { plans { id } } }', variables: { a: 1 } };
  it('differ by version, day, content type and every part of the request', () => {
    const base = answerKey(version, request, 'application/json', '2026-12-01');
    expect(answerKey(version, { ...request }, 'application/json', '2026-12-01')).toBe(base);
    const others = [
      answerKey({ ...version, number: 4 }, request, 'application/json', '2026-12-01'),
      // A wiped database counts from 1 again: the stamp tells its versions from the old ones.
      answerKey({ ...version, stamp: 'b2' }, request, 'application/json', '2026-12-01'),
      answerKey(version, request, 'application/json', '2026-12-02'),
      answerKey(version, request, 'application/graphql-response+json', '2026-12-01'),
      answerKey(version, { ...request, variables: { a: 2 } }, 'application/json', '2026-12-01'),
      answerKey(version, { ...request, operationName: 'Other' }, 'application/json', '2026-12-01'),
      answerKey(version, { ...request, query: '{ overview { plans { id symbol } } }' }, 'application/json', '2026-12-01'),
    ];
    expect(new Set([base, ...others]).size).toBe(others.length + 1);
  });
});

describe('the answer store', () => {
  it('stays within its bound, dropping the least recently used, and refuses answers over an eighth of it', () => {
    const cache = new AnswerCache(64 * 1024);
    const answer = (bytes: number) => ({ body: Buffer.alloc(bytes, 'x'), contentType: 'application/json', version });
    for (let i = 0; i < 20; i += 1) cache.store(`k${i}`, answer(7 * 1024));
    const stats = cache.stats();
    expect(stats.bytes).toBeLessThanOrEqual(64 * 1024);
    expect(stats.entries).toBeLessThan(20);
    expect(cache.lookup('k19')).toBeDefined();
    expect(cache.lookup('k0')).toBeUndefined();
    cache.store('huge', answer(9 * 1024));
    expect(cache.lookup('huge')).toBeUndefined();
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 2 });
  });
});
