/**
 * Graph database configuration, read from the environment.
 *
 *   NEO4J_URI        external Neo4j (bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s://, neo4j+ssc://);
 *                    when set, nothing is launched
 *   NEO4J_USER       user for NEO4J_URI (default neo4j; the embedded server always uses neo4j)
 *   NEO4J_PASSWORD   password; required with NEO4J_URI. For the embedded server it is optional:
 *                    without it a random one is generated once and kept in <data dir>/password
 *   NEO4J_PORT       Bolt port of the embedded server on 127.0.0.1 (default 7687)
 *   NEO4J_DATA_DIR   data directory of the embedded server (default .data/neo4j; relative paths
 *                    are taken from the repository root)
 *   NEO4J_HEAP       JVM heap of the embedded server (default 1g)
 *   NEO4J_PAGECACHE  page cache of the embedded server (default 512m)
 *   NEO4J_TX_TIMEOUT transaction timeout of the embedded server (default 30s; 0 disables); the
 *                    import's bound. API reads have their own, shorter one (API_READ_TIMEOUT).
 *   NEO4J_TX_MEMORY  heap one transaction may use in the embedded server (default a quarter of
 *                    NEO4J_HEAP; 0 = unbounded)
 *   NEO4J_TX_TOTAL_MEMORY  heap all transactions together may use (default half of NEO4J_HEAP)
 *   API_READ_TIMEOUT timeout of each API read transaction (default 5s), traversals and generated
 *                    queries alike; set per transaction by the driver, so it holds on an
 *                    external NEO4J_URI too
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SettingError } from '../../../shared/errors.ts';
import { parsePort } from '../../../shared/ports.ts';

/** Absolute path of the repository root (this file is server/src/graph/config.ts). */
export const repoRoot: string = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface GraphConfig {
  /** External server URI from NEO4J_URI, or null to run the embedded server. */
  uri: string | null;
  user: string;
  /** NEO4J_PASSWORD, if set. */
  password: string | undefined;
  port: number;
  /** Absolute path. */
  dataDir: string;
  heap: string;
  pageCache: string;
  /** NEO4J_TX_TIMEOUT as given to Neo4j, e.g. '30s'. */
  txTimeout: string;
  /** The same in milliseconds (0 = no timeout), for client-side timeouts. */
  txTimeoutMs: number;
  /** db.memory.transaction.max of the embedded server, e.g. '256m' ('0' = unbounded). */
  txMemory: string;
  /** dbms.memory.transaction.total.max of the embedded server, e.g. '512m'. */
  txTotalMemory: string;
  /** Timeout of each API read transaction, in milliseconds. */
  readTimeoutMs: number;
}

/** A graph setting that cannot be used; the message names the variable. */
export class GraphConfigError extends SettingError {}

const URI_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];
const MEMORY_SIZE = /^[1-9]\d*[kmg]?$/i;
const MEMORY_UNIT: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
const DURATION = /^(\d+)(ms|s|m|h|d)?$/;
const DURATION_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

function text(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name];
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function parseNeo4jUri(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new GraphConfigError(`NEO4J_URI '${value}' is not a valid URI (expected e.g. bolt://localhost:7687 or neo4j+s://host)`);
  }
  const scheme = url.protocol.replace(/:$/, '');
  if (!URI_SCHEMES.includes(scheme)) {
    throw new GraphConfigError(`NEO4J_URI '${value}' has scheme '${scheme}'; expected one of ${URI_SCHEMES.map((s) => s + '://').join(', ')}`);
  }
  if (!url.hostname) {
    throw new GraphConfigError(`NEO4J_URI '${value}' has no host`);
  }
  return value;
}

function memorySize(value: string, name: string): string {
  if (!MEMORY_SIZE.test(value)) {
    throw new GraphConfigError(`${name} '${value}' is not a memory size (expected e.g. 512m or 1g)`);
  }
  return value.toLowerCase();
}

/** Bytes of a memory size such as '1g' (already validated). */
export function memoryBytes(size: string): number {
  const match = /^(\d+)([kmg]?)$/i.exec(size)!;
  return Number(match[1]) * MEMORY_UNIT[match[2]!.toLowerCase()]!;
}

/** A fraction of a memory size, in whole MiB, as Neo4j reads it ('256m'). */
function fractionOf(size: string, fraction: number): string {
  return `${Math.max(1, Math.floor((memoryBytes(size) * fraction) / 1024 ** 2))}m`;
}

function duration(value: string, name: string): { text: string; ms: number } {
  const match = DURATION.exec(value);
  if (!match) {
    throw new GraphConfigError(`${name} '${value}' is not a duration (expected e.g. 30s, 500ms, 2m; 0 disables)`);
  }
  // Neo4j reads a bare number as seconds.
  return { text: value, ms: Number(match[1]) * DURATION_MS[match[2] ?? 's']! };
}

/** Reads and validates the graph settings from an environment (pure). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): GraphConfig {
  const uriText = text(env, 'NEO4J_URI');
  const uri = uriText === undefined ? null : parseNeo4jUri(uriText);
  const password = env.NEO4J_PASSWORD === undefined || env.NEO4J_PASSWORD === '' ? undefined : env.NEO4J_PASSWORD;
  if (uri !== null && password === undefined) {
    throw new GraphConfigError(`NEO4J_URI is set (${uri}) but NEO4J_PASSWORD is not: set the password of the external Neo4j`);
  }
  if (uri === null && password !== undefined && password.length < 8) {
    throw new GraphConfigError('NEO4J_PASSWORD must have at least 8 characters (Neo4j minimum) for the embedded server');
  }
  const dataDirText = text(env, 'NEO4J_DATA_DIR') ?? path.join('.data', 'neo4j');
  const txTimeout = duration(text(env, 'NEO4J_TX_TIMEOUT') ?? '30s', 'NEO4J_TX_TIMEOUT');
  const readTimeout = duration(text(env, 'API_READ_TIMEOUT') ?? '5s', 'API_READ_TIMEOUT');
  if (readTimeout.ms === 0) throw new GraphConfigError('API_READ_TIMEOUT must be more than 0: API reads are always bounded');
  const heap = memorySize(text(env, 'NEO4J_HEAP') ?? '1g', 'NEO4J_HEAP');
  // Why these fractions: the total must leave Neo4j's own working set (plan cache, Bolt buffers,
  // indexes' heap parts) room in the heap, and one transaction must fail alone long before the
  // total is reached, so that a second heavy query still runs beside it.
  const txTotalMemory = memorySizeOrZero(text(env, 'NEO4J_TX_TOTAL_MEMORY'), 'NEO4J_TX_TOTAL_MEMORY') ?? fractionOf(heap, 0.5);
  const txMemory = memorySizeOrZero(text(env, 'NEO4J_TX_MEMORY'), 'NEO4J_TX_MEMORY') ?? fractionOf(heap, 0.25);
  return {
    uri,
    user: text(env, 'NEO4J_USER') ?? 'neo4j',
    password,
    port: parsePort(text(env, 'NEO4J_PORT') ?? '7687', 'NEO4J_PORT'),
    dataDir: path.resolve(repoRoot, dataDirText),
    heap,
    pageCache: memorySize(text(env, 'NEO4J_PAGECACHE') ?? '512m', 'NEO4J_PAGECACHE'),
    txTimeout: txTimeout.text,
    txTimeoutMs: txTimeout.ms,
    txMemory,
    txTotalMemory,
    readTimeoutMs: readTimeout.ms,
  };
}

function memorySizeOrZero(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  return value === '0' ? '0' : memorySize(value, name);
}
