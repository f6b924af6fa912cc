/**
 * The import endpoint in the benchmark (issue 12): a plan file previewed and imported over HTTP, as
 * the explorer's Import panel does it (multipart upload → preview job → import job), against the
 * same work done in this process without HTTP or jobs ("raw": parsePlanBytes + previewPlan, then
 * importPlan). Each run imports the same file again, replacing the plan, so the graph does not grow
 * between runs; API and raw runs alternate, so both see the same machine.
 *
 * Jobs are polled every POLL_MS here (the explorer polls every 250 ms): the figures are the
 * server's, not the explorer's polling.
 */
import { basename } from 'node:path';
import { readFile } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import { importPlan } from '../server/src/graph/import-plan.ts';
import { previewPlan } from '../server/src/graph/import-preview.ts';
import { parsePlanBytes } from '../server/src/graph/plan-source.ts';
import type { QueryRunner } from '../server/src/graph/query-runner.ts';
import type { Glossary } from '../server/src/ingest/types.ts';

/** Measured runs of each side, after one warm-up run of each. */
const RUNS = 5;
const POLL_MS = 10;

/** Medians (ms) of one side. */
export interface ImportSteps {
  previewMs: number;
  importMs: number;
  totalMs: number;
}

export interface ImportEndpointFigures {
  file: string;
  bytes: number;
  runs: number;
  api: ImportSteps;
  raw: ImportSteps;
}

interface Job {
  id: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  error: string | null;
  result: { files?: { error: string | null }[]; plans?: { state: string; error: string | null }[] } | null;
}

export type ImportEndpointResult = ImportEndpointFigures | { error: string };

/** Times the file's preview + import both ways; a failure is reported, not thrown (the rest of the bench goes on). */
export async function measureImportEndpoint(
  target: { url: string; token: string; driver: Driver; runner: QueryRunner; glossary: Glossary },
  path: string,
  progress: (line: string) => void,
): Promise<ImportEndpointResult> {
  try {
    const figures = await timeBothWays(target, path);
    const { api, raw } = figures;
    progress(
      `import endpoint (${figures.file}, preview + import): API ${api.totalMs.toFixed(0)} ms, raw ${raw.totalMs.toFixed(0)} ms (medians of ${figures.runs})`,
    );
    return figures;
  } catch (error) {
    progress(`import endpoint: FAILED ${(error as Error).message}`);
    return { error: (error as Error).message };
  }
}

async function timeBothWays(
  target: { url: string; token: string; driver: Driver; runner: QueryRunner; glossary: Glossary },
  path: string,
): Promise<ImportEndpointFigures> {
  const bytes = await readFile(path);
  const fileName = basename(path);
  const headers = { authorization: `Bearer ${target.token}` };

  const request = async (method: string, route: string, body?: FormData | string): Promise<Job> => {
    const response = await fetch(`${target.url}${route}`, {
      method,
      body,
      headers: typeof body === 'string' ? { ...headers, 'content-type': 'application/json' } : headers,
    });
    if (!response.ok) throw new Error(`${method} ${route}: HTTP ${response.status} ${(await response.text()).slice(0, 200)}`);
    return (await response.json()) as Job;
  };
  const finished = async (job: Job): Promise<Job> => {
    while (job.state === 'queued' || job.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      job = await request('GET', `/api/jobs/${job.id}`);
    }
    const failure = job.error ?? job.result?.files?.find((f) => f.error)?.error ?? job.result?.plans?.find((p) => p.error)?.error;
    if (job.state === 'failed' || failure) throw new Error(`import endpoint job ${job.id}: ${failure ?? 'failed'}`);
    return job;
  };

  const overHttp = async (): Promise<ImportSteps> => {
    const t0 = performance.now();
    const form = new FormData();
    form.append('files', new Blob([bytes], { type: 'text/plain' }), fileName);
    const preview = await finished(await request('POST', '/api/plans/preview', form));
    const t1 = performance.now();
    await finished(await request('POST', '/api/plans', JSON.stringify({ preview: preview.id })));
    const t2 = performance.now();
    return { previewMs: t1 - t0, importMs: t2 - t1, totalMs: t2 - t0 };
  };
  const inProcess = async (): Promise<ImportSteps> => {
    const t0 = performance.now();
    const { plan, text } = await parsePlanBytes(bytes, fileName, target.glossary);
    await previewPlan(target.runner, plan, text);
    const t1 = performance.now();
    await importPlan(target.driver, plan);
    const t2 = performance.now();
    return { previewMs: t1 - t0, importMs: t2 - t1, totalMs: t2 - t0 };
  };

  await overHttp();
  await inProcess();
  const api: ImportSteps[] = [];
  const raw: ImportSteps[] = [];
  for (let run = 0; run < RUNS; run++) {
    api.push(await overHttp());
    raw.push(await inProcess());
  }
  return { file: fileName, bytes: bytes.length, runs: RUNS, api: medians(api), raw: medians(raw) };
}

function medians(runs: ImportSteps[]): ImportSteps {
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return {
    previewMs: median(runs.map((r) => r.previewMs)),
    importMs: median(runs.map((r) => r.importMs)),
    totalMs: median(runs.map((r) => r.totalMs)),
  };
}

/** The report's rows for it (markdown), under the import table. */
export function importEndpointLines(result: ImportEndpointResult, scale: string, verdict: string): string[] {
  if ('error' in result) return [`Import endpoint at ${scale} scale: failed: ${result.error}`, ''];
  const figures = result;
  const ms = (value: number) => value.toFixed(0);
  const ratio = (api: number, raw: number) => `${(api / raw).toFixed(2)}×`;
  const { api, raw } = figures;
  return [
    `Import endpoint at ${scale} scale (${figures.file}, ${Math.round(figures.bytes / 1024)} kB, replacing itself; median of ${figures.runs} runs each, API and raw alternating; ms):`,
    '',
    '| | preview (upload, read, parse, preview query) | import (one transaction) | preview + import | target |',
    '|---|---:|---:|---:|---|',
    `| API: POST /api/plans/preview, POST /api/plans, jobs polled every ${POLL_MS} ms | ${ms(api.previewMs)} | ${ms(api.importMs)} | ${ms(api.totalMs)} | |`,
    `| raw: parsePlanBytes + previewPlan, importPlan (in process) | ${ms(raw.previewMs)} | ${ms(raw.importMs)} | ${ms(raw.totalMs)} | |`,
    `| API/raw | ${ratio(api.previewMs, raw.previewMs)} | ${ratio(api.importMs, raw.importMs)} | ${ratio(api.totalMs, raw.totalMs)} | ${verdict} |`,
    '',
  ];
}
