/**
 * The import endpoint (REST, outside the GraphQL contract: writes never go through GraphQL), and
 * the token that opens it. The token comes once in the link the server prints at start (`?token=`)
 * and stays in this tab's sessionStorage; it is sent as a Bearer header, never as a cookie.
 */
import type { FilePreview, ImportJobView, PlanOutcome, PlanPreview } from '../../../shared/import-api.ts';

const TOKEN_KEY = 'accountability-graph:import-token';

/** Moves `?token=` from the address into sessionStorage (call before anything reads the URL). */
export function takeImportToken(): void {
  const url = new URL(location.href);
  const token = url.searchParams.get('token');
  if (!token) return;
  sessionStorage.setItem(TOKEN_KEY, token);
  url.searchParams.delete('token');
  history.replaceState(history.state, '', url.toString());
}

export function importToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function setImportToken(token: string): void {
  if (token.trim()) sessionStorage.setItem(TOKEN_KEY, token.trim());
  else sessionStorage.removeItem(TOKEN_KEY);
}

export type { FilePreview, PlanOutcome, PlanPreview };
export type Job<Result> = ImportJobView<Result>;

/** A refusal of the endpoint, with its code (TOKEN_REQUIRED, LIMIT_FILE_SIZE, ...). */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  const token = importToken();
  if (token) headers.set('authorization', `Bearer ${token}`);
  const response = await fetch(path, { ...init, headers });
  const body = (await response.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!response.ok) throw new ImportError(body?.error?.message ?? `HTTP ${response.status}`, body?.error?.code ?? `HTTP_${response.status}`);
  return body as T;
}

export function importStatus(): Promise<{ enabled: boolean; limits: { maxFiles: number; maxFileBytes: number } }> {
  return call('/api/import');
}

export function startPreview(files: readonly File[]): Promise<Job<{ files: FilePreview[] }>> {
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  return call('/api/plans/preview', { method: 'POST', body: form });
}

export function startImport(preview: string, files: readonly string[]): Promise<Job<{ plans: PlanOutcome[] }>> {
  return call('/api/plans', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ preview, files }) });
}

export function removePlan(planId: string): Promise<{ removed: string }> {
  return call(`/api/plans/${encodeURIComponent(planId)}`, { method: 'DELETE' });
}

/** Polls a job until it has finished, reporting each state seen. */
export async function waitForJob<Result>(job: Job<Result>, onProgress: (job: Job<Result>) => void): Promise<Job<Result>> {
  let current = job;
  while (current.state === 'queued' || current.state === 'running') {
    onProgress(current);
    await new Promise((resolve) => setTimeout(resolve, 250));
    current = await call<Job<Result>>(`/api/jobs/${current.id}`);
  }
  onProgress(current);
  return current;
}
