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
 *   NEO4J_TX_TIMEOUT transaction timeout of the embedded server (default 30s; 0 disables)
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
}

/** A graph setting that cannot be used; the message names the variable. */
export class GraphConfigError extends SettingError {}

const URI_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];
const MEMORY_SIZE = /^[1-9]\d*[kmg]?$/i;
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

function duration(value: string, name: string): { text: string; ms: number } {
  const match = DURATION.exec(value);
  if (!match) {
    throw new GraphConfigError(`${name} '${value}' is not a duration (expected e.g. 30s, 500ms, 2m; 0 disables)`);
  }
  // Neo4j reads a bare number as seconds.
  return { text: value, ms: Number(match[1]) * DURATION_MS[match[2] ?? 's']! };
}

/** Reads and validates the graph settings from an environment (pure; see graphConfig() for the cached one). */
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
  return {
    uri,
    user: text(env, 'NEO4J_USER') ?? 'neo4j',
    password,
    port: parsePort(text(env, 'NEO4J_PORT') ?? '7687', 'NEO4J_PORT'),
    dataDir: path.resolve(repoRoot, dataDirText),
    heap: memorySize(text(env, 'NEO4J_HEAP') ?? '1g', 'NEO4J_HEAP'),
    pageCache: memorySize(text(env, 'NEO4J_PAGECACHE') ?? '512m', 'NEO4J_PAGECACHE'),
    txTimeout: txTimeout.text,
    txTimeoutMs: txTimeout.ms,
  };
}

let cached: GraphConfig | undefined;

/** The process-wide configuration, read from process.env once. */
export function graphConfig(): GraphConfig {
  cached ??= loadConfig(process.env);
  return cached;
}
