/**
 * The import endpoint's answers (`POST /api/plans/preview`, `POST /api/plans`, `GET /api/jobs/:id`),
 * written once for the server that sends them and the explorer that reads them. The endpoint is
 * REST, not GraphQL, so codegen does not cover it; types only.
 */

/** A background job as the endpoint shows it. */
export interface ImportJobView<Result> {
  id: string;
  kind: 'preview' | 'import';
  state: 'queued' | 'running' | 'done' | 'failed';
  /** Items done out of total (files read, plans written) and what is being worked on. */
  progress: { done: number; total: number; current: string | null };
  result: Result | null;
  /** Why the job failed as a whole (a file or plan that fails is reported in the result instead). */
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

/** A plan as the preview read it, with what the database already holds. */
export interface PlanPreview {
  plan: { id: string; symbol: string; title: string; province: string; date: string; issuer: string; signer: string | null; synthetic: boolean };
  /** A plan with this id is stored: importing replaces it. */
  exists: boolean;
  /** The stored plan is synthetic, so the imported one will be too (see importPlan). */
  staysSynthetic: boolean;
  /** Nodes per label and relationships per type, as the import will write them. */
  counts: { nodes: Record<string, number>; relationships: Record<string, number> };
  warnings: { kind: string; line: number; message: string }[];
  /** Bodies the database does not hold yet, as the parser named them. */
  newAgencies: { id: string; name: string; nameEn: string | null; province: string | null; verified: boolean }[];
  /** Bodies recognised by their form only ("Sở …" not in the glossary), with the form that matched. */
  unverifiedAgencies: { id: string; name: string; recognisedBy: string | null }[];
  /** Sections and weaknesses as read, each with the lines of the source it came from. */
  sections: {
    numeral: string;
    title: string;
    weaknesses: {
      code: string;
      statement: string;
      leadText: string | null;
      deadlineText: string | null;
      causes: number;
      tasks: number;
      lineStart: number;
      lineEnd: number;
    }[];
  }[];
  /** The source text's lines (1-based line n is `lines[n - 1]`), to show beside what was read. */
  lines: string[];
}

/** One uploaded file, as the preview shows it: read and parsed, or refused with the reason. */
export interface FilePreview {
  fileName: string;
  bytes: number;
  error: string | null;
  preview: PlanPreview | null;
}

/** One plan of an import job: what happened to it. */
export interface PlanOutcome {
  fileName: string;
  planId: string;
  state: 'imported' | 'replaced' | 'failed';
  /** Why it failed; the database is as it was before this plan. */
  error: string | null;
  synthetic: boolean;
  recurrences: number;
}
