import type { GraphReader } from '../graph/query-runner.ts';
import type { AgencyRef } from './generated/resolver-types.ts';
import { ErrorCode, echo, boundedText, notFound } from './errors.ts';
import { fullTextQuery, fullTextWords } from './full-text-query.ts';

/** What an agency name means: one body (possibly in several provinces), or candidates to choose from. */
export interface AgencyResolution {
  query: string;
  resolved: boolean;
  agencies: AgencyRef[];
  candidates: AgencyRef[];
}

/** An agency as the Cypher files return it: with its glossary key, the same for one kind of body in every province. */
type KeyedAgency = AgencyRef & { key: string };

const CANDIDATE_LIMIT = 50;

/**
 * Resolves what an analyst typed — a Vietnamese or English name, an abbreviation, with or
 * without diacritics, or an id — to agencies. The same kind of body in several provinces (one
 * glossary key) counts as one answer; `province` narrows it. Different bodies matching equally
 * well are returned as candidates; no match at all is an error naming the nearest names.
 */
export function resolveAgency(runner: GraphReader, input: string, province?: string | null): Promise<AgencyResolution> {
  // The same words mean the same agencies until the data changes: resolved once per data version.
  return runner.remember(`agency\u0000${input.trim()}\u0000${province ?? ''}`, () => resolveAgencyNow(runner, input, province));
}

async function resolveAgencyNow(runner: GraphReader, input: string, province?: string | null): Promise<AgencyResolution> {
  const query = boundedText(input, 'agency');
  const byId = await runner.read<{ agency: AgencyRef }>('agency-by-id', { id: query });
  if (byId.length > 0) {
    return { query, resolved: true, agencies: [byId[0]!.agency], candidates: [] };
  }

  const wanted = fullTextWords(query).join(' ');
  const luceneQuery = fullTextQuery(query, { prefixLast: false });
  const found = luceneQuery
    ? (await runner.read<{ agency: KeyedAgency }>('agency-candidates', { query: luceneQuery, limit: CANDIDATE_LIMIT })).map((row) => row.agency)
    : [];

  const exact = found.filter((agency) => nameForms(agency).some((form) => form === wanted));
  const containing = found.filter((agency) => nameForms(agency).some((form) => containsWords(form, wanted)));
  const best = exact.length > 0 ? exact : containing;
  const keys = [...new Set(best.map((agency) => agency.key))];

  if (keys.length === 1) {
    const agencies = (await runner.read<{ agency: AgencyRef }>('agencies-by-key', { keys, province: province ?? null })).map((row) => row.agency);
    if (agencies.length === 0) {
      throw notFound(ErrorCode.agencyNotFound, `no "${best[0]!.name}" in province "${echo(province ?? '')}"`, [best[0]!.name]);
    }
    return { query, resolved: true, agencies, candidates: [] };
  }
  if (keys.length > 1) {
    const onePerKey = keys.map((key) => best.find((agency) => agency.key === key)!);
    return { query, resolved: false, agencies: [], candidates: onePerKey };
  }
  const nearest = await nearestNames(runner, query);
  throw notFound(
    ErrorCode.agencyNotFound,
    `no agency is called "${echo(query)}"` + (nearest.length > 0 ? `; nearest names: ${nearest.join('; ')}` : ''),
    nearest,
  );
}

async function nearestNames(runner: GraphReader, query: string): Promise<string[]> {
  const fuzzy = fullTextQuery(query, { fuzzy: true });
  if (!fuzzy) return [];
  const rows = await runner.read<{ agency: AgencyRef }>('agency-candidates', { query: fuzzy, limit: 5 });
  return [...new Set(rows.map((row) => row.agency.name))];
}

/** Every name an agency answers to, reduced to folded words. */
function nameForms(agency: AgencyRef): string[] {
  return [agency.name, agency.nameEn ?? '', ...(agency.aliases ?? [])].map((name) => fullTextWords(name).join(' ')).filter(Boolean);
}

function containsWords(form: string, wanted: string): boolean {
  const words = new Set(form.split(' '));
  return wanted.split(' ').every((word) => words.has(word));
}
