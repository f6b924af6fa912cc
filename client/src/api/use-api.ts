/**
 * React hooks over {@link gql}: one answer per query and variables, cached for the page's life
 * (the graph does not change while the explorer is open) and dropped when the API recovers.
 */
import { useEffect, useState } from 'react';
import { ApiError, gql } from './client.ts';
import type { TypedDocumentString } from './generated/graphql.ts';

const cache = new Map<string, unknown>();

/** Forgets every cached answer (after an outage the data may have been re-imported). */
export function clearApiCache(): void {
  cache.clear();
}

export interface ApiResult<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
}

type Document<T, V> = TypedDocumentString<T, V>;

function keyOf(document: { toString(): string }, variables: unknown): string {
  return `${document.toString()}\n${JSON.stringify(variables)}`;
}

/** Fetches through the cache; concurrent callers of the same key share one request. */
const inflight = new Map<string, Promise<unknown>>();
export function cachedGql<T, V>(document: Document<T, V>, variables: V): Promise<T> {
  const key = keyOf(document, variables);
  if (cache.has(key)) return Promise.resolve(cache.get(key) as T);
  let request = inflight.get(key) as Promise<T> | undefined;
  if (!request) {
    request = gql(document, variables).then((data) => {
      cache.set(key, data);
      return data;
    });
    request.finally(() => inflight.delete(key)).catch(() => undefined);
    inflight.set(key, request);
  }
  return request;
}

function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(error instanceof Error ? error.message : String(error), 'CLIENT');
}

/**
 * Runs `query` with `variables` (nothing when null); `epoch` changes force a fresh request.
 * The previous answer stays visible while a new one loads, so views do not flicker.
 */
export function useApi<T, V>(document: Document<T, V>, variables: V | null, epoch = 0): ApiResult<T> {
  const key = variables ? keyOf(document, variables) : null;
  const [result, setResult] = useState<ApiResult<T> & { key: string | null }>(() => ({
    data: key && cache.has(key) ? (cache.get(key) as T) : null,
    error: null,
    loading: false,
    key,
  }));

  useEffect(() => {
    if (!key || !variables) {
      setResult({ data: null, error: null, loading: false, key });
      return undefined;
    }
    if (cache.has(key)) {
      setResult({ data: cache.get(key) as T, error: null, loading: false, key });
      return undefined;
    }
    let live = true;
    setResult((previous) => ({ ...previous, error: null, loading: true, key }));
    cachedGql(document, variables).then(
      (data) => live && setResult({ data, error: null, loading: false, key }),
      (error: unknown) => live && setResult({ data: null, error: toApiError(error), loading: false, key }),
    );
    return () => {
      live = false;
    };
    // `key` covers query and variables.
  }, [key, epoch]);

  // An answer for other variables is shown only while loading (as a placeholder), never as final.
  if (result.key !== key && !result.loading) return { data: null, error: null, loading: key !== null };
  return { data: result.data, error: result.error, loading: result.loading };
}

/** Runs one query per entry of `list` and returns the answers that have arrived, keyed by entry. */
export function useApiMany<T, V>(
  document: Document<T, V>,
  list: readonly V[],
  epoch = 0,
): { answers: Map<string, T>; errors: Map<string, ApiError>; loading: boolean } {
  const keys = list.map((variables) => keyOf(document, variables));
  const joined = keys.join('\u0000');
  const [, setTick] = useState(0);
  const [errors, setErrors] = useState(() => new Map<string, ApiError>());
  const [pending, setPending] = useState(0);

  useEffect(() => {
    let live = true;
    const missing = list.filter((variables) => !cache.has(keyOf(document, variables)));
    setPending(missing.length);
    setErrors(new Map());
    for (const variables of missing) {
      const key = keyOf(document, variables);
      cachedGql(document, variables)
        .then(
          () => live && setTick((n) => n + 1),
          (error: unknown) => live && setErrors((previous) => new Map(previous).set(key, toApiError(error))),
        )
        .finally(() => live && setPending((n) => n - 1));
    }
    return () => {
      live = false;
    };
  }, [joined, epoch]);

  const answers = new Map<string, T>();
  keys.forEach((key, i) => {
    if (cache.has(key)) answers.set(JSON.stringify(list[i]), cache.get(key) as T);
  });
  return { answers, errors, loading: pending > 0 };
}
