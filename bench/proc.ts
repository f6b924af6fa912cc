/**
 * What the bench and the load test read of processes from /proc (Linux): CPU time, to give each
 * request its cost in the API server, Neo4j and the load generator; peak and current memory; and
 * which process listens on a port.
 */
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
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
  return statusMiB(pid, 'VmHWM');
}

/** Current resident set size (VmRSS) of a process, MiB; null when it is gone or unknown. */
export function residentMiB(pid: number | null): number | null {
  return pid === null ? null : statusMiB(pid, 'VmRSS');
}

function statusMiB(pid: number, field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const kb = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

/** The pid of the process listening on a TCP port (IPv4 or IPv6), found through its socket inode. */
export function pidListeningOn(port: number): number | null {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      // cols[1] local address:port, cols[3] state (0A = LISTEN), cols[9] inode
      if (cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '0A' && cols[9]) inodes.add(cols[9]);
    }
  }
  if (inodes.size === 0) return null;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const target = readlinkSync(`/proc/${entry}/fd/${fd}`);
        if (inodes.has(/^socket:\[(\d+)\]$/.exec(target)?.[1] ?? '')) return Number(entry);
      } catch {
        // fd closed meanwhile
      }
    }
  }
  return null;
}
