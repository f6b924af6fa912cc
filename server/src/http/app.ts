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
import type { QueryRunner } from '../graph/query-runner.ts';

export interface AppOptions {
  schema: GraphQLSchema;
  runner: QueryRunner;
  httpServer: Server;
  /** Neo4j and APOC versions, read once at start-up. */
  versions: { neo4j: string; apoc: string | null };
  /** Built explorer (`client/dist`); served at `/` when present. */
  clientDir: string;
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
    const health = await checkHealth(options.runner, options.versions);
    response.status(health.status === 'ok' ? 200 : 503).json(health);
  });
  app.get('/health/live', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.use('/graphql', express.json({ limit: requestLimits.maxBodyBytes }), expressMiddleware(apollo, { context: async () => ({}) }));

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
  status: 'ok' | 'unavailable' | 'empty';
  neo4j: string;
  apoc: string | null;
  databaseReachable: boolean;
  dataLoaded: boolean;
  plans: number;
}

/** Liveness and readiness in one answer: Neo4j reachable, and at least one plan loaded. */
async function checkHealth(runner: QueryRunner, versions: AppOptions['versions']): Promise<Health> {
  try {
    const [row] = await runner.read('data-loaded', {});
    const plans = (row?.plans as number) ?? 0;
    return { status: plans > 0 ? 'ok' : 'empty', ...versions, databaseReachable: true, dataLoaded: plans > 0, plans };
  } catch {
    return { status: 'unavailable', ...versions, databaseReachable: false, dataLoaded: false, plans: 0 };
  }
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
