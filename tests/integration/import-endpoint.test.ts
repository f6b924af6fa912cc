/**
 * The import endpoint against the real app and Neo4j: with and without the token, from another
 * site, oversized, malformed and interrupted uploads, a preview that writes nothing, imports that
 * write one plan per transaction (and a failed one that leaves the database as it was), removal.
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../server/src/app.ts';
import { loadConfig } from '../../server/src/graph/config.ts';
import { removePlan } from '../../server/src/graph/import-plan.ts';
import { loadGlossary, seedPlanPath } from '../../server/src/graph/plan-source.ts';
import { summarizeParse } from '../../server/src/ingest/parse-plan.ts';
import { demoSeries } from '../../server/src/synthetic/demo-series.ts';
import type { SeedVariant } from '../../server/src/synthetic/seed-variant.ts';
import { runNeo4j } from './api-server.ts';
import { testDriver } from './helpers.ts';

const TOKEN = 'test-import-token-0123456789';
let driver: Driver;
let app: RunningApp;
let series: SeedVariant[];
const ids = ['nghe-an/61-KH-UBND/2022', 'nghe-an/45-KH-UBND/2023', 'nghe-an/38-KH-UBND/2024'];

const auth = { authorization: `Bearer ${TOKEN}` };
const form = (...files: { name: string; body: string | Uint8Array }[]) => {
  const data = new FormData();
  for (const file of files) data.append('files', new Blob([file.body as BlobPart]), file.name);
  return data;
};
const post = (path: string, body: FormData | string, headers: Record<string, string> = auth) =>
  fetch(`${app.url}${path}`, { method: 'POST', body, headers: typeof body === 'string' ? { ...headers, 'content-type': 'application/json' } : headers });

/** Polls a job until it has finished. */
async function finished(job: { id: string }): Promise<any> {
  for (let i = 0; i < 600; i++) {
    const answer = await (await fetch(`${app.url}/api/jobs/${job.id}`, { headers: auth })).json();
    if (answer.state === 'done' || answer.state === 'failed') return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('job did not finish');
}

/** The plans the API lists (its answers are cached per data version). */
async function listedPlans(): Promise<string[]> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ overview(limit: 1) { plans { id } } }' }),
  });
  return ((await response.json()) as { data: { overview: { plans: { id: string }[] } } }).data.overview.plans.map((plan) => plan.id);
}

async function planCount(): Promise<number> {
  return (await driver.executeQuery('MATCH (p:Plan) RETURN count(p) AS n')).records[0]!.get('n').toNumber();
}

beforeAll(async () => {
  driver = testDriver();
  const target = runNeo4j();
  const graph = loadConfig({ NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password });
  app = await startApp({
    graph,
    port: 0,
    host: '127.0.0.1',
    clientDir: '/nonexistent',
    seedIfEmpty: false,
    importAccess: { enabled: true, token: TOKEN, generated: false },
  });
  series = demoSeries(await readFile(seedPlanPath, 'utf8'), await loadGlossary());
  for (const id of ids) await removePlan(driver, id);
});

afterAll(async () => {
  await app.stop();
  for (const id of ids) await removePlan(driver, id);
  await driver.close();
});

describe('without the token, or from another site', () => {
  it('refuses before reading anything, and writes nothing', async () => {
    const before = await planCount();
    const upload = () => form({ name: series[0]!.fileName, body: series[0]!.text });
    const none = await post('/api/plans/preview', upload(), {});
    expect(none.status).toBe(401);
    expect((await none.json()).error.code).toBe('TOKEN_REQUIRED');
    expect((await post('/api/plans/preview', upload(), { authorization: `Bearer ${TOKEN}x` })).status).toBe(401);
    const crossSite = await post('/api/plans/preview', upload(), { ...auth, origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    expect((await crossSite.json()).error.code).toBe('CROSS_SITE');
    expect((await post('/api/plans/preview', upload(), { ...auth, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await fetch(`${app.url}/api/plans/${encodeURIComponent('thanh-hoa/83-KH-UBND/2022')}`, { method: 'DELETE' })).status).toBe(401);
    expect(await planCount()).toBe(before);
    expect(readdirSync(app.importUploadDir)).toEqual([]);
  });

  it('says whether imports are on without a token, and what an upload may hold', async () => {
    const answer = await (await fetch(`${app.url}/api/import`)).json();
    expect(answer).toEqual({ enabled: true, limits: { maxFiles: 10, maxFileBytes: 20 * 1024 * 1024 } });
  });
});

describe('preview, then import', () => {
  it('previews without writing: header, counts, warnings with lines, new bodies, the source lines', async () => {
    const before = await planCount();
    const response = await post(
      '/api/plans/preview',
      form({ name: series[0]!.fileName, body: series[0]!.text }, { name: 'notes.bin', body: new Uint8Array([0, 1, 2, 3, 255]) }),
    );
    expect(response.status).toBe(202);
    const job = await finished(await response.json());
    expect(job).toMatchObject({ kind: 'preview', state: 'done', progress: { done: 2, total: 2 } });
    const [plan, junk] = job.result.files;
    expect(plan.error).toBeNull();
    const glossary = await loadGlossary();
    const { parsePlan } = await import('../../server/src/ingest/parse-plan.ts');
    const parsed = parsePlan(series[0]!.text, { sourceFile: series[0]!.fileName, glossary });
    expect(plan.preview.plan).toMatchObject({ id: ids[0], province: 'Nghệ An', synthetic: true });
    expect(plan.preview.exists).toBe(false);
    expect(plan.preview.counts).toEqual(summarizeParse(parsed));
    expect(plan.preview.warnings).toEqual(parsed.warnings);
    expect(plan.preview.newAgencies.map((a: { id: string }) => a.id)).toContain('nghe-an/so-tai-nguyen-va-moi-truong');
    const first = plan.preview.sections[0].weaknesses[0];
    expect(plan.preview.lines.slice(first.lineStart - 1, first.lineEnd).join('\n')).toContain(first.statement);
    expect(junk.error).toMatch(/notes\.bin: unknown file type/);
    expect(await planCount()).toBe(before);
    expect(readdirSync(app.importUploadDir)).toEqual([]);

    // Only files the preview read as plans can be imported.
    const refused = await post('/api/plans', JSON.stringify({ preview: job.id, files: ['notes.bin'] }));
    expect(refused.status).toBe(400);
    expect((await post('/api/plans', JSON.stringify({ preview: 'no-such-job' }))).status).toBe(404);
  });

  it('imports each plan in its own transaction, with progress, and replaces a plan imported again', async () => {
    expect(await listedPlans()).not.toContain(ids[0]);
    const upload = form(...series.map((plan) => ({ name: plan.fileName, body: plan.text })));
    const preview = await finished(await (await post('/api/plans/preview', upload)).json());
    const response = await post('/api/plans', JSON.stringify({ preview: preview.id, files: series.map((plan) => plan.fileName) }));
    expect(response.status).toBe(202);
    const job = await finished(await response.json());
    expect(job).toMatchObject({ kind: 'import', state: 'done', progress: { done: 3, total: 3, current: null } });
    expect(job.result.plans.map((p: any) => [p.planId, p.state, p.synthetic])).toEqual(ids.map((id) => [id, 'imported', true]));
    expect(job.result.plans[2].recurrences).toBeGreaterThan(0);
    const stored = await driver.executeQuery('MATCH (p:Plan) WHERE p.id IN $ids RETURN count(p) AS n', { ids });
    expect(stored.records[0]!.get('n').toNumber()).toBe(3);
    // The API answers from the new data as soon as the job says done, not after its next version check.
    expect(await listedPlans()).toEqual(expect.arrayContaining(ids));

    const again = await finished(await (await post('/api/plans/preview', form({ name: series[1]!.fileName, body: series[1]!.text }))).json());
    expect(again.result.files[0].preview.exists).toBe(true);
    const replaced = await finished(await (await post('/api/plans', JSON.stringify({ preview: again.id }))).json());
    expect(replaced.result.plans[0]).toMatchObject({ planId: ids[1], state: 'replaced' });
  });

  it('reports a plan that fails to write, and leaves the database exactly as it was for it', async () => {
    const blocker = `${ids[0]}#section-I`;
    await removePlan(driver, ids[0]!);
    // Another node already holds the id of one of the plan's sections: its transaction must fail.
    await driver.executeQuery('CREATE (:Entity {id: $id})', { id: blocker });
    try {
      const countAll = async () => (await driver.executeQuery('MATCH (n) RETURN count(n) AS n')).records[0]!.get('n').toNumber();
      const before = await countAll();
      const preview = await finished(await (await post('/api/plans/preview', form({ name: series[0]!.fileName, body: series[0]!.text }))).json());
      const job = await finished(await (await post('/api/plans', JSON.stringify({ preview: preview.id }))).json());
      expect(job.state).toBe('done');
      expect(job.result.plans[0]).toMatchObject({ planId: ids[0], state: 'failed' });
      expect(job.result.plans[0].error).toMatch(/already exists|constraint/i);
      expect(await countAll()).toBe(before);
    } finally {
      await driver.executeQuery('MATCH (n:Entity {id: $id}) DELETE n', { id: blocker });
    }
  });

  it('removes a plan with the token, and says when there is none', async () => {
    const url = `${app.url}/api/plans/${encodeURIComponent(ids[2]!)}`;
    const removed = await fetch(url, { method: 'DELETE', headers: auth });
    expect(await removed.json()).toEqual({ removed: ids[2] });
    expect(await listedPlans()).not.toContain(ids[2]);
    expect((await fetch(url, { method: 'DELETE', headers: auth })).status).toBe(404);
  });
});

describe('uploads that cannot be read', () => {
  it('refuses a file over the size limit and more files than allowed, keeping nothing', async () => {
    const big = await post('/api/plans/preview', form({ name: 'big.txt', body: new Uint8Array(20 * 1024 * 1024 + 1).fill(65) }));
    expect(big.status).toBe(413);
    expect((await big.json()).error.message).toContain('larger than 20 MB');
    const many = await post('/api/plans/preview', form(...Array.from({ length: 11 }, (_, i) => ({ name: `p${i}.txt`, body: 'x' }))));
    expect(many.status).toBe(413);
    expect(readdirSync(app.importUploadDir)).toEqual([]);
  });

  it('refuses a body that is not a multipart upload, or a broken one', async () => {
    expect((await (await post('/api/plans/preview', JSON.stringify({ files: [] }))).json()).error.code).toBe('NO_FILES');
    const broken = await post('/api/plans/preview', '--x\r\nnot a part', { ...auth, 'content-type': 'multipart/form-data' });
    expect(broken.status).toBe(400);
  });

  it('survives an upload cut off half-way: nothing kept, nothing written, still serving', async () => {
    const before = await planCount();
    const boundary = 'cut-off-boundary';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="cut.txt"\r\nContent-Type: text/plain\r\n\r\n`;
    await new Promise<void>((resolve) => {
      const { port } = new URL(app.url);
      const request = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/plans/preview',
        headers: { ...auth, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(1024 * 1024) },
      });
      request.on('error', () => resolve());
      request.write(head + series[0]!.text.slice(0, 20_000));
      setTimeout(() => {
        request.destroy();
        resolve();
      }, 300);
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(readdirSync(app.importUploadDir)).toEqual([]);
    expect(await planCount()).toBe(before);
    expect((await fetch(`${app.url}/api/import`)).status).toBe(200);
  });
});

describe('with IMPORT_TOKEN=off', () => {
  it('refuses every write and says imports are off', async () => {
    const target = runNeo4j();
    const graph = loadConfig({ NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password });
    const off = await startApp({ graph, port: 0, host: '127.0.0.1', clientDir: '/nonexistent', seedIfEmpty: false, importAccess: { enabled: false } });
    try {
      expect(await (await fetch(`${off.url}/api/import`)).json()).toMatchObject({ enabled: false });
      const refused = await fetch(`${off.url}/api/plans/preview`, { method: 'POST', body: form({ name: 'x.txt', body: 'x' }), headers: auth });
      expect(refused.status).toBe(403);
      expect((await refused.json()).error.code).toBe('IMPORTS_DISABLED');
    } finally {
      await off.stop();
    }
  });
});
