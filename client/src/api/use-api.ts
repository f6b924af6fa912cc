/**
 * The explorer's data layer: TanStack Query over {@link gql}. One cache for the page, keyed by
 * operation and variables; concurrent callers share one request; answers nobody shows are dropped
 * after a while. The graph does not change while the explorer is open unless plans are imported
 * or the database comes back from an outage: whoever knows calls {@link refetchEverything}.
 */
import { keepPreviousData, QueryClient, useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { ApiError, gql } from './client.ts';
import type { TypedDocumentString } from './generated/graphql.ts';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Answers stay true until plans change; refetchEverything() says when.
      staleTime: Infinity,
      // An outage shows as a banner and the health poller refetches on recovery: retrying each
      // query on its own would only delay the error, and a refused question fails the same again.
      retry: false,
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
