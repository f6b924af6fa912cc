/**
 * Keeps the embedded Neo4j running: when the JVM dies without being asked to (kill -9, a heap
 * OutOfMemoryError, which ends it by -XX:+ExitOnOutOfMemoryError), it is started again on the
 * same port, store and password, after a backoff that doubles from 1 s to 30 s and resets once a
 * run has lasted a minute. The driver's pool reconnects by itself; /health shows the state.
 */
import fsp from 'node:fs/promises';
import { startEmbeddedNeo4j, type EmbeddedNeo4jOptions, type RunningNeo4j } from './embedded-neo4j.ts';
import { sleep } from './neo4j-process.ts';

export interface SupervisorState {
  state: 'up' | 'restarting' | 'stopped';
  restarts: number;
  /** How the last unexpected exit looked, e.g. "killed by SIGKILL" or "heap exhausted (OutOfMemoryError)". */
  lastExit: string | null;
  lastExitAt: string | null;
}

const FIRST_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 30_000;
/** A run this long counts as healthy: the next crash starts the backoff again from 1 s. */
const STABLE_MS = 60_000;

export class Neo4jSupervisor {
  private running: RunningNeo4j;
  private stopping = false;
  private backoffMs = FIRST_BACKOFF_MS;
  private startedAt = Date.now();
  /** The restart under way, so that stop() can wait for it (and stop what it started). */
  private restarting: Promise<void> | null = null;
  readonly status: SupervisorState = { state: 'up', restarts: 0, lastExit: null, lastExitAt: null };

  private constructor(
    first: RunningNeo4j,
    private readonly options: EmbeddedNeo4jOptions,
    private readonly log: (line: string) => void,
  ) {
    this.running = first;
    this.watch(first);
  }

  static async start(options: EmbeddedNeo4jOptions, log: (line: string) => void): Promise<Neo4jSupervisor> {
    return new Neo4jSupervisor(await startEmbeddedNeo4j({ ...options, log }), options, log);
  }

  get current(): RunningNeo4j {
    return this.running;
  }

  private watch(run: RunningNeo4j): void {
    void run.exited.then(async ({ code, signal }) => {
      if (this.stopping || run !== this.running) return;
      const reason = (await heapErrorIn(run.logFile)) ? 'heap exhausted (OutOfMemoryError)' : signal ? `killed by ${signal}` : `exit code ${code}`;
      Object.assign(this.status, { state: 'restarting', lastExit: reason, lastExitAt: new Date().toISOString() });
      if (Date.now() - this.startedAt > STABLE_MS) this.backoffMs = FIRST_BACKOFF_MS;
      this.log(`Neo4j (pid ${run.pid}) stopped unexpectedly: ${reason}; restarting in ${this.backoffMs / 1000} s`);
      this.restarting = this.restart();
      await this.restarting;
      this.restarting = null;
    });
  }

  private async restart(): Promise<void> {
    while (!this.stopping) {
      await sleep(this.backoffMs);
      this.backoffMs = Math.min(this.backoffMs * 2, MAX_BACKOFF_MS);
      if (this.stopping) return;
      try {
        const next = await startEmbeddedNeo4j({ ...this.options, log: this.log });
        if (this.stopping) {
          await next.stop();
          return;
        }
        this.running = next;
        this.startedAt = Date.now();
        this.status.restarts++;
        this.status.state = 'up';
        this.log(`Neo4j restarted (restart ${this.status.restarts}, pid ${next.pid})`);
        this.watch(next);
        return;
      } catch (error) {
        this.log(`Neo4j restart failed: ${(error as Error).message.split('\n')[0]}; next try in ${this.backoffMs / 1000} s`);
      }
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.status.state = 'stopped';
    await this.restarting; // a start under way stops what it started once it sees `stopping`
    await this.running.stop();
  }
}

/** True when the JVM's log of its last run ends with a heap OutOfMemoryError. */
async function heapErrorIn(logFile: string): Promise<boolean> {
  try {
    const text = await fsp.readFile(logFile, 'utf8');
    const lastRun = text.slice(text.lastIndexOf('\n--- '));
    return /java\.lang\.OutOfMemoryError/.test(lastRun);
  } catch {
    return false;
  }
}
