/**
 * The import endpoint: how the explorer adds and removes plans. GraphQL stays read-only; writes
 * come here, with the import token, from the same site only.
 *
 *   GET    /api/import          whether imports are on, and the upload limits (no token needed)
 *   POST   /api/plans/preview   multipart `files`: read and parse them, write nothing → 202 job
 *   POST   /api/plans           {preview, files}: import the previewed plans, one transaction each → 202 job
 *   DELETE /api/plans/:id       remove a plan (and what only it used), in one transaction
 *   GET    /api/jobs/:id        a job's progress and answer
 *
 * Uploads go to a temporary folder of this server's own and are deleted as soon as they are read
 * (or when the upload fails half-way); nothing is written anywhere else.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import multer from 'multer';
import type { Driver } from 'neo4j-driver';
import { classifyDatabaseError } from '../../api/errors.ts';
import { importPlan, removePlan } from '../../graph/import-plan.ts';
import type { FilePreview, PlanOutcome } from '../../../../shared/import-api.ts';
import { previewPlan } from '../../graph/import-preview.ts';
import { parsePlanBytes } from '../../graph/plan-source.ts';
import type { QueryRunner } from '../../graph/query-runner.ts';
import type { Glossary, ParsedPlan } from '../../ingest/types.ts';
import { bearerToken, tokenMatches, type ImportAccess } from './import-token.ts';
import { JobQueue, QueueFullError } from './import-jobs.ts';
import { crossSiteRefusal } from './same-origin.ts';

/** What one upload may hold. */
export const uploadLimits = {
  /** Files per upload. */
  maxFiles: 10,
  /** Bytes per file: the largest plans (scanned PDFs with a text layer) are a few MB. */
  maxFileBytes: 20 * 1024 * 1024,
};

export interface ImportRoutesOptions {
  access: ImportAccess;
  driver: Driver;
  runner: QueryRunner;
  glossary: Glossary;
  database?: string;
  /**
   * Called once a plan is imported or removed: the server reads the data version again, so its
   * cached answers are dropped before the explorer asks again (not at the next poll).
   */
  onWritten?: () => Promise<unknown>;
}

/** The router, its jobs, the upload folder (tests check it is left empty) and a close() that deletes it. */
export function importRoutes(options: ImportRoutesOptions): { router: express.Router; jobs: JobQueue; uploadDir: string; close(): void } {
  const { access } = options;
  const uploadDir = mkdtempSync(join(tmpdir(), 'accountability-graph-uploads-'));
  const upload = multer({
    storage: multer.diskStorage({ destination: uploadDir }),
    limits: { files: uploadLimits.maxFiles, fileSize: uploadLimits.maxFileBytes, fields: 10, parts: uploadLimits.maxFiles + 10 },
  }).array('files', uploadLimits.maxFiles);
  const jobs = new JobQueue({ maxPending: 20, keepMs: 60 * 60 * 1000 });
  // Parsed plans of finished previews, kept for the import that confirms them.
  const parsedByPreview = new Map<string, Map<string, ParsedPlan>>();

  const router = express.Router();
  router.get('/api/import', (_request, response) => {
    response.json({ enabled: access.enabled, limits: uploadLimits });
  });
  router.use(['/api/plans', '/api/jobs'], guard(access));

  router.post('/api/plans/preview', (request, response, next) => {
    upload(request, response, (error: unknown) => {
      if (error) return void removeUploads(request).then(() => next(error));
      const files = (request.files as Express.Multer.File[] | undefined) ?? [];
      if (files.length === 0) return void refuse(response, 400, 'NO_FILES', 'no file uploaded: send the plans as multipart/form-data field "files"');
      const job = jobs.enqueue('preview', files.length, async (report) => {
        const previews: FilePreview[] = [];
        const parsed = new Map<string, ParsedPlan>();
        for (const [index, file] of files.entries()) {
          report(index, file.originalname);
          previews.push(await previewFile(file, parsed));
        }
        report(files.length, null);
        parsedByPreview.set(job.id, parsed);
        return { files: previews };
      });
      response.status(202).json(job);
    });
  });

  router.post('/api/plans', express.json({ limit: '16kb' }), (request, response) => {
    const body = request.body as { preview?: unknown; files?: unknown };
    const parsed = typeof body?.preview === 'string' ? parsedByPreview.get(body.preview) : undefined;
    if (!parsed || !jobs.get(body.preview as string)) {
      return refuse(response, 404, 'PREVIEW_NOT_FOUND', 'no such preview (it may have expired): upload the files again');
    }
    const wanted = Array.isArray(body.files) ? body.files.filter((name): name is string => typeof name === 'string') : [...parsed.keys()];
    const unknown = wanted.filter((name) => !parsed.has(name));
    if (unknown.length > 0 || wanted.length === 0) {
      return refuse(response, 400, 'BAD_FILES', `choose files the preview read as plans; not importable: ${unknown.join(', ') || '(none chosen)'}`);
    }
    const job = jobs.enqueue('import', wanted.length, async (report) => {
      const outcomes: PlanOutcome[] = [];
      for (const [index, fileName] of wanted.entries()) {
        const plan = parsed.get(fileName)!;
        report(index, plan.plan.id);
        outcomes.push(await importOne(fileName, plan));
      }
      report(wanted.length, null);
      if (outcomes.some((outcome) => outcome.state !== 'failed')) await options.onWritten?.();
      return { plans: outcomes };
    });
    response.status(202).json(job);
  });

  router.delete('/api/plans/:id', async (request, response, next) => {
    try {
      const planId = String(request.params.id);
      if (!(await removePlan(options.driver, planId, options.database))) {
        return refuse(response, 404, 'PLAN_NOT_FOUND', `no plan with id "${planId}" is stored`);
      }
      await options.onWritten?.();
      response.json({ removed: planId });
    } catch (error) {
      next(error);
    }
  });

  router.get('/api/jobs/:id', (request, response) => {
    const job = jobs.get(String(request.params.id));
    if (!job) return refuse(response, 404, 'JOB_NOT_FOUND', 'no such job (finished jobs are kept for an hour)');
    response.json(job);
  });

  router.use(['/api/plans', '/api/jobs', '/api/import'], uploadErrors);

  async function previewFile(file: Express.Multer.File, parsed: Map<string, ParsedPlan>): Promise<FilePreview> {
    const fileName = file.originalname;
    try {
      const bytes = await readFile(file.path);
      const { plan, text } = await parsePlanBytes(bytes, fileName, options.glossary);
      if (parsed.has(fileName)) throw new Error('a file of the same name is already in this upload');
      parsed.set(fileName, plan);
      return { fileName, bytes: file.size, error: null, preview: await previewPlan(options.runner, plan, text) };
    } catch (error) {
      return { fileName, bytes: file.size, error: errorMessage(error), preview: null };
    } finally {
      await rm(file.path, { force: true });
    }
  }

  async function importOne(fileName: string, plan: ParsedPlan): Promise<PlanOutcome> {
    try {
      const result = await importPlan(options.driver, plan, options.database);
      return {
        fileName,
        planId: result.planId,
        state: result.replaced ? 'replaced' : 'imported',
        error: null,
        synthetic: result.synthetic,
        recurrences: result.recurrences,
      };
    } catch (error) {
      return { fileName, planId: plan.plan.id, state: 'failed', error: errorMessage(error), synthetic: plan.plan.synthetic, recurrences: 0 };
    }
  }

  return { router, jobs, uploadDir, close: () => rmSync(uploadDir, { recursive: true, force: true }) };
}

/** Imports off, another site, or no valid token: refused before anything is read. */
function guard(access: ImportAccess) {
  return (request: Request, response: Response, next: NextFunction) => {
    if (!access.enabled) return refuse(response, 403, 'IMPORTS_DISABLED', 'imports are disabled on this server (IMPORT_TOKEN=off)');
    const crossSite = crossSiteRefusal(request);
    if (crossSite) return refuse(response, 403, 'CROSS_SITE', crossSite);
    if (!tokenMatches(access, bearerToken(request.get('authorization')))) {
      response.set('WWW-Authenticate', 'Bearer');
      return refuse(response, 401, 'TOKEN_REQUIRED', 'the import token is missing or wrong: open the link the server printed at start (…/?token=…)');
    }
    next();
  };
}

/** Upload limits and broken uploads, named; anything else goes on to the app's error handling. */
function uploadErrors(error: unknown, _request: Request, response: Response, next: NextFunction): void {
  if (error instanceof multer.MulterError) {
    const messages: Record<string, [number, string]> = {
      LIMIT_FILE_SIZE: [413, `a file is larger than ${uploadLimits.maxFileBytes / 1024 / 1024} MB`],
      LIMIT_FILE_COUNT: [413, `more than ${uploadLimits.maxFiles} files in one upload`],
      LIMIT_UNEXPECTED_FILE: [400, `files go in the multipart field "files" (at most ${uploadLimits.maxFiles})`],
    };
    const [status, message] = messages[error.code] ?? [400, `malformed upload: ${error.message}`];
    return refuse(response, status, error.code, message);
  }
  if (error instanceof QueueFullError) return refuse(response, 503, 'BUSY', error.message);
  const known = classifyDatabaseError(error);
  if (known) return refuse(response, 503, known.code, known.message);
  // Busboy's own complaints (no boundary, a body cut short) are the client's: 400.
  if (error instanceof Error && /multipart|boundary|Unexpected end of form|Malformed part header/i.test(error.message)) {
    return refuse(response, 400, 'MALFORMED_UPLOAD', `malformed upload: ${error.message}`);
  }
  next(error);
}

async function removeUploads(request: Request): Promise<void> {
  const files = (request.files as Express.Multer.File[] | undefined) ?? [];
  await Promise.all(files.map((file) => rm(file.path, { force: true })));
}

function refuse(response: Response, status: number, code: string, message: string): void {
  if (!response.headersSent) response.status(status).json({ error: { code, message } });
}

function errorMessage(error: unknown): string {
  return classifyDatabaseError(error)?.message ?? (error instanceof Error ? error.message : String(error));
}
