/**
 * Background jobs of the import endpoint: reading uploads for a preview, importing, removing. They
 * run one at a time, in the order asked, so two imports of one province never race over its
 * recurrence links, and a big upload cannot crowd out the API's reads. Each job says how far it
 * got; finished jobs are kept for a while for their answers, then forgotten.
 */
import { randomUUID } from 'node:crypto';
import type { ImportJobView } from '../../../../shared/import-api.ts';

export type JobView<Result> = ImportJobView<Result>;
export type JobKind = JobView<unknown>['kind'];

type Report = (done: number, current: string | null) => void;

interface Job<Result> extends JobView<Result> {
  run: (report: Report) => Promise<Result>;
  finishedMs: number;
}

export interface JobQueueOptions {
  /** Jobs waiting or running at most; more are refused (the server is busy). */
  maxPending: number;
  /** How long a finished job is kept. */
  keepMs: number;
}

/** Refused because too many jobs wait: the client should retry later (HTTP 503). */
export class QueueFullError extends Error {}

export class JobQueue {
  private readonly jobs = new Map<string, Job<unknown>>();
  private readonly pending: Job<unknown>[] = [];
  private running: Promise<void> | null = null;

  constructor(private readonly options: JobQueueOptions) {}

  /** Queues `run`; it reports progress through its argument. */
  enqueue<Result>(kind: JobKind, total: number, run: (report: Report) => Promise<Result>): JobView<Result> {
    this.forgetOld();
    if (this.pending.length >= this.options.maxPending) throw new QueueFullError(`${this.pending.length} import jobs are waiting; try again shortly`);
    const job: Job<Result> = {
      id: randomUUID(),
      kind,
      state: 'queued',
      progress: { done: 0, total, current: null },
      result: null,
      error: null,
      createdAt: new Date().toISOString(),
      finishedAt: null,
      run,
      finishedMs: 0,
    };
    this.jobs.set(job.id, job);
    this.pending.push(job);
    // Started on the next tick, so the caller holds the job before it runs.
    this.running ??= Promise.resolve().then(() => this.drain());
    return view(job);
  }

  get<Result>(id: string): JobView<Result> | undefined {
    const job = this.jobs.get(id);
    return job ? (view(job) as JobView<Result>) : undefined;
  }

  /** The result of a finished job of a kind (previews keep their parsed plans for the import). */
  finished<Result>(id: string, kind: JobKind): Result | undefined {
    const job = this.jobs.get(id);
    return job?.kind === kind && job.state === 'done' ? (job.result as Result) : undefined;
  }

  /** Resolves once every queued job has finished (for orderly shutdown and tests). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    for (let job = this.pending.shift(); job; job = this.pending.shift()) {
      job.state = 'running';
      try {
        job.result = await job.run((done, current) => {
          job.progress = { ...job.progress, done, current };
        });
        job.state = 'done';
      } catch (error) {
        job.state = 'failed';
        job.error = error instanceof Error ? error.message : String(error);
      }
      job.progress = { ...job.progress, current: null };
      job.finishedAt = new Date().toISOString();
      job.finishedMs = Date.now();
    }
    this.running = null;
  }

  private forgetOld(): void {
    const before = Date.now() - this.options.keepMs;
    for (const [id, job] of this.jobs) if (job.finishedMs > 0 && job.finishedMs < before) this.jobs.delete(id);
  }
}

function view<Result>(job: Job<Result>): JobView<Result> {
  const { run: _run, finishedMs: _finished, ...shown } = job;
  return { ...shown, progress: { ...job.progress } };
}
