import { GraphQLError } from 'graphql';
import neo4j from 'neo4j-driver';

/**
 * Every code we put in `extensions.code` (or in an HTTP-level JSON error), in one registry, so
 * clients can react without parsing messages. Apollo's own codes are reused where one exists
 * (BAD_USER_INPUT, INTERNAL_SERVER_ERROR); nothing else writes a code as a bare string.
 */
export const ErrorCode = {
  databaseUnavailable: 'DATABASE_UNAVAILABLE',
  queryTimeout: 'QUERY_TIMEOUT',
  /** Neo4j stopped the transaction at its memory limit (db.memory.transaction.max). */
  queryMemoryLimit: 'QUERY_MEMORY_LIMIT',
  badUserInput: 'BAD_USER_INPUT',
  agencyNotFound: 'AGENCY_NOT_FOUND',
  referenceNotFound: 'REFERENCE_NOT_FOUND',
  entityNotFound: 'ENTITY_NOT_FOUND',
  planNotFound: 'PLAN_NOT_FOUND',
  provinceNotFound: 'PROVINCE_NOT_FOUND',
  weaknessNotFound: 'WEAKNESS_NOT_FOUND',
  /** Worst-case node count over the cost limit. */
  costLimit: 'COST_LIMIT',
  pageSizeLimit: 'PAGE_SIZE_LIMIT',
  answerTooLarge: 'ANSWER_TOO_LARGE',
  readOnly: 'READ_ONLY',
  /** Admission control: too many requests in flight; retry after the Retry-After header. */
  overloaded: 'OVERLOADED',
  payloadTooLarge: 'PAYLOAD_TOO_LARGE',
  badRequest: 'BAD_REQUEST',
  unsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  notFound: 'NOT_FOUND',
  internal: 'INTERNAL_SERVER_ERROR',
} as const;

/** Input echoed in an error message is cut to this many characters (a 99 KB argument is not worth repeating). */
export const ECHO_MAX_CHARS = 100;

/** The input as it may appear in an error message: at most ECHO_MAX_CHARS characters. */
export function echo(input: string): string {
  return input.length <= ECHO_MAX_CHARS ? input : `${input.slice(0, ECHO_MAX_CHARS)}… (${input.length} characters)`;
}

export function badInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.badUserInput, argument } });
}

export function notFound(code: string, message: string, suggestions: string[] = []): GraphQLError {
  return new GraphQLError(message, { extensions: { code, suggestions } });
}

/** Rejects empty and oversized text arguments before they reach a query. */
export function boundedText(value: string, argument: string, maxLength = 300): string {
  const text = value.trim();
  if (text.length === 0) throw badInput(`${argument} must not be empty`, argument);
  if (text.length > maxLength) throw badInput(`${argument} is longer than ${maxLength} characters`, argument);
  return text;
}

const TIMEOUT_CODES = new Set(['Neo.ClientError.Transaction.TransactionTimedOut', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration']);
const MEMORY_CODES = new Set(['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'Neo.TransientError.General.TransactionMemoryLimit']);
/**
 * Codes the driver gives its own failures: no server reached, pool closed or exhausted ("N/A"),
 * and a connection closed mid-handshake (ProtocolError: a Neo4j still starting up).
 */
const DRIVER_UNAVAILABLE_CODES = new Set([neo4j.error.SERVICE_UNAVAILABLE, neo4j.error.SESSION_EXPIRED, neo4j.error.PROTOCOL_ERROR, 'N/A']);

const unavailable = { code: ErrorCode.databaseUnavailable, message: 'database unavailable: Neo4j cannot be reached; try again shortly' };

/**
 * Recognises, by neo4j-driver's error codes (in a traversal or in @neo4j/graphql's generated
 * resolvers, however deeply wrapped), a database that cannot be reached, a transaction stopped
 * by its timeout or its memory limit; the client gets a short stable error, not a driver trace.
 */
export function classifyDatabaseError(error: unknown): { code: string; message: string } | null {
  for (let cause = error as { code?: string; originalError?: unknown; cause?: unknown } | undefined; cause;) {
    if (cause instanceof neo4j.Neo4jError) {
      if (TIMEOUT_CODES.has(cause.code)) {
        return {
          code: ErrorCode.queryTimeout,
          message: 'the query took longer than the read timeout and was stopped; ask for less (smaller limits, fewer aliases)',
        };
      }
      if (MEMORY_CODES.has(cause.code)) {
        return { code: ErrorCode.queryMemoryLimit, message: 'the query needed more memory than one query may use and was stopped; ask for less' };
      }
      // Other transient errors (the database restarting, a failover) are worth a retry later too.
      if (DRIVER_UNAVAILABLE_CODES.has(cause.code) || neo4j.isRetryableError(cause)) return unavailable;
    }
    const wrapper = cause as { originalError?: unknown; cause?: unknown };
    cause = (wrapper.originalError ?? wrapper.cause) as typeof cause;
  }
  return null;
}
