/**
 * Answers kept per data version. The graph changes only when a plan is imported or removed, and
 * each of those bumps the data version (graph/data-version.ts): an answer computed once is right
 * for every identical request until then. Entries are the exact bytes the API sent, keyed by the
 * data version, the day, the negotiated content type and the request itself; lru-cache bounds
 * them by size.
 *
 *   CACHE                on (default) or off: off computes every answer afresh (the bench's cold runs)
 *   CACHE_MAX_MB         memory for cached answers, MiB (default 64)
 *   CACHE_VERSION_CHECK  poll (default): the version is read every 250 ms and trusted for 500 ms;
 *                        request: every request waits for a version read that started after it
 *                        arrived (concurrent requests share one)
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { SettingError } from '../../../shared/errors.ts';
import type { DataVersion, VersionCheck } from '../graph/data-version.ts';

export interface CacheSettings {
  enabled: boolean;
  maxBytes: number;
  check: VersionCheck;
}

/** A cache setting that cannot be used; the message names the variable. */
export class CacheSettingError extends SettingError {}

const MIB = 1024 * 1024;

/** Reads CACHE, CACHE_MAX_MB and CACHE_VERSION_CHECK (pure). */
export function loadCacheSettings(env: NodeJS.ProcessEnv = process.env): CacheSettings {
  const switchText = (env.CACHE ?? 'on').trim().toLowerCase() || 'on';
  if (!['on', 'off'].includes(switchText)) throw new CacheSettingError(`CACHE '${env.CACHE}' must be on or off`);
  const sizeText = (env.CACHE_MAX_MB ?? '64').trim() || '64';
  const megabytes = Number(sizeText);
  if (!Number.isInteger(megabytes) || megabytes < 1 || megabytes > 4096) {
    throw new CacheSettingError(`CACHE_MAX_MB '${sizeText}' must be a whole number of MiB from 1 to 4096`);
  }
  const check = (env.CACHE_VERSION_CHECK ?? 'poll').trim().toLowerCase() || 'poll';
  if (check !== 'poll' && check !== 'request') throw new CacheSettingError(`CACHE_VERSION_CHECK '${env.CACHE_VERSION_CHECK}' must be poll or request`);
  return { enabled: switchText === 'on', maxBytes: megabytes * MIB, check };
}

/** One answer as it was sent. */
export interface StoredAnswer {
  body: Buffer;
  contentType: string;
  version: DataVersion;
}

/** What a GraphQL request asks, as its JSON body says it. */
export interface AnswerRequest {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

export interface AnswerCacheStats {
  entries: number;
  /** Bytes of the answers held (their UTF-8 bodies plus a fixed allowance per entry). */
  bytes: number;
  maxBytes: number;
  hits: number;
  misses: number;
  /** Misses whose answer was kept (the others had errors, or raced an import). */
  stored: number;
  /** Requests not looked up: the version was unconfirmed, or the request was not a POSTed query. */
  bypassed: number;
}

/** Keys, bookkeeping and the LRU's own node: what an entry costs beyond its body. */
const ENTRY_OVERHEAD_BYTES = 256;

export class AnswerCache {
  private readonly entries: LRUCache<string, StoredAnswer>;
  private readonly counts = { hits: 0, misses: 0, stored: 0, bypassed: 0 };

  constructor(readonly maxBytes: number) {
    this.entries = new LRUCache<string, StoredAnswer>({
      maxSize: maxBytes,
      // One answer may take at most an eighth of the cache, so a few huge ones cannot flush the rest.
      maxEntrySize: Math.floor(maxBytes / 8),
      sizeCalculation: (answer) => answer.body.length + ENTRY_OVERHEAD_BYTES,
    });
  }

  /** The answer stored under `key`, counting a hit or a miss. */
  lookup(key: string): StoredAnswer | undefined {
    const answer = this.entries.get(key);
    if (answer) this.counts.hits += 1;
    else this.counts.misses += 1;
    return answer;
  }

  store(key: string, answer: StoredAnswer): void {
    if (answer.body.length + ENTRY_OVERHEAD_BYTES > this.entries.maxEntrySize) return;
    this.entries.set(key, answer);
    this.counts.stored += 1;
  }

  bypassed(): void {
    this.counts.bypassed += 1;
  }

  /** Drops every answer (a new data version makes them all unreachable anyway; this frees the memory now). */
  clear(): void {
    this.entries.clear();
  }

  stats(): AnswerCacheStats {
    return { entries: this.entries.size, bytes: this.entries.calculatedSize, maxBytes: this.maxBytes, ...this.counts };
  }
}

/**
 * The key of a request's answer: the data version's stamp, the UTC day (an answer may depend
 * on today: followThrough without asOf), the content type asked for, and the request as sent.
 * Hashed, so a long query costs 32 bytes of key.
 */
export function answerKey(version: DataVersion, request: AnswerRequest, accept: string, day: string): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([version.stamp, version.number, day, accept, request.operationName ?? null, request.query ?? null]));
  hash.update('\u0000');
  hash.update(JSON.stringify(request.variables ?? null));
  hash.update('\u0000');
  hash.update(JSON.stringify(request.extensions ?? null));
  return hash.digest('base64');
}

/**
 * What the traversals report through the GraphQL context (`answerTicket`): the data version each
 * of their read transactions read first. An answer that saw another version than the one its
 * request started under raced an import and is not kept.
 */
export interface VersionObserver {
  observe(version: DataVersion): void;
}

/** The part of the GraphQL context the traversal resolvers read. */
export interface AnswerContext {
  answerTicket?: VersionObserver;
}
