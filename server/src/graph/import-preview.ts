/**
 * What importing a parsed plan would do, for the explorer's Import panel to show before anything is
 * written: its header, counts, every warning with its line, the bodies new to the database, whether
 * it replaces a stored plan, and each weakness beside the source lines it was read from.
 */
import type { PlanPreview } from '../../../shared/import-api.ts';
import { summarizeParse } from '../ingest/parse-plan.ts';

export type { PlanPreview };
import type { ParsedPlan } from '../ingest/types.ts';
import type { QueryRunner } from './query-runner.ts';

/** The preview of one parsed plan, with what the database already holds. */
export async function previewPlan(runner: QueryRunner, parsed: ParsedPlan, sourceText: string): Promise<PlanPreview> {
  const [known] = await runner.read<{ exists: boolean; storedSynthetic: boolean; newAgencyIds: string[] }>('import-preview', {
    planId: parsed.plan.id,
    agencyIds: parsed.agencies.map((agency) => agency.id),
  });
  const newIds = new Set(known?.newAgencyIds ?? []);
  const { plan } = parsed;
  return {
    plan: {
      id: plan.id,
      symbol: plan.symbol,
      title: plan.title,
      province: plan.province,
      date: plan.date,
      issuer: plan.issuer,
      signer: plan.signer,
      synthetic: plan.synthetic,
    },
    exists: known?.exists ?? false,
    staysSynthetic: (known?.storedSynthetic ?? false) && !plan.synthetic,
    counts: summarizeParse(parsed),
    warnings: parsed.warnings,
    newAgencies: parsed.agencies
      .filter((agency) => newIds.has(agency.id))
      .map((agency) => ({ id: agency.id, name: agency.name, nameEn: agency.nameEn, province: agency.province, verified: agency.verified })),
    unverifiedAgencies: parsed.agencies
      .filter((agency) => !agency.verified)
      .map((agency) => ({ id: agency.id, name: agency.name, recognisedBy: agency.recognisedBy })),
    sections: plan.sections.map((section) => ({
      numeral: section.numeral,
      title: section.title,
      weaknesses: section.weaknesses.map((weakness) => ({
        code: weakness.code,
        statement: weakness.statement,
        leadText: weakness.leadText,
        deadlineText: weakness.deadlineText,
        causes: weakness.causes.length,
        tasks: weakness.tasks.length,
        lineStart: weakness.provenance.lineStart,
        lineEnd: weakness.provenance.lineEnd,
      })),
    })),
    lines: sourceText.split(/\r\n|\r|\n/),
  };
}
