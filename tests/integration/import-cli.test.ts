import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../server/src/graph/config.ts';
import { removePlan } from '../../server/src/graph/import-plan.ts';
import { seedPlanPath } from '../../server/src/graph/plan-source.ts';
import { testDriver } from './helpers.ts';

const run = promisify(execFile);
const SEED_ID = 'thanh-hoa/83-KH-UBND/2022';

let driver: Driver;
let dir: string;

/** `npm run import -- ...args` against the test run's Neo4j; resolves with its exit code and output. */
async function importCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USER: inject('neo4jUser'), NEO4J_PASSWORD: inject('neo4jPassword') };
  try {
    const { stdout, stderr } = await run('node', ['--import', 'tsx', 'server/src/cli/import.ts', ...args], { cwd: repoRoot, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function planCount(): Promise<number> {
  const result = await driver.executeQuery('MATCH (n) WHERE n:Plan OR n:Weakness OR n:Task RETURN count(n) AS c');
  return result.records[0]!.get('c').toNumber();
}

beforeAll(async () => {
  driver = testDriver();
  dir = await mkdtemp(join(tmpdir(), 'import-cli-'));
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03]));
  // The site chrome around the seed plan, without the plan: a page dump that holds no document.
  await copyFile(join(repoRoot, 'tests/fixtures/83-KH-UBND-2022.site-chrome.txt'), join(dir, 'not-a-plan.txt'));
});

afterAll(async () => {
  await removePlan(driver, SEED_ID);
  await driver.close();
  await rm(dir, { recursive: true, force: true });
});

describe('npm run import', () => {
  it.each([
    ['empty.txt', 'empty'],
    ['binary.bin', 'binary'],
    ['not-a-plan.txt', 'not'],
    ['missing.txt', 'cannot read'],
  ])('refuses %s with its name and the reason, exits non-zero, writes nothing', async (file, reason) => {
    const before = await planCount();
    const { code, stderr } = await importCli(join(dir, file));
    expect(code).not.toBe(0);
    expect(stderr).toContain(file);
    expect(stderr.toLowerCase()).toContain(reason);
    expect(await planCount()).toBe(before);
  });

  it('writes nothing when one of several files is bad, even the good ones', async () => {
    const before = await planCount();
    const { code } = await importCli(seedPlanPath, join(dir, 'empty.txt'));
    expect(code).not.toBe(0);
    expect(await planCount()).toBe(before);
  });

  it('--dry-run reports counts and warnings with lines, and writes nothing', async () => {
    const before = await planCount();
    const { code, stdout } = await importCli('--dry-run', seedPlanPath);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Weakness\s+30/);
    expect(stdout).toContain('83-KH-UBND-2022.page.txt:103 [conflicting-reference]');
    expect(await planCount()).toBe(before);
  });

  it('imports, then removes, a plan', async () => {
    const imported = await importCli(seedPlanPath);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`as ${SEED_ID}`);
    const removed = await importCli('--remove', SEED_ID);
    expect(removed.code).toBe(0);
    expect((await driver.executeQuery('MATCH (p:Plan {id: $id}) RETURN p', { id: SEED_ID })).records).toHaveLength(0);
  });
});
