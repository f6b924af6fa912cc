import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import type { Driver } from 'neo4j-driver';
import { buildSchema } from '../../server/src/api/schema.ts';
import { importPlan } from '../../server/src/graph/import-plan.ts';
import { loadGlossary, readPlanFile, seedPlanPath } from '../../server/src/graph/plan-source.ts';
import { neo4jVersions } from '../../server/src/graph/connection.ts';
import { QueryRunner } from '../../server/src/graph/query-runner.ts';
import { applySchema, loadCypher } from '../../server/src/graph/schema.ts';
import { createApp } from '../../server/src/http/app.ts';

export interface TestApiServer {
  url: string;
  apollo: ApolloServer;
  runner: QueryRunner;
  close(): Promise<void>;
}

/** The real app (GraphQL, limits, health) on a free loopback port, over the test run's Neo4j with the seed plan loaded. */
export async function startApiServer(driver: Driver): Promise<TestApiServer> {
  await applySchema(driver, loadCypher('schema'));
  await importPlan(driver, await readPlanFile(seedPlanPath, await loadGlossary()));
  const runner = new QueryRunner(driver, { timeoutMs: 10_000 });
  const httpServer: Server = createServer();
  const { app, apollo } = await createApp({
    schema: await buildSchema(driver, runner),
    runner,
    httpServer,
    versions: await neo4jVersions(driver),
    clientDir: '/nonexistent',
  });
  httpServer.on('request', app);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    apollo,
    runner,
    close: () => apollo.stop(),
  };
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
