/**
 * What the bench reads of its processes from /proc (Linux): CPU time, to give each request its
 * cost in the API server, Neo4j and the load generator, and peak memory.
 */
import { readFileSync } from 'node:fs';
import type { LatencyStats } from './load.ts';

/** Clock ticks per second of /proc/<pid>/stat (getconf CLK_TCK; 100 on Linux). */
const CLOCK_TICKS = 100;

/** The processes measured besides this one. */
export interface BenchPids {
  api: number;
  neo4j: number;
}

export type CpuSnapshot = { api: number | null; neo4j: number | null; bench: number | null };

export function cpuSnapshot(pids: BenchPids): CpuSnapshot {
  return { api: cpuMs(pids.api), neo4j: cpuMs(pids.neo4j), bench: cpuMs(process.pid) };
}

/** CPU ms per request between two snapshots; the API server's only when the requests went through it. */
export function cpuPerRequest(before: CpuSnapshot, after: CpuSnapshot, requests: number, side: 'api' | 'raw'): LatencyStats['cpuPerRequest'] {
  const per = (a: number | null, b: number | null) => (a === null || b === null || requests === 0 ? null : (b - a) / requests);
  return { api: side === 'api' ? per(before.api, after.api) : null, neo4j: per(before.neo4j, after.neo4j), bench: per(before.bench, after.bench) };
}

/** CPU time (user + system) a process has used, ms; null when it cannot be read. */
function cpuMs(pid: number): number | null {
  try {
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** Peak resident set size (VmHWM) of a process, MiB; null when it cannot be read. */
export function peakMiB(pid: number): number | null {
  try {
    const kb = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}
