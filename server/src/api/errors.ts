import { GraphQLError } from 'graphql';

/** Stable codes in `extensions.code`, so clients can react without parsing messages. */
export const ErrorCode = {
  databaseUnavailable: 'DATABASE_UNAVAILABLE',
  queryTimeout: 'QUERY_TIMEOUT',
  badUserInput: 'BAD_USER_INPUT',
  agencyNotFound: 'AGENCY_NOT_FOUND',
  referenceNotFound: 'REFERENCE_NOT_FOUND',
  entityNotFound: 'ENTITY_NOT_FOUND',
  planNotFound: 'PLAN_NOT_FOUND',
  provinceNotFound: 'PROVINCE_NOT_FOUND',
  weaknessNotFound: 'WEAKNESS_NOT_FOUND',
} as const;

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

const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired']);

/**
 * Recognises a failure to reach Neo4j (in a traversal or in @neo4j/graphql's generated
 * resolvers) and a transaction timeout, so the client gets a short stable error, not a driver trace.
 */
export function classifyDatabaseError(error: unknown): { code: string; message: string } | null {
  for (let cause = error as { code?: string; message?: string; originalError?: unknown; cause?: unknown } | undefined; cause;) {
    const code = cause.code ?? '';
    if (unavailableCodes.has(code) || /connect ECONNREFUSED|Could not perform discovery|Pool is closed|Failed to connect/i.test(cause.message ?? '')) {
      return { code: ErrorCode.databaseUnavailable, message: 'database unavailable: Neo4j cannot be reached; try again shortly' };
    }
    if (/TransactionTimedOut|Transaction.*timed out|TransactionTimedOutClientConfiguration/i.test(code + ' ' + (cause.message ?? ''))) {
      return { code: ErrorCode.queryTimeout, message: 'the query took longer than the transaction timeout and was stopped' };
    }
    cause = (cause.originalError ?? cause.cause) as typeof cause;
  }
  return null;
}
