import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';

/** A driver for the Neo4j of this test run (see tests/global-setup.ts). Close it in afterAll. */
export function testDriver(): Driver {
  return neo4j.driver(inject('neo4jUri'), neo4j.auth.basic(inject('neo4jUser'), inject('neo4jPassword')), {
    logging: { level: 'error', logger: () => {} },
  });
}
