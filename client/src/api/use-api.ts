/**
 * The explorer's data layer: TanStack Query over {@link gql}. One cache for the page, keyed by
 * operation and variables; concurrent callers share one request; answers nobody shows are dropped
 * after a while. The graph does not change while the explorer is open unless plans are imported
 * or the database comes back from an outage: whoever knows calls {@link refetchEverything}.
 */
import { keepPreviousData, QueryClient, useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { ApiError, gql } from './client.ts';
import type { TypedDocumentString } from './generated/graphql.ts';

/**
 * Whether to ask again after a failure (`failedBefore`: how many attempts failed before this one,
 * as TanStack Query counts): only when the server was busy. A refused
 * question fails the same again, and an outage shows as a banner whose health poller refetches on
 * recovery. A busy server (503 OVERLOADED, whose Retry-After is 1 s) is asked twice more, after 1 s
 * and 2 s; a read that timed out only once more, since a question too heavy for the read timeout
 * would otherwise keep the analyst waiting three times over.
 */
export function shouldRetry(failedBefore: number, error: unknown): boolean {
  if (!(error instanceof ApiError) || !error.isBusy) return false;
  return failedBefore < (error.code === 'QUERY_TIMEOUT' ? 1 : 2);
}

/** Pause before the next attempt: 1 s, then 2 s. */
export const retryDelay = (failedBefore: number): number => 1000 * 2 ** failedBefore;

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Answers stay true until plans change; refetchEverything() says when.
      staleTime: Infinity,
      retry: shouldRetry,
      retryDelay,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
    },
  },
});

/** Every answer may be out of date (the database is back, or plans were imported): fetch what is shown again. */
export function refetchEverything(): Promise<void> {
  return queryClient.invalidateQueries();
}

export interface ApiResult<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
}

/** The cache key of an operation: its name (codegen keeps names unique) and its variables. */
function keyOf(document: { toString(): string }, variables: unknown): unknown[] {
  const name = /^\s*query\s+(\w+)/.exec(document.toString())?.[1] ?? document.toString();
  return ['graphql', name, variables];
}

function toApiError(error: unknown): ApiError | null {
  if (error === null || error === undefined) return null;
  return error instanceof ApiError ? error : new ApiError(error instanceof Error ? error.message : JSON.stringify(error), 'CLIENT');
}

/**
 * Runs `document` with `variables` (nothing when null). While the answer for new variables loads,
 * the previous one stays visible, so views do not flicker; it is never shown as final.
 */
export function useApi<T, V>(document: TypedDocumentString<T, V>, variables: V | null): ApiResult<T> {
  const query = useQuery({
    queryKey: keyOf(document, variables),
    queryFn: ({ signal }) => gql(document, variables as V, signal),
    enabled: variables !== null,
    placeholderData: variables === null ? undefined : keepPreviousData,
  });
  return { data: query.data ?? null, error: toApiError(query.error), loading: query.isFetching };
}

/** Starts `document` with `variables` ahead of the component that will show it (same key as {@link useApi}). */
export function prefetchApi<T, V>(document: TypedDocumentString<T, V>, variables: V): void {
  void queryClient.prefetchQuery({ queryKey: keyOf(document, variables), queryFn: ({ signal }) => gql(document, variables, signal) });
}

/** The answers of a useApiMany, in the order asked. A module function, so its identity never changes. */
function combineAnswers<T>(results: UseQueryResult<T>[]): { answers: (T | undefined)[]; errors: ApiError[]; loading: boolean } {
  return {
    answers: results.map((result) => result.data),
    errors: results.flatMap((result) => toApiError(result.error) ?? []),
    loading: results.some((result) => result.isFetching),
  };
}

/**
 * Runs one query per entry of `list`; `answers[i]` is the answer for `list[i]` once it has
 * arrived. The result keeps its identity until an answer changes, so views can memoise on it.
 */
export function useApiMany<T, V>(document: TypedDocumentString<T, V>, list: readonly V[]): ReturnType<typeof combineAnswers<T>> {
  return useQueries({
    queries: list.map((variables) => ({
      queryKey: keyOf(document, variables),
      queryFn: ({ signal }: { signal: AbortSignal }) => gql(document, variables, signal),
    })),
    combine: combineAnswers<T>,
  });
}
