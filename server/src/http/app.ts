import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler } from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { ErrorCode, classifyDatabaseError } from '../api/errors.ts';
import { armorProtection, requestLimits } from '../api/limits.ts';
import { pageSizePlugin, readOnlyRule } from '../api/request-guards.ts';
import type { SupervisorState } from '../graph/connection.ts';
import type { Neo4jVersions } from '../graph/neo4j-compat.ts';
import type { QueryRunner } from '../graph/query-runner.ts';

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
}

/** The Express app: GraphQL at /graphql, health at /health, the explorer at /. */
export async function createApp(options: AppOptions): Promise<{ app: express.Express; apollo: ApolloServer }> {
  const protection = armorProtection();
  const apollo = new ApolloServer({
    schema: options.schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: requestLimits.maxTokens },
    validationRules: [readOnlyRule, ...protection.validationRules],
    plugins: [...protection.plugins, pageSizePlugin(), ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer }), statusCodePlugin()],
    formatError: (formatted, error) => {
      const known = classifyDatabaseError(error);
      if (known) return { message: known.message, extensions: { code: known.code } };
      // Unexpected failures (driver errors, bugs) are logged here in full; the client gets no
      // query text or trace. GraphQL's own errors are already meant for the client.
      if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR' && !(unwrapResolverError(error) instanceof GraphQLError)) {
        console.error('[accountability-graph] internal error:', error);
        return { message: 'internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      }
      return formatted;
    },
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
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
    expressMiddleware(apollo, {
      // Every generated query runs in a read transaction bounded by the API's read timeout.
      context: async () => ({ transaction: { timeout: options.readTimeoutMs } }),
    }),
  );

  if (existsSync(join(options.clientDir, 'index.html'))) {
    app.use(express.static(options.clientDir, { index: 'index.html', maxAge: '1h' }));
    // The explorer keeps its view in the URL; any other path is the explorer too.
    app.get(/^\/(?!graphql|health).*/, (_request, response) => response.sendFile(join(options.clientDir, 'index.html')));
  } else {
    app.get('/', (_request, response) => {
      response.type('text/plain').send('The explorer is not built: run `npm run build:client` (npm start does it for you).\n');
    });
  }
  app.use(bodyErrors);
  return { app, apollo };
}

export interface Health {
  status: 'ok' | 'unavailable' | 'empty' | 'restarting';
  neo4j: string;
  apoc: string;
  databaseReachable: boolean;
  dataLoaded: boolean;
  plans: number;
  /** The embedded Neo4j's process: up or restarting, restarts so far, how it last died. Null for NEO4J_URI. */
  neo4jProcess: SupervisorState | null;
  /** Why the status is not ok, in words. */
  problem?: string;
}

/** The health probe's own bound: a database that cannot count plans in this long is not healthy. */
const HEALTH_TIMEOUT_MS = 1_500;

/** Liveness and readiness in one answer: Neo4j running and answering quickly, and at least one plan loaded. */
async function checkHealth(options: AppOptions): Promise<Health> {
  const base = { ...options.versions, neo4jProcess: options.supervisor ? { ...options.supervisor } : null };
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
          } else if (errors?.some((error) => error.message.startsWith('Syntax Error:'))) {
            response.http.status = 400;
          }
        },
      };
    },
  };
}

/** Malformed or oversized bodies get a GraphQL-shaped error naming the problem. */
const bodyErrors: ErrorRequestHandler = (error, _request, response, next) => {
  const status = (error as { status?: number }).status;
  if (status === 413) {
    response.status(413).json({
      errors: [{ message: `request body too large: at most ${requestLimits.maxBodyBytes / 1024} KB`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  } else if (status === 400) {
    response.status(400).json({ errors: [{ message: `malformed request body: ${(error as Error).message}`, extensions: { code: 'BAD_REQUEST' } }] });
  } else {
    next(error);
  }
};
