/**
 * The embedded Neo4j against the real thing: no mocks.
 *
 * The first block uses the shared server of the run (tests/global-setup.ts). The second block
 * starts its own throw-away server to test restarts, crash recovery and start-up errors.
 */
import fsp from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkNeo4jCompat } from '../../server/src/graph/neo4j-compat.ts';
import { Neo4jPortInUseError, Neo4jStoreInUseError, startEmbeddedNeo4j, type RunningNeo4j } from '../../server/src/graph/embedded-neo4j.ts';
import { embeddedNeo4jStatus, stopEmbeddedNeo4j } from '../../server/src/graph/neo4j-process.ts';
import { applySchema, splitCypherStatements } from '../../server/src/graph/schema.ts';
import { freePort } from '../../shared/ports.ts';
import { testDriver } from './helpers.ts';

const quiet = { logging: { level: 'error' as const, logger: () => {} } };

async function single<T>(driver: Driver, query: string, params: Record<string, unknown> = {}): Promise<T> {
  const result = await driver.executeQuery(query, params);
  return result.records[0]?.get(0) as T;
}

describe('the shared embedded Neo4j', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await driver.close();
  });

  it('answers an authenticated session and reports Neo4j 5.26 with APOC', async () => {
    const session = driver.session();
    try {
      const result = await session.run('RETURN 1 + 1 AS two');
      expect(result.records[0]?.get('two').toNumber()).toBe(2);
    } finally {
      await session.close();
    }
    const versions = await checkNeo4jCompat(driver);
    expect(versions.neo4j).toMatch(/^5\.26\.\d+$/);
    expect(versions.apoc).toMatch(/^5\.26\.\d+$/);
  });

  it('refuses a wrong password', async () => {
    const wrong = neo4j.driver(inject('neo4jUri'), neo4j.auth.basic(inject('neo4jUser'), 'not-the-password'), quiet);
    try {
      await expect(wrong.verifyConnectivity()).rejects.toMatchObject({
        code: 'Neo.ClientError.Security.Unauthorized',
      });
    } finally {
      await wrong.close();
    }
  });

  it('has the APOC functions @neo4j/graphql uses', async () => {
    // apoc.util.validatePredicate is a function in APOC 5: true when the predicate is false.
    expect(await single<boolean>(driver, "RETURN apoc.util.validatePredicate(false, 'x', []) AS ok")).toBe(true);
    await expect(driver.executeQuery("RETURN apoc.util.validatePredicate(true, 'denied %s', ['here']) AS ok")).rejects.toThrow(/denied here/);
    expect(await single<string>(driver, "RETURN apoc.date.convertFormat('2022-03-24', 'date', 'iso_date') AS d")).toBe('2022-03-24');
    // @neo4j/graphql projects DateTime values through convertFormat(toString(dt), 'iso_zoned_date_time', 'iso_offset_date_time').
    expect(
      await single<string>(
        driver,
        "RETURN apoc.date.convertFormat(toString(datetime('2022-03-24T10:11:12Z')), 'iso_zoned_date_time', 'iso_offset_date_time') AS d",
      ),
    ).toBe('2022-03-24T10:11:12Z');
  });

  it('passes @neo4j/graphql checkNeo4jCompat (version and APOC functions)', async () => {
    const graphql = new Neo4jGraphQL({ typeDefs: 'type Probe @node { name: String }', driver });
    await expect(graphql.checkNeo4jCompat()).resolves.toBeUndefined();
  });

  describe('applySchema and diacritic-free full-text search', () => {
    const schema = `
// test schema: a constraint and a folding full-text index
CREATE CONSTRAINT it_agency_id IF NOT EXISTS
  FOR (a:ItAgency) REQUIRE a.id IS UNIQUE;
// the analyser folds diacritics
CREATE FULLTEXT INDEX it_agency_name IF NOT EXISTS
  FOR (a:ItAgency) ON EACH [a.name]
  OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding' } };
`;

    afterAll(async () => {
      await driver.executeQuery('MATCH (a:ItAgency) DETACH DELETE a');
      await driver.executeQuery('DROP INDEX it_agency_name IF EXISTS');
      await driver.executeQuery('DROP CONSTRAINT it_agency_id IF EXISTS');
    });

    it('splits statements on end-of-line semicolons and skips comment lines', () => {
      expect(splitCypherStatements(schema)).toHaveLength(2);
      expect(splitCypherStatements('RETURN 1;\n// c;\nRETURN\n  2 ;  \nRETURN 3')).toEqual(['RETURN 1', 'RETURN\n  2', 'RETURN 3']);
    });

    it('runs twice without error', async () => {
      expect(await applySchema(driver, schema)).toBe(2);
      expect(await applySchema(driver, schema)).toBe(2);
      const names = await driver.executeQuery("SHOW INDEXES YIELD name, state WHERE name STARTS WITH 'it_agency' RETURN name, state ORDER BY name");
      expect(names.records.map((r) => [r.get('name'), r.get('state')])).toEqual([
        ['it_agency_id', 'ONLINE'],
        ['it_agency_name', 'ONLINE'],
      ]);
      await driver.executeQuery("CREATE (:ItAgency {id: 'a1'})");
      await expect(driver.executeQuery("CREATE (:ItAgency {id: 'a1'})")).rejects.toMatchObject({
        code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
      });
    });

    it('finds Vietnamese names without diacritics, including đ → d', async () => {
      await driver.executeQuery(`UNWIND $rows AS row CREATE (:ItAgency {id: row.id, name: row.name})`, {
        rows: [
          { id: 'a2', name: 'Sở Tài nguyên và Môi trường' },
          { id: 'a3', name: 'Công ty Điện lực Đồng Nai' },
          { id: 'a4', name: 'Sở Giáo dục và Đào tạo' },
        ],
      });
      const search = async (q: string): Promise<string[]> => {
        const result = await driver.executeQuery("CALL db.index.fulltext.queryNodes('it_agency_name', $q) YIELD node RETURN node.id AS id ORDER BY id", { q });
        return result.records.map((r) => r.get('id') as string);
      };
      expect(await search('tai nguyen')).toEqual(['a2']);
      expect(await search('"tai nguyen va moi truong"')).toEqual(['a2']);
      expect(await search('tài nguyên')).toEqual(['a2']); // the query is folded the same way
      expect(await search('dien luc dong nai')).toEqual(['a3']); // Đ/đ fold to d
      expect(await search('dao tao')).toEqual(['a4']);
    });
  });
});

describe('a throw-away embedded Neo4j', () => {
  let dataDir: string;
  let port: number;
  const started: RunningNeo4j[] = [];
  const timings: string[] = [];
  const options = () => ({ dataDir, port, heap: '512m', pageCache: '128m' });

  async function start(label: string, extra: Partial<Parameters<typeof startEmbeddedNeo4j>[0]> = {}): Promise<RunningNeo4j> {
    const t0 = Date.now();
    const neo = await startEmbeddedNeo4j({ ...options(), ...extra });
    timings.push(`${label}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    started.push(neo);
    return neo;
  }

  async function withDriver<T>(neo: { uri: string; password: string }, fn: (driver: Driver) => Promise<T>): Promise<T> {
    const driver = neo4j.driver(neo.uri, neo4j.auth.basic('neo4j', neo.password), quiet);
    try {
      return await fn(driver);
    } finally {
      await driver.close();
    }
  }

  async function count(neo: RunningNeo4j): Promise<number> {
    return withDriver(neo, async (driver) => (await single<{ toNumber(): number }>(driver, 'MATCH (n:Kept) RETURN count(n)')).toNumber());
  }

  beforeAll(async () => {
    dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'neo4j-it-'));
    port = await freePort();
  });

  afterAll(async () => {
    for (const neo of started) await neo.stop().catch(() => {});
    await stopEmbeddedNeo4j(dataDir).catch(() => {});
    await fsp.rm(dataDir, { recursive: true, force: true });
    console.log(`[neo4j] second instance start times: ${timings.join(', ')}`);
  });

  // Each start takes ~15 s on an idle 2-core machine and far longer when the machine is busy.
  const START_TIMEOUT = 240_000;
  const newPassword = 'changed-password-0123';
  let first: RunningNeo4j;

  it(
    'creates a new store with a generated password kept in <dataDir>/password (0600)',
    async () => {
      first = await start('first start (new store)');
      const passwordFile = path.join(dataDir, 'password');
      expect((await fsp.readFile(passwordFile, 'utf8')).trim()).toBe(first.password);
      expect((await fsp.stat(passwordFile)).mode & 0o777).toBe(0o600);
      expect(first.password.length).toBeGreaterThanOrEqual(16);
      await withDriver(first, (d) => d.executeQuery("CREATE (:Kept {step: 'before restart'})"));
    },
    START_TIMEOUT,
  );

  it('refuses a second server on a data directory in use', async () => {
    const otherPort = await freePort();
    const attempt = startEmbeddedNeo4j({ ...options(), port: otherPort });
    await expect(attempt).rejects.toThrow(Neo4jStoreInUseError);
    await expect(attempt).rejects.toThrow(new RegExp(`pid ${first.pid}.*is using the data directory.*db:stop`));
  });

  it(
    'keeps data across a clean restart, applies a changed password, recovers after kill -9, stops through the pid file',
    async () => {
      await first.stop();
      expect(embeddedNeo4jStatus(dataDir)).toBeNull();

      // Clean restart, detached as db:start does it, with a new password.
      const second = await start('restart (detached, new password)', { detached: true, password: newPassword });
      expect(embeddedNeo4jStatus(dataDir)).toMatchObject({ pid: second.pid, port, uri: second.uri });
      expect(await count(second)).toBe(1);
      await expect(withDriver(first, (d) => d.verifyConnectivity())).rejects.toMatchObject({
        code: 'Neo.ClientError.Security.Unauthorized',
      });
      await withDriver(second, (d) => d.executeQuery("CREATE (:Kept {step: 'before kill -9'})"));

      // Crash: SIGKILL leaves a stale pid file and an unclean store; the next start recovers.
      process.kill(second.pid, 'SIGKILL');
      for (let i = 0; i < 100; i++) {
        try {
          process.kill(second.pid, 0);
          await new Promise((r) => setTimeout(r, 100));
        } catch {
          break;
        }
      }
      expect((await fsp.readFile(path.join(dataDir, 'neo4j.pid'), 'utf8')).trim()).toBe(String(second.pid));
      expect(embeddedNeo4jStatus(dataDir)).toBeNull();

      const third = await start('start after kill -9 (recovery)', { password: newPassword });
      expect(await count(third)).toBe(2);

      // db:stop's way: through the pid file.
      expect(await stopEmbeddedNeo4j(dataDir)).toBe(true);
      expect(embeddedNeo4jStatus(dataDir)).toBeNull();
      expect(await stopEmbeddedNeo4j(dataDir)).toBe(false);
    },
    2 * START_TIMEOUT,
  );

  it('fails with a clear message when the port is in use', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const busy = (blocker.address() as net.AddressInfo).port;
    try {
      const attempt = startEmbeddedNeo4j({ ...options(), port: busy });
      await expect(attempt).rejects.toThrow(Neo4jPortInUseError);
      await expect(startEmbeddedNeo4j({ ...options(), port: busy })).rejects.toThrow(
        new RegExp(`Port ${busy} on 127\\.0\\.0\\.1 is already in use.*NEO4J_PORT`),
      );
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
    expect(embeddedNeo4jStatus(dataDir)).toBeNull();
  });

  it('takes a pid file naming a live process of another data directory as stale (pid reuse)', async () => {
    // This test process is alive but is no Neo4j serving dataDir: it must be neither reported nor signalled.
    await fsp.writeFile(path.join(dataDir, 'neo4j.pid'), `${process.pid}\n`);
    expect(embeddedNeo4jStatus(dataDir)).toBeNull();
    expect(await stopEmbeddedNeo4j(dataDir)).toBe(false);
    await expect(fsp.stat(path.join(dataDir, 'neo4j.pid'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
