import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError, type FormattedExecutionResult, type GraphQLSchema } from 'graphql';
import type { AnswerCacheStats } from '../api/answer-cache.ts';
import { ErrorCode, classifyDatabaseError } from '../api/errors.ts';
import { armorProtection, costModel, requestLimits } from '../api/limits.ts';
import { costPlugin } from '../api/query-cost.ts';
import { readOnlyRule } from '../api/request-guards.ts';
import type { SupervisorState } from '../graph/connection.ts';
import type { Neo4jVersions } from '../graph/neo4j-compat.ts';
import type { QueryRunner } from '../graph/query-runner.ts';
import { admissionControl, type AdmissionLimits } from './admission.ts';
import { cachedAnswers, type CachedAnswersOptions } from './cached-answers.ts';
import { jsonErrors, notFoundJson } from './http-errors.ts';
import { securityHeaders } from './security-headers.ts';

/**
 * Admission limits. Two cores serve Node and Neo4j together: 8 requests at once already keep
 * both busy (the traversals spend 10–50 ms of CPU each), so more would only queue inside Neo4j.
 * A queue of 16 at ~110 req/s saturation is ~0.2 s of waiting; past 1 s a waiting request is
 * refused, so an accepted one never waits long.
 */
export const admissionLimits: AdmissionLimits = { maxInFlight: 8, maxQueue: 16, maxQueueWaitMs: 1000, retryAfterSeconds: 1 };

export interface AppOptions {
  schema: GraphQLSchema;
  runner: QueryRunner;
  httpServer: Server;
  /** Neo4j and APOC versions, read once at start-up. */
  versions: Neo4jVersions;
  /** Built explorer (`client/dist`); served at `/` when present. */
  clientDir: string;
  /** Timeout of each API read transaction (generated queries; traversals get it from the runner). */
  readTimeoutMs: number;
  /** The embedded Neo4j's supervisor state, or null for an external NEO4J_URI. */
  supervisor: SupervisorState | null;
  /** The answer cache (null when CACHE=off) and the data version it is keyed by. */
  answers: CachedAnswersOptions;
  /** The import endpoint (/api/…), mounted before the explorer's catch-all. */
  importRouter?: express.Router;
}

/** The Express app: GraphQL at /graphql, health at /health, the explorer at /. */
export async function createApp(options: AppOptions): Promise<{ app: express.Express; apollo: ApolloServer }> {
  const protection = armorProtection();
  const answers = cachedAnswers(options.answers);
  const apollo = new ApolloServer({
    schema: options.schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: requestLimits.maxTokens },
    validationRules: [readOnlyRule, ...protection.validationRules],
    plugins: [
      ...protection.plugins,
      costPlugin(costModel()),
      ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer }),
      statusCodePlugin(),
      answers.plugin,
    ],
    stringifyResult: boundedAnswer,
    formatError: (formatted, error) => {
      const known = classifyDatabaseError(error);
      if (known) return { message: known.message, path: formatted.path, extensions: { code: known.code } };
      // Unexpected failures (driver errors, bugs) are logged here in full; the client gets no
      // query text or trace. GraphQL's own errors are already meant for the client.
      if (formatted.extensions?.code === ErrorCode.internal && !(unwrapResolverError(error) instanceof GraphQLError)) {
        console.error('[accountability-graph] internal error:', error);
        return { message: 'internal server error', path: formatted.path, extensions: { code: ErrorCode.internal } };
      }
      return formatted;
    },
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders());
  const admission = admissionControl(admissionLimits);
  app.get('/health', async (_request, response) => {
    const health = await checkHealth(options);
    response.status(health.status === 'ok' ? 200 : 503).json(health);
  });
  app.get('/health/live', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    express.json({ limit: requestLimits.maxBodyBytes }),
    // Before admission control: a cached answer costs no database work and waits for no slot.
    answers.middleware,
    admission.middleware,
    expressMiddleware(apollo, {
      // Every generated query runs in a read transaction bounded by the API's read timeout.
      context: async ({ res }) => ({ transaction: { timeout: options.readTimeoutMs }, ...answers.context(res) }),
    }),
  );

  if (options.importRouter) app.use(options.importRouter);

  if (existsSync(join(options.clientDir, 'index.html'))) {
    app.use(express.static(options.clientDir, { index: 'index.html', maxAge: '1h' }));
    // The explorer keeps its view in the URL; any other path is the explorer too.
    app.get(/^\/(?!graphql|health|api\/).*/, (_request, response) => response.sendFile(join(options.clientDir, 'index.html')));
  } else {
    app.get('/', (_request, response) => {
      response.type('text/plain').send('The explorer is not built: run `npm run build:client` (npm start does it for you).\n');
    });
  }
  app.use(notFoundJson);
  app.use(jsonErrors(requestLimits.maxBodyBytes));
  return { app, apollo };
}

export interface Health {
  status: 'ok' | 'unavailable' | 'empty' | 'restarting';
  neo4j: string;
  apoc: string;
  databaseReachable: boolean;
  dataLoaded: boolean;
  plans: number;
  /** The data version this instance last read (bumped by every import and removal); null before the first read. */
  dataVersion: number | null;
  /** The answer cache: entries, bytes against its bound, hits and misses; null with CACHE=off. */
  cache: AnswerCacheStats | null;
  /** The embedded Neo4j's process: up or restarting, restarts so far, how it last died. Null for NEO4J_URI. */
  neo4jProcess: SupervisorState | null;
  /** Why the status is not ok, in words. */
  problem?: string;
}

/** The health probe's own bound: a database that cannot count plans in this long is not healthy. */
const HEALTH_TIMEOUT_MS = 1_500;

/** Liveness and readiness in one answer: Neo4j running and answering quickly, and at least one plan loaded. */
async function checkHealth(options: AppOptions): Promise<Health> {
  const base = {
    ...options.versions,
    dataVersion: options.answers.watcher.latest()?.number ?? null,
    cache: options.answers.cache?.stats() ?? null,
    neo4jProcess: options.supervisor ? { ...options.supervisor } : null,
  };
  if (options.supervisor?.state === 'restarting') {
    return {
      status: 'restarting',
      ...base,
      databaseReachable: false,
      dataLoaded: false,
      plans: 0,
      problem: `Neo4j is restarting after ${options.supervisor.lastExit}`,
    };
  }
  try {
    const [row] = await withDeadline(options.runner.read('data-loaded', {}, { timeoutMs: HEALTH_TIMEOUT_MS }), HEALTH_TIMEOUT_MS + 500);
    const plans = (row?.plans as number) ?? 0;
    return { status: plans > 0 ? 'ok' : 'empty', ...base, databaseReachable: true, dataLoaded: plans > 0, plans };
  } catch (error) {
    return {
      status: 'unavailable',
      ...base,
      databaseReachable: false,
      dataLoaded: false,
      plans: 0,
      problem: `probe failed: ${(error as Error).message.split('\n')[0]!.slice(0, 200)}`,
    };
  }
}

/** Rejects when the promise has not settled within ms (the promise itself goes on, bounded by its own timeout). */
function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/**
 * HTTP status by what went wrong: a database that is down is 503, so proxies and clients can
 * retry; a document refused before execution (armor's token limit throws while parsing) is the
 * client's error, 400, not 500.
 */
function statusCodePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, errors }) {
          const unavailable = (error: GraphQLError) =>
            error.extensions?.code === ErrorCode.databaseUnavailable || classifyDatabaseError(error)?.code === ErrorCode.databaseUnavailable;
          if (errors?.some(unavailable)) {
            response.http.status = 503;
            // The supervisor restarts a dead embedded Neo4j within seconds; clients may retry then.
            response.http.headers.set('retry-after', '5');
          } else if (errors?.some((error) => error.message.startsWith('Syntax Error:'))) {
            response.http.status = 400;
          }
        },
      };
    },
  };
}

/**
 * The answer as JSON, or, past the answer-size limit, an error naming it: a query that slipped
 * through the cost model must not ship tens of megabytes (the limit's reasoning: api/limits.ts).
 */
function boundedAnswer(result: FormattedExecutionResult): string {
  const text = JSON.stringify(result);
  const bytes = Buffer.byteLength(text);
  if (bytes <= requestLimits.maxAnswerBytes) return text;
  return JSON.stringify({
    errors: [
      {
        message: `answer too large: ${bytes.toLocaleString('en')} bytes, more than ${requestLimits.maxAnswerBytes.toLocaleString('en')}; ask for fewer rows or fields`,
        extensions: { code: ErrorCode.answerTooLarge, bytes, limit: requestLimits.maxAnswerBytes },
      },
    ],
    data: null,
  });
}
