/**
 * Issue 13's part of the report: each query cold (the server with CACHE=off) and warm (the cached
 * server), raw Cypher both statement by statement and in one read transaction, the most requests
 * per second, the mixed workload, the data version changed mid-run, the cache's memory; and the
 * issue's targets.
 */
import type { LatencyStats } from './load.ts';
import type { QueryFigures, ScaleFigures } from './report.ts';
import type { BumpFigures } from './speed-rows.ts';

/** What issue 13 adds to a scale's figures. */
export interface SpeedFigures {
  /** Every traversal mixed at c=16: on the cached server and on the one with CACHE=off. */
  mixed: { warm: LatencyStats; cold: LatencyStats } | null;
  bump: BumpFigures | { error: string } | null;
  /** The cached server's answer cache after the scale's runs (its /health). */
  cache: { entries: number; bytes: number; maxBytes: number; hits: number; misses: number } | null;
  /** Resident memory now (VmRSS) of the cached and the uncached server, MiB. */
  rssMiB: { warm: number | null; cold: number | null };
}

/** Issue 13's targets (2 cores shared with the load generator). */
export const SPEED_TARGETS = { warmP50C1Ms: 5, mixedRps: 300, mixedP99Ms: 100, coldApiRawP50: 1.5, apiRssMiB: 751 };

type Add = (scale: string, what: string, value: number | null, limit: number, unit: string, atLeast?: boolean) => void;

const ratio = (api: number | undefined, raw: number | undefined) => (api === undefined || raw === undefined || !(raw > 0) ? null : api / raw);
const ms = (value: number | null | undefined) =>
  value === null || value === undefined || !Number.isFinite(value) ? '–' : value < 10 ? value.toFixed(1) : value.toFixed(0);
const times = (value: number | null) => (value === null ? '–' : `${value.toFixed(2)}×`);
const rps = (stats: LatencyStats | undefined) => (stats ? stats.rps.toFixed(0) : '–');
/** Measured traversals: the rows with a target (cross-plan rows grow with the corpus, ad hoc rows have no raw side). */
const targeted = (q: QueryFigures) => q.kind === 'traversal' || q.kind === ('over-time' as QueryFigures['kind']);

/** Adds the issue's targets for one scale. */
export function speedTargets(scale: ScaleFigures, add: Add): void {
  const name = scale.scale;
  for (const q of scale.queries.filter(targeted)) {
    add(name, `${q.name} warm p50 at c=1`, q.warm?.c1.p50 ?? null, SPEED_TARGETS.warmP50C1Ms, 'ms');
    add(name, `${q.name} cold API/raw (one transaction) at p50, c=1`, ratio(q.api?.c1.p50, q.rawTx?.c1.p50), SPEED_TARGETS.coldApiRawP50, '×');
  }
  const mixed = scale.speed?.mixed?.warm;
  if (scale.speed?.mixed !== undefined) {
    add(name, 'mixed warm workload at c=16: req/s', mixed?.rps ?? null, SPEED_TARGETS.mixedRps, 'req/s', true);
    add(name, 'mixed warm workload at c=16: p99', mixed?.p99 ?? null, SPEED_TARGETS.mixedP99Ms, 'ms');
    add(name, 'mixed warm workload at c=16: errors', mixed ? mixed.errors : null, 0, '');
  }
  const bump = scale.speed?.bump;
  if (bump) add(name, 'data version changed mid-run: stale answers', 'error' in bump ? null : bump.stale, 0, '');
  if (name === '100×') {
    for (const profile of scale.profiles) {
      const scans = profile.statements.filter((s) => s.labelScan).map((s) => s.name);
      add(name, `${profile.query}: statements starting with a label scan (PROFILE)${scans.length ? `: ${scans.join(', ')}` : ''}`, scans.length, 0, '');
    }
    add(name, 'API server peak RSS (cached server)', scale.memory.apiPeakMiB, SPEED_TARGETS.apiRssMiB, 'MiB');
  }
  const cache = scale.speed?.cache;
  if (cache) add(name, 'answer cache within its bound', cache.bytes / cache.maxBytes, 1, '× of bound');
}

/** The cold/warm table, the mixed workload, the version change and the cache, for one scale. */
export function speedLines(scale: ScaleFigures, mark: (what: string, label: string) => string): string[] {
  const out: string[] = [];
  const rows = scale.queries.filter((q) => q.warm || q.rawTx);
  if (rows.length > 0) {
    out.push(
      `Cold and warm at ${scale.scale} scale: cold = a server with \`CACHE=off\` (every answer computed), warm = the default server answering from its cache; ` +
        'raw = the same Cypher through the driver, each statement in its own transaction ("raw") or all in one read transaction that reads the data version first, as the API does ("raw tx"). ' +
        'req/s at c=16 is the most this machine served with 16 in flight (the CPU is saturated there). ms:',
    );
    out.push('');
    out.push(
      '| query | cold p50 | warm p50 | warm p99 | raw p50 | raw tx p50 | cold API/raw | cold API/raw tx | cold req/s c=16 | warm req/s c=16 | warm p99 c=16 | target |',
    );
    out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
    for (const q of rows) {
      const marks = targeted(q)
        ? [mark(`${q.name} warm p50 at c=1`, 'warm ≤ 5'), mark(`${q.name} cold API/raw (one transaction) at p50, c=1`, 'API/raw ≤ 1.5')].filter(Boolean)
        : [];
      out.push(
        `| ${q.name} | ${ms(q.api?.c1.p50)} | ${ms(q.warm?.c1.p50)} | ${ms(q.warm?.c1.p99)} | ${ms(q.raw?.c1.p50)} | ${ms(q.rawTx?.c1.p50)} | ` +
          `${times(ratio(q.api?.c1.p50, q.raw?.c1.p50))} | ${times(ratio(q.api?.c1.p50, q.rawTx?.c1.p50))} | ${rps(q.api?.c16)} | ${rps(q.warm?.c16)} | ${ms(q.warm?.c16.p99)} | ${marks.join(', ')} |`,
      );
    }
    out.push('');
  }
  const speed = scale.speed;
  if (!speed) return out;
  if (speed.mixed) {
    const line = (label: string, s: LatencyStats) =>
      `| ${label} | ${s.requests}${s.requests < s.asked ? `/${s.asked}` : ''} | ${s.rps.toFixed(0)} | ${ms(s.p50)} | ${ms(s.p99)} | ${ms(s.max)} | ${s.errors}${s.firstError ? ` (${s.firstError.slice(0, 60)})` : ''} |`;
    out.push(`Mixed workload at ${scale.scale} scale: every traversal in turn, 16 requests in flight:`);
    out.push('');
    out.push('| server | n | req/s | p50 | p99 | max | errors |');
    out.push('|---|---:|---:|---:|---:|---:|---:|');
    out.push(line('warm (cache on)', speed.mixed.warm));
    out.push(line('cold (CACHE=off)', speed.mixed.cold));
    out.push('');
    out.push(
      [
        mark('mixed warm workload at c=16: req/s', '≥ 300 req/s'),
        mark('mixed warm workload at c=16: p99', 'p99 ≤ 100'),
        mark('mixed warm workload at c=16: errors', '0 errors'),
      ].join(', '),
    );
    out.push('');
  }
  const bump = speed.bump;
  if (bump && 'error' in bump) out.push(`Data version changed mid-run at ${scale.scale} scale: failed: ${bump.error}`, '');
  else if (bump) {
    const cache = Object.entries(bump.cache)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ');
    out.push(
      `Data version changed mid-run at ${scale.scale} scale (the mixed workload plus a plan-list probe on the cached server at c=16; this process imports a plan, ` +
        `then removes it): ${bump.requests} answers (${cache}), ${bump.errors} errors, ${bump.rps.toFixed(0)} req/s, p50 ${ms(bump.p50)}, p99 ${ms(bump.p99)} ms; ` +
        `versions ${bump.versions.before} → ${bump.versions.imported} → ${bump.versions.removed}, plans ${bump.plans.before} → ${bump.plans.imported} → ${bump.plans.before}; ` +
        `first answer of the new version ${ms(bump.seenAfterMs.imported)} ms after the import returned and ${ms(bump.seenAfterMs.removed)} ms after the removal; ` +
        `${bump.inWindow} answers sent within the promised 0.5 s (either version right). **Stale answers: ${bump.stale}** ` +
        `${mark('data version changed mid-run: stale answers', '(target 0)')}${bump.staleExamples.length ? ` — ${bump.staleExamples.join('; ')}` : ''}.`,
    );
    out.push('');
  }
  if (speed.cache) {
    const c = speed.cache;
    out.push(
      `Answer cache after the ${scale.scale} runs: ${c.entries} answers, ${(c.bytes / 2 ** 20).toFixed(1)} MiB of its ${(c.maxBytes / 2 ** 20).toFixed(0)} MiB bound ` +
        `(\`CACHE_MAX_MB\`), ${c.hits} hits, ${c.misses} misses. API server RSS now: cached ${speed.rssMiB.warm ?? '–'} MiB, uncached ${speed.rssMiB.cold ?? '–'} MiB.`,
    );
    out.push('');
  }
  return out;
}
