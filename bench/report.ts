/**
 * The benchmark's results: their shape, the targets they are held to, the markdown table (printed,
 * written to bench/results/latest.md and between the README's bench markers) and the JSON file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from '../server/src/graph/config.ts';
import type { StatementProfile } from './cypher.ts';
import { importEndpointLines, type ImportEndpointResult } from './import-endpoint.ts';
import type { LatencyStats } from './load.ts';
import { speedLines, speedTargets, type SpeedFigures } from './report-speed.ts';

export interface ImportFigures {
  plans: number;
  parseMs: number;
  importMs: number;
  /** Nodes and relationships the importer wrote (summarizeParse: shared agencies and documents count once per plan). */
  nodes: number;
  relationships: number;
  /** Plans per second of parse + import. */
  plansPerSecond: number;
  /** Nodes + relationships per second of import. */
  elementsPerSecond: number;
  /** Time to generate and write the corpus (corpus only). */
  generateMs?: number;
  /** The seed imported a second time, replacing itself (seed only): the same work in a warm JVM. */
  warm?: { parseMs: number; importMs: number };
}

export interface QueryFigures {
  name: string;
  args: string;
  kind: 'traversal' | 'cross-plan' | 'ad hoc' | 'floor' | 'over-time';
  /** Size of the JSON answer. */
  answerBytes: number | null;
  /** The Cypher files the resolver runs, in order ("[a + b]" ran together). */
  statements: string | null;
  /** Median of each statement run alone, sequentially, through the driver (ms). */
  statementTimes: { name: string; p50: number }[] | null;
  /** Over HTTP to the server with CACHE=off: every answer computed (cold). */
  api: { c1: LatencyStats; c16: LatencyStats } | null;
  /** Over HTTP to the cached server, after its first answer (warm). */
  warm?: { c1: LatencyStats; c16: LatencyStats } | null;
  /** The resolver's statements through the driver, each in its own transaction. */
  raw: { c1: LatencyStats; c16: LatencyStats } | null;
  /** The same statements in one read transaction, as the API runs them. */
  rawTx?: { c1: LatencyStats; c16: LatencyStats } | null;
  error: string | null;
}

export interface ScaleFigures {
  scale: 'seed' | '100×';
  graph: { plans: number; nodes: number; relationships: number };
  import: ImportFigures;
  /** The seed plan previewed and imported through the import endpoint, against the same work in process. */
  importEndpoint?: ImportEndpointResult | null;
  queries: QueryFigures[];
  profiles: { query: string; statements: StatementProfile[] }[];
  /** The explorer's opening query, sent before the render: its first (cold) and then typical latency. */
  network: { nodes: number; edges: number; firstMs: number; warmMs: number } | null;
  /** `seedMs`: the opening network's first picture at this scale (median of cold loads, each in `firstPictureMs`). */
  render: { seedMs: number; firstPictureMs?: number[]; synthetic5000Ms: number } | { error: string } | null;
  memory: { apiPeakMiB: number | null; neo4jPeakMiB: number | null; benchPeakMiB: number | null };
  /** Issue 13: mixed workload, data version changed mid-run, the answer cache. */
  speed?: SpeedFigures;
}

export interface BenchResults {
  date: string;
  machine: { cores: number; memoryGiB: number; cpu: string; node: string; neo4j: string; os: string };
  config: Record<string, unknown>;
  scales: ScaleFigures[];
  durationS: number;
  targets?: Target[];
}

export interface Target {
  scale: string;
  what: string;
  value: number | null;
  limit: number;
  unit: string;
  /** The value must reach the limit rather than stay under it. */
  atLeast?: boolean;
  pass: boolean;
}

/** Import and render targets for this 2-core machine (the query targets are issue 13's: report-speed.ts). */
export const TARGETS = {
  seed: { apiRawP50Ratio: 2, importMs: 2000, firstPictureMs: 1000 },
  x100: { corpusImportMs: 60_000, firstPictureMs: 2000 },
};

/** Checks the figures against the targets. */
export function evaluateTargets(results: BenchResults): Target[] {
  const targets: Target[] = [];
  const add = (scale: string, what: string, value: number | null, limit: number, unit: string, atLeast = false) =>
    targets.push({
      scale,
      what,
      value,
      limit,
      unit,
      atLeast,
      pass: value !== null && Number.isFinite(value) && (atLeast ? value >= limit : value <= limit),
    });
  for (const scale of results.scales) {
    // Issue 13's query targets (cold/warm, mixed workload, version change, scans, memory) replace
    // the earlier per-query latency targets.
    speedTargets(scale, add);
    overTimeTargets(scale, add);
    if (scale.scale === 'seed') {
      add('seed', 'seed import (parse + import)', scale.import.parseMs + scale.import.importMs, TARGETS.seed.importMs, 'ms');
      if (scale.render) add('seed', FIRST_PICTURE.seed, firstPicture(scale), TARGETS.seed.firstPictureMs, 'ms');
    } else {
      add('100×', 'corpus import (parse + import)', scale.import.parseMs + scale.import.importMs, TARGETS.x100.corpusImportMs, 'ms');
      if (scale.render) add('100×', FIRST_PICTURE.x100, firstPicture(scale), TARGETS.x100.firstPictureMs, 'ms');
    }
  }
  return targets;
}

/** The target rows of the first picture (issue 13: navigation to the opening network fully drawn). */
const FIRST_PICTURE = { seed: 'first picture of the seed network', x100: 'first picture of the opening network' };

function firstPicture(scale: ScaleFigures): number | null {
  return scale.render && 'seedMs' in scale.render ? scale.render.seedMs : null;
}

/** Issue 12: the over-time traversals and the import endpoint at most 2× the same work without the API. */
function overTimeTargets(scale: ScaleFigures, add: (scale: string, what: string, value: number | null, limit: number, unit: string) => void): void {
  for (const q of scale.queries.filter((query) => query.kind === 'over-time')) {
    add(scale.scale, `${q.name} API/raw at p50 (c=1)`, ratio(q.api?.c1.p50, q.raw?.c1.p50), TARGETS.seed.apiRawP50Ratio, '×');
  }
  const endpoint = scale.importEndpoint;
  if (!endpoint) return;
  const value = 'error' in endpoint ? null : ratio(endpoint.api.totalMs, endpoint.raw.totalMs);
  add(scale.scale, 'import endpoint API/raw (preview + import)', value, TARGETS.seed.apiRawP50Ratio, '×');
}

function ratio(api: number | undefined, raw: number | undefined): number | null {
  return api === undefined || raw === undefined || !(raw > 0) ? null : api / raw;
}

const ms = (value: number | null | undefined) =>
  value === null || value === undefined || !Number.isFinite(value) ? '–' : value < 10 ? value.toFixed(1) : value.toFixed(0);
const num = (value: number) => Math.round(value).toLocaleString('en-US');
const times = (value: number | null) => (value === null ? '–' : `${value.toFixed(2)}×`);
const verdict = (pass: boolean) => (pass ? 'pass' : '**MISS**');

/** The report as markdown (also what is printed). */
export function renderReport(results: BenchResults): { markdown: string; targets: Target[] } {
  const targets = evaluateTargets(results);
  const find = (scale: string, what: string) => targets.find((t) => t.scale === scale && t.what === what);
  const mark = (scale: string, what: string, label: string) => {
    const t = find(scale, what);
    return t ? `${label} ${verdict(t.pass)}` : '';
  };
  const { machine } = results;
  const config = results.config as {
    plans: number;
    requests: { c1: number; c16: number };
    warmUp: { sequential: number; concurrent: number };
    corpusSeed: number;
  };
  const out: string[] = [];
  /** A section's heading and its table's head; `align` has an r (right) or l (left) for each column. */
  const tableHead = (title: string, header: string, align: string) =>
    out.push(title, '', header, `|${[...align].map((a) => (a === 'r' ? '---:' : '---')).join('|')}|`);
  out.push(`### Benchmark, ${results.date.slice(0, 10)}`);
  out.push('');
  out.push(
    `Machine: ${machine.cores} cores (nproc), ${machine.memoryGiB} GiB RAM, ${machine.cpu}; Node ${machine.node}; Neo4j ${machine.neo4j} (embedded, heap 1g, page cache 512m); ${machine.os}. ` +
      `\`npm run bench\` took ${results.durationS.toFixed(0)} s. Corpus: ${config.plans} generated variants of the seed plan (generator seed ${config.corpusSeed}). ` +
      `Each query: warm-up (${config.warmUp.sequential} sequential + ${config.warmUp.concurrent} at c=16), then ${config.requests.c1} requests at concurrency 1 and ${config.requests.c16} at concurrency 16 ` +
      '(bounded by a time budget; *n* says how many were sent). Latencies in ms. The load generator, the API server and Neo4j share the same 2 cores.',
  );
  out.push('');

  tableHead(
    '#### Import (real parser and importer, one transaction per plan)',
    '| | plans | parse | import | parse + import | plans/s | nodes + rels written | nodes + rels/s (import) | target |',
    'lrrrrrrrl',
  );
  for (const scale of results.scales) {
    const f = scale.import;
    const label = scale.scale === 'seed' ? 'seed plan' : `corpus (${f.plans} plans)`;
    const target = scale.scale === 'seed' ? mark('seed', 'seed import (parse + import)', '≤ 2 s') : mark('100×', 'corpus import (parse + import)', '≤ 60 s');
    out.push(
      `| ${label} | ${f.plans} | ${ms(f.parseMs)} | ${ms(f.importMs)} | ${ms(f.parseMs + f.importMs)} | ${f.plansPerSecond.toFixed(1)} | ${num(f.nodes + f.relationships)} | ${num(f.elementsPerSecond)} | ${target} |`,
    );
    if (f.warm) {
      const total = f.warm.parseMs + f.warm.importMs;
      out.push(
        `| seed plan again, replacing itself (warm JVM) | 1 | ${ms(f.warm.parseMs)} | ${ms(f.warm.importMs)} | ${ms(total)} | ${(1000 / total).toFixed(1)} | ${num(f.nodes + f.relationships)} | ${num((f.nodes + f.relationships) / (f.warm.importMs / 1000))} | (≤ 2 s: ${total <= TARGETS.seed.importMs ? 'would pass' : 'would miss'}) |`,
      );
    }
  }
  const corpus = results.scales.find((s) => s.scale === '100×')?.import.generateMs;
  out.push('');
  out.push(
    `Graph: ${results.scales.map((s) => `${s.scale} scale ${num(s.graph.plans)} plans, ${num(s.graph.nodes)} nodes, ${num(s.graph.relationships)} relationships`).join('; ')}.` +
      (corpus ? ` Generating and writing the corpus took ${(corpus / 1000).toFixed(1)} s (not counted above).` : ''),
  );
  out.push('');
  for (const scale of results.scales) {
    if (!scale.importEndpoint) continue;
    out.push(...importEndpointLines(scale.importEndpoint, scale.scale, mark(scale.scale, 'import endpoint API/raw (preview + import)', 'API/raw ≤ 2')));
  }

  for (const scale of results.scales) {
    tableHead(
      `#### Queries at ${scale.scale} scale (${num(scale.graph.nodes)} nodes, ${num(scale.graph.relationships)} relationships)\n\n` +
        "API = the server with `CACHE=off` (cold: every answer computed); the cached server's figures are in the cold/warm table below.",
      '| query | c | n | p50 | p95 | p99 | req/s | raw p50 | raw p99 | raw req/s | API/raw p50 | API/raw p99 | target |',
      'lrrrrrrrrrrrl',
    );
    for (const q of scale.queries) {
      if (!q.api) {
        out.push(`| ${q.name} | | | failed: ${q.error ?? '?'} | | | | | | | | | |`);
        continue;
      }
      for (const c of ['c1', 'c16'] as const) {
        const api = q.api[c];
        const raw = q.raw?.[c];
        const n = api.requests < api.asked ? `${api.requests}/${api.asked}` : String(api.requests);
        const errors = api.errors > 0 ? ` (${api.errors} errors)` : '';
        const marks: string[] = [];
        if (q.kind === 'over-time' && c === 'c1') marks.push(mark(scale.scale, `${q.name} API/raw at p50 (c=1)`, 'API/raw ≤ 2'));
        out.push(
          `| ${c === 'c1' ? q.name : ''} | ${c.slice(1)} | ${n}${errors} | ${ms(api.p50)} | ${ms(api.p95)} | ${ms(api.p99)} | ${api.rps.toFixed(0)} | ${ms(raw?.p50)} | ${ms(raw?.p99)} | ${raw ? raw.rps.toFixed(0) : '–'} | ${times(ratio(api.p50, raw?.p50))} | ${times(ratio(api.p99, raw?.p99))} | ${marks.join(', ')} |`,
        );
      }
    }
    out.push('');
    out.push(...speedLines(scale, (what, label) => mark(scale.scale, what, label)));
    out.push(...cpuTable(scale, results.machine.cores));
    const timed = scale.queries.filter((q) => q.statementTimes);
    if (timed.length > 0) {
      out.push(
        `Each statement alone at ${scale.scale} scale (median of sequential runs through the driver, ms): ` +
          timed.map((q) => `**${q.name}** ${q.statementTimes!.map((t) => `${t.name} ${ms(t.p50)}`).join(', ')}`).join('; ') +
          '.',
      );
      out.push('');
    }
    if (scale.profiles.length > 0) {
      out.push(`PROFILE at ${scale.scale} scale (the statements each resolver runs, with its parameters):`);
      out.push('');
      out.push('| query | statement | starts with | label scan | db hits | rows | heaviest operator |');
      out.push('|---|---|---|---|---:|---:|---|');
      for (const profile of scale.profiles) {
        for (const s of profile.statements) {
          const starts = [...new Set(s.leaves.map((leaf) => leaf.operator))].join(', ') || '–';
          const heaviest = s.heaviest
            ? `${s.heaviest.operator} (${num(s.heaviest.dbHits)})${s.heaviest.details ? `: ${s.heaviest.details.replaceAll('|', '\\|').slice(0, 80)}` : ''}`
            : '–';
          out.push(`| ${profile.query} | ${s.name} | ${starts} | ${s.labelScan ? '**yes**' : 'no'} | ${num(s.dbHits)} | ${num(s.rows)} | ${heaviest} |`);
        }
      }
      out.push('');
    }
  }

  const described = new Map<string, QueryFigures>();
  for (const scale of results.scales) for (const q of scale.queries) if (!described.has(q.name) || q.statements) described.set(q.name, q);
  if ([...described.values()].some((q) => q.statements)) {
    out.push(
      '"raw" replays, through neo4j-driver in the bench process (QueryRunner), exactly the Cypher files the resolver runs with its parameters, name resolution included ' +
        '(recorded by calling the resolver once with a recording QueryRunner; "[a + b]" ran concurrently). API/raw therefore measures HTTP, Apollo, @neo4j/graphql and JSON on top of the same Cypher. ' +
        'Rows marked * ask questions whose answers grow with the corpus (no target). Arguments and statements:',
    );
    out.push('');
    for (const q of described.values()) out.push(`- **${q.name}** (${q.args})${q.statements ? `: ${q.statements}` : ''}`);
    out.push('');
  }

  tableHead(
    '#### Explorer: first picture, ms from navigation to fully drawn (headless chromium)',
    '| scale | opening network (all plans, ≤ 3,000 nodes): median (cold loads) | synthetic 5,000 elements, laid out in the page | network query: elements, first / then (ms) | target |',
    'lrrrl',
  );
  for (const scale of results.scales) {
    if (!scale.render) continue;
    const n = scale.network;
    const networkCell = n ? `${num(n.nodes + n.edges)}, ${ms(n.firstMs)} / ${ms(n.warmMs)}` : '–';
    if ('error' in scale.render) {
      out.push(`| ${scale.scale} | failed: ${scale.render.error.split('\n')[0]} | | ${networkCell} | |`);
      continue;
    }
    const loads = scale.render.firstPictureMs ? ` (${scale.render.firstPictureMs.map(num).join(', ')})` : '';
    const target = scale.scale === 'seed' ? mark('seed', FIRST_PICTURE.seed, '≤ 1.0 s') : mark('100×', FIRST_PICTURE.x100, '≤ 2.0 s');
    out.push(`| ${scale.scale} | ${num(scale.render.seedMs)}${loads} | ${num(scale.render.synthetic5000Ms)} | ${networkCell} | ${target} |`);
  }
  out.push('');
  out.push(
    'The opening network: cold page loads, each in a fresh browser (empty cache), after the network query had been sent a few times ' +
      "(its first, cold run is shown; it computes the server's preset layout). The time runs from navigation start until the canvas has " +
      'drawn every node in place. The synthetic graph has no preset: it is laid out in the page (fCoSE), one load.',
  );
  out.push('');

  tableHead('#### Peak memory (VmHWM, MiB, since the process started)', '| after scale | API server | Neo4j (JVM) | bench process |', 'lrrr');
  for (const scale of results.scales) {
    const m = scale.memory;
    out.push(`| ${scale.scale} | ${m.apiPeakMiB ?? '–'} | ${m.neo4jPeakMiB ?? '–'} | ${m.benchPeakMiB ?? '–'} |`);
  }
  out.push('');

  const missed = targets.filter((t) => !t.pass);
  out.push(`#### Targets: ${targets.length - missed.length} of ${targets.length} met`);
  out.push('');
  if (missed.length > 0) {
    for (const t of missed)
      out.push(
        `- MISS (${t.scale}) ${t.what}: ${t.value === null ? 'not measured' : `${t.unit === '×' ? t.value.toFixed(2) : ms(t.value)}${t.unit}`} (target ${t.atLeast ? '≥' : '≤'} ${t.limit}${t.unit})`,
      );
    out.push('');
  }
  return { markdown: out.join('\n'), targets };
}

/**
 * CPU time per request at concurrency 16, by process. With the CPU saturated, throughput cannot
 * exceed cores / CPU per request, and by Little's law the latency at 16 in flight cannot fall
 * below 16 × CPU per request / cores: the floor any of these requests can reach on this machine.
 */
function cpuTable(scale: ScaleFigures, cores: number): string[] {
  const rows = scale.queries.filter((q) => q.api?.c16.cpuPerRequest);
  if (rows.length === 0) return [];
  const out = [
    `CPU per request at c=16, ${scale.scale} scale (ms of CPU, from /proc/<pid>/stat; "floor" = 16 × total ÷ ${cores} cores, the c=16 latency no faster server could beat on this machine without spending less CPU):`,
    '',
    '| query | answer kB | API: Node server | API: Neo4j | API: load generator | API total | max req/s | c=16 p50 floor | raw: Neo4j | raw: bench process |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const q of rows) {
    const api = q.api!.c16.cpuPerRequest!;
    const raw = q.raw?.c16.cpuPerRequest;
    const total = (api.api ?? 0) + (api.neo4j ?? 0) + (api.bench ?? 0);
    out.push(
      `| ${q.name} | ${q.answerBytes === null ? '–' : ms(q.answerBytes / 1024)} | ${ms(api.api)} | ${ms(api.neo4j)} | ${ms(api.bench)} | ${ms(total)} | ${total > 0 ? num((cores * 1000) / total) : '–'} | ${ms((16 * total) / cores)} | ${ms(raw?.neo4j)} | ${ms(raw?.bench)} |`,
    );
  }
  out.push('');
  return out;
}

const README_START = '<!-- bench:start -->';
const README_END = '<!-- bench:end -->';

/** Writes bench/results/<date>.json and latest.md, and the README's bench section when it has the markers. */
export async function writeResults(results: BenchResults, report: { markdown: string; targets: Target[] }): Promise<string[]> {
  const dir = join(repoRoot, 'bench', 'results');
  await mkdir(dir, { recursive: true });
  const jsonFile = join(dir, `${results.date.slice(0, 10)}.json`);
  await writeFile(jsonFile, `${JSON.stringify({ ...results, targets: report.targets }, null, 2)}\n`);
  const mdFile = join(dir, 'latest.md');
  await writeFile(mdFile, `${report.markdown}\n`);
  const written = [`wrote ${jsonFile}`, `wrote ${mdFile}`];
  const readme = join(repoRoot, 'README.md');
  if (existsSync(readme)) {
    const text = readFileSync(readme, 'utf8');
    const start = text.indexOf(README_START);
    const end = text.indexOf(README_END);
    if (start >= 0 && end > start) {
      await writeFile(readme, `${text.slice(0, start + README_START.length)}\n${report.markdown}\n${text.slice(end)}`);
      written.push(`updated the bench section of ${readme}`);
    }
  }
  return written;
}
