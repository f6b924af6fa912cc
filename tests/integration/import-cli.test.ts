import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../server/src/graph/config.ts';
import { removePlan } from '../../server/src/graph/import-plan.ts';
import { seedPlanPath } from '../../server/src/graph/plan-source.ts';
import { encodeVni } from '../../server/src/ingest/documents/vni.ts';
import { scannedPdf, seedDocx, seedHtml, seedPdf, tcvn3, utf16le, windows1258 } from '../unit/documents/seed-renderings.ts';
import { seedText } from '../unit/ingest/helpers.ts';
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

const file = (name: string) => join(dir, name);

beforeAll(async () => {
  driver = testDriver();
  dir = await mkdtemp(join(tmpdir(), 'import-cli-'));
  await writeFile(file('empty.txt'), '');
  await writeFile(file('binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03]));
  // The site chrome around the seed plan, without the plan: a page dump that holds no document.
  await copyFile(join(repoRoot, 'tests/fixtures/83-KH-UBND-2022.site-chrome.txt'), file('not-a-plan.txt'));
  await copyFile(join(repoRoot, 'tests/fixtures/83-KH-UBND-2022.truncated.txt'), file('truncated.txt'));
  // The seed as the files analysts have; names that lie about the content on purpose.
  await writeFile(file('seed.docx'), await seedDocx());
  await writeFile(file('seed.pdf'), await seedPdf());
  await writeFile(file('seed-pdf-named.doc'), await seedPdf());
  await writeFile(file('scan.pdf'), await scannedPdf());
  await writeFile(file('seed.html'), seedHtml());
  await writeFile(file('seed.tcvn3.txt'), tcvn3());
  await writeFile(file('seed.vni.txt'), encodeVni(seedText));
  await writeFile(file('seed.cp1258.txt'), windows1258());
  await writeFile(file('seed.utf16.txt'), utf16le());
}, 120_000);

afterAll(async () => {
  await removePlan(driver, SEED_ID);
  await driver.close();
  await rm(dir, { recursive: true, force: true });
});

describe('npm run import', () => {
  it.each([
    ['empty.txt', 'the file is empty'],
    ['binary.bin', 'unknown file type: this looks like a PNG image'],
    ['scan.pdf', 'no text layer: scanned documents need OCR first'],
    ['not-a-plan.txt', 'not a plan'],
    ['missing.txt', 'cannot read the file (ENOENT)'],
    ['truncated.txt', 'the plan is incomplete: its text ends at line'],
  ])('refuses %s with its name and the reason, exits non-zero, writes nothing', async (name, reason) => {
    const before = await planCount();
    const { code, stderr } = await importCli(file(name));
    expect(code).not.toBe(0);
    expect(stderr).toContain(`${name}`);
    expect(stderr).toContain(reason);
    expect(await planCount()).toBe(before);
  });

  it('writes nothing when one of several files is bad, even the good ones', async () => {
    const before = await planCount();
    const { code } = await importCli(seedPlanPath, file('seed.docx'), file('scan.pdf'));
    expect(code).not.toBe(0);
    expect(await planCount()).toBe(before);
  });

  it('--dry-run reads every format by content and reports the same plan, writing nothing', async () => {
    const before = await planCount();
    const names = ['seed.docx', 'seed.pdf', 'seed-pdf-named.doc', 'seed.html', 'seed.tcvn3.txt', 'seed.vni.txt', 'seed.cp1258.txt', 'seed.utf16.txt'];
    const { code, stdout, stderr } = await importCli('--dry-run', seedPlanPath, ...names.map(file));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    for (const [name, how] of [
      ['seed.docx', 'read as docx'],
      ['seed.pdf', 'read as pdf ('],
      ['seed-pdf-named.doc', 'read as pdf'],
      ['seed.html', 'read as html (utf-8)'],
      ['seed.tcvn3.txt', 'read as text (tcvn3)'],
      ['seed.vni.txt', 'read as text (vni)'],
      ['seed.cp1258.txt', 'read as text (windows-1258)'],
      ['seed.utf16.txt', 'read as text (utf-16le)'],
    ]) {
      expect(stdout).toContain(`${name}: ${how}`);
    }
    expect(stdout.match(/Weakness\s+30\n/g)).toHaveLength(names.length + 1);
    const tasks = /Task\s+(\d+)\n/.exec(stdout)![1];
    expect(stdout.match(new RegExp(`Task\\s+${tasks}\\n`, 'g'))).toHaveLength(names.length + 1);
    // Warnings name the line, and for a PDF the page and paragraph too.
    expect(stdout).toContain('83-KH-UBND-2022.page.txt:103 [conflicting-reference]');
    expect(stdout).toMatch(/seed\.pdf:\d+, page \d+, paragraph \d+ \[conflicting-reference\]/);
    expect(stdout).toContain('--dry-run: nothing written to Neo4j.');
    expect(await planCount()).toBe(before);
  });

  it('--json writes the parsed records with page and paragraph provenance', async () => {
    const out = file('seed.pdf.json');
    const { code } = await importCli('--dry-run', '--json', out, file('seed.pdf'));
    expect(code).toBe(0);
    const json = JSON.parse(await readFile(out, 'utf8'));
    expect(json.plan.sourceFormat).toBe('pdf');
    expect(json.plan.provenance).toMatchObject({ sourceFile: 'seed.pdf', page: 1, paragraph: 1 });
    const task = json.plan.sections[6].weaknesses[0].tasks[0];
    expect(task.provenance.page).toBeGreaterThan(1);
    expect(task.provenance.paragraph).toBeGreaterThan(0);
  });

  it('--allow-partial imports a cut-off plan, which is otherwise refused with where it ends', async () => {
    const refused = await importCli('--dry-run', file('truncated.txt'));
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/truncated\.txt: the plan is incomplete: its text ends at line \d+ .*--allow-partial/);
    const imported = await importCli('--allow-partial', file('truncated.txt'));
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`as ${SEED_ID}`);
    expect(await planCount()).toBeGreaterThan(0);
  });

  it('imports a PDF with page and paragraph on every plan-owned node, then replaces it with the text', async () => {
    const imported = await importCli(file('seed.pdf'));
    expect(imported.code).toBe(0);
    const located = await driver.executeQuery(
      `MATCH (p:Plan {id: $id}) OPTIONAL MATCH (p)-[:HAS_SECTION]->(s)-[:HAS_WEAKNESS]->(w)-[:HAS_TASK]->(t)
       RETURN p.sourceFormat AS format, p.page AS page, count(t) AS tasks, count(t.page) AS withPage, count(t.paragraph) AS withParagraph,
              min(t.page) AS firstPage, max(t.page) AS lastPage`,
      { id: SEED_ID },
    );
    const row = located.records[0]!;
    expect(row.get('format')).toBe('pdf');
    expect(row.get('page').toNumber()).toBe(1);
    const tasks = row.get('tasks').toNumber();
    expect(tasks).toBeGreaterThan(150);
    expect(row.get('withPage').toNumber()).toBe(tasks);
    expect(row.get('withParagraph').toNumber()).toBe(tasks);
    expect(row.get('lastPage').toNumber()).toBeGreaterThan(row.get('firstPage').toNumber());

    const text = await importCli(seedPlanPath);
    expect(text.code).toBe(0);
    const replaced = await driver.executeQuery(
      'MATCH (p:Plan {id: $id})-[:HAS_SECTION]->()-[:HAS_WEAKNESS]->(w) RETURN p.sourceFormat AS format, count(w.page) AS withPage',
      { id: SEED_ID },
    );
    expect(replaced.records[0]!.get('format')).toBe('text');
    expect(replaced.records[0]!.get('withPage').toNumber()).toBe(0);
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
