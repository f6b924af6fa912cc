import type { ApolloServer } from '@apollo/server';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, inject } from 'vitest';
import { loadCacheSettings } from '../../server/src/api/answer-cache.ts';
import { startApp, type RunningApp } from '../../server/src/app.ts';
import { loadConfig } from '../../server/src/graph/config.ts';
import { importPlan, removePlan } from '../../server/src/graph/import-plan.ts';
import { loadGlossary, readPlanFile, seedPlanPath } from '../../server/src/graph/plan-source.ts';
import type { QueryRunner } from '../../server/src/graph/query-runner.ts';
import { applySchema, loadCypher } from '../../server/src/graph/schema.ts';
import { testDriver } from './helpers.ts';

export interface TestApiServer {
  url: string;
  apollo: ApolloServer;
  runner: QueryRunner;
  app: RunningApp;
  close(): Promise<void>;
}

/** Where the app under test finds Neo4j: the run's server (tests/global-setup.ts) unless given. */
export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
}

export function runNeo4j(): Neo4jTarget {
  return { uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') };
}

/**
 * The real app through startApp (the same wiring as npm start) on a free loopback port, over a
 * Neo4j with the seed plan loaded; `env` adds settings (e.g. API_READ_TIMEOUT, CACHE=off).
 */
export async function startApiServer(driver: Driver, target: Neo4jTarget = runNeo4j(), env: Record<string, string> = {}): Promise<TestApiServer> {
  await applySchema(driver, loadCypher('schema'));
  await importPlan(driver, await readPlanFile(seedPlanPath, await loadGlossary()));
  const graph = loadConfig({ NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password, ...env });
  const app = await startApp({ graph, cache: loadCacheSettings(env), port: 0, host: '127.0.0.1', clientDir: '/nonexistent', seedIfEmpty: false });
  return { url: app.url, apollo: app.apollo, runner: app.runner, app, close: () => app.stop() };
}

/** Id of the seed plan, which startApiServer imports. */
export const SEED_ID = 'thanh-hoa/83-KH-UBND/2022';

/**
 * The app over the run's Neo4j, for the tests of one file or describe block: started before them,
 * stopped after, with the seed plan it imported removed. Read `driver` and `server` inside tests.
 */
export function seededApiServer(): { readonly driver: Driver; readonly server: TestApiServer } {
  const running = {} as { driver: Driver; server: TestApiServer };
  beforeAll(async () => {
    running.driver = testDriver();
    running.server = await startApiServer(running.driver);
  });
  afterAll(async () => {
    await running.server?.close();
    await removePlan(running.driver, SEED_ID);
    await running.driver.close();
  });
  return running;
}

/** POSTs a GraphQL request as a browser client would. */
export async function postGraphQL(url: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: any }[] } };
}

/** Runs an operation in-process: the data, or an error naming every GraphQL error. */
export async function runQuery<T = any>(server: TestApiServer, text: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await server.apollo.executeOperation({ query: text, variables });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  if (errors) throw new Error(errors.map((error) => error.message).join('; '));
  return data as T;
}
