import type { TypedDocumentString } from './generated/graphql.ts';
import type { Health } from './types.ts';

/** A failed API call, with the GraphQL error code when the server gave one. */
export class ApiError extends Error {
  /** `extensions.code` of the first GraphQL error, or NETWORK / HTTP_<status> for transport failures. */
  readonly code: string;
  /** `extensions.suggestions` (e.g. for AGENCY_NOT_FOUND): names the server thinks were meant. */
  readonly suggestions: string[];

  constructor(message: string, code: string, suggestions: string[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.suggestions = suggestions;
  }

  /** True when the API or its database is down rather than the question being wrong. */
  get isOutage(): boolean {
    return this.code === 'NETWORK' || this.code === 'DATABASE_UNAVAILABLE' || this.code.startsWith('HTTP_5');
  }

  /**
   * True when the server was too busy to answer (admission control turned the request away, or the
   * read ran out of time, as a cold database under load can): the same question may well be
   * answered a moment later.
   */
  get isBusy(): boolean {
    return this.code === 'OVERLOADED' || this.code === 'QUERY_TIMEOUT';
  }
}

interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; suggestions?: unknown };
}

type OutageListener = (error: ApiError) => void;
const outageListeners = new Set<OutageListener>();

/** Called whenever a request fails because the API or the database is down (the status poller listens). */
export function onOutage(listener: OutageListener): () => void {
  outageListeners.add(listener);
  return () => outageListeners.delete(listener);
}

let pending = 0;
const pendingListeners = new Set<(count: number) => void>();

/** Number of GraphQL requests in flight: drives the loading indicator and the e2e "idle" check. */
export function pendingRequests(): number {
  return pending;
}

export function onPendingChange(listener: (count: number) => void): () => void {
  pendingListeners.add(listener);
  return () => pendingListeners.delete(listener);
}

function setPending(delta: number): void {
  pending += delta;
  for (const listener of pendingListeners) listener(pending);
}

/**
 * Runs one GraphQL operation of documents.ts against `/graphql`; the document's generated types
 * give the variables and the answer.
 * Apollo Server's CSRF guard wants `Content-Type: application/json`, which a JSON POST sends anyway.
 */
export async function gql<T, V>(document: TypedDocumentString<T, V>, variables: V, signal?: AbortSignal): Promise<T> {
  setPending(1);
  try {
    let response: Response;
    try {
      response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
        body: JSON.stringify({ query: document.toString(), variables }),
        signal,
      });
    } catch (cause) {
      if (signal?.aborted) throw cause;
      throw report(new ApiError('The API cannot be reached.', 'NETWORK'));
    }
    type Body = { data?: T | null; errors?: GraphQLErrorShape[] };
    let body: Body | null = null;
    try {
      body = (await response.json()) as Body;
    } catch {
      // A proxy or a crashed server may answer with HTML; the status says enough.
    }
    const first = body?.errors?.[0];
    if (first) {
      const code = first.extensions?.code ?? `HTTP_${response.status}`;
      const suggestions = Array.isArray(first.extensions?.suggestions)
        ? first.extensions.suggestions.map((s: unknown) => (typeof s === 'string' ? s : JSON.stringify(s)))
        : [];
      throw report(new ApiError(first.message, code, suggestions));
    }
    if (!response.ok || !body?.data) {
      throw report(new ApiError(`The API answered ${response.status}.`, `HTTP_${response.status}`));
    }
    return body.data;
  } finally {
    setPending(-1);
  }
}

function report(error: ApiError): ApiError {
  if (error.isOutage) for (const listener of outageListeners) listener(error);
  return error;
}

/** Reads `GET /health`; throws when the server cannot be reached. */
export async function fetchHealth(signal?: AbortSignal): Promise<Health> {
  const response = await fetch('/health', { signal, headers: { Accept: 'application/json' } });
  const body = (await response.json()) as Health;
  return body;
}
