import { fold, slug } from '../../../shared/fold.ts';
import type { GraphReader } from '../graph/query-runner.ts';
import type { ReferenceRef } from './generated/resolver-types.ts';
import { ErrorCode, echo, boundedText, notFound } from './errors.ts';
import { fullTextQuery } from './full-text-query.ts';

export interface ReferenceResolution {
  query: string;
  resolved: boolean;
  reference: ReferenceRef | null;
  candidates: ReferenceRef[];
}

/** Folded document-type words (full and abbreviated) that may precede a number ("Nghị quyết 08", "nq 08"). */
const docTypeWords: [string, string][] = [
  ['nghi quyet', 'nghi quyet'],
  ['nq', 'nghi quyet'],
  ['quyet dinh', 'quyet dinh'],
  ['qd', 'quyet dinh'],
  ['ke hoach', 'ke hoach'],
  ['kh', 'ke hoach'],
  ['chi thi', 'chi thi'],
  ['ct', 'chi thi'],
  ['ket luan', 'ket luan'],
  ['kl', 'ket luan'],
  ['bao cao', 'bao cao'],
  ['bc', 'bao cao'],
  ['nghi dinh', 'nghi dinh'],
  ['nd', 'nghi dinh'],
  ['cong van', 'cong van'],
  ['cv', 'cong van'],
  ['phuong an', 'phuong an'],
  ['pa', 'phuong an'],
  ['chuong trinh', 'chuong trinh'],
  ['thong bao', 'thong bao'],
  ['tb', 'thong bao'],
  ['thong tu', 'thong tu'],
  ['tt', 'thong tu'],
  ['luat', 'luat'],
  ['de an', 'de an'],
  ['resolution', 'nghi quyet'],
  ['decision', 'quyet dinh'],
  ['plan', 'ke hoach'],
  ['directive', 'chi thi'],
  ['conclusion', 'ket luan'],
  ['report', 'bao cao'],
  ['decree', 'nghi dinh'],
];

/**
 * Resolves a document written loosely: an id, a symbol with its separators swapped or a type
 * word in front ("08/NQ-TU", "nq 08-NQ/TU"), a type and bare number ("Nghị quyết 08"), or a
 * name ("Luật Đất đai").
 */
export function resolveReference(runner: GraphReader, input: string): Promise<ReferenceResolution> {
  // The same words mean the same document until the data changes: resolved once per data version.
  return runner.remember(`reference\u0000${input.trim()}`, () => resolveReferenceNow(runner, input));
}

async function resolveReferenceNow(runner: GraphReader, input: string): Promise<ReferenceResolution> {
  const query = boundedText(input, 'reference');
  const byId = await runner.read('reference-by-id', { id: query });
  if (byId.length > 0) return resolved(query, byId[0]!.reference as ReferenceRef);

  const folded = fold(query);
  const symbol = /\d+[\w./\-đ]*[a-z][\w./\-đ]*/u.exec(folded)?.[0];
  const bareNumber = symbol ? null : /\b(\d+)\b/.exec(folded)?.[1];
  const docType = docTypeWords.find(([word]) => folded.startsWith(`${word} `))?.[1] ?? null;

  if (symbol || bareNumber) {
    const rows = await runner.read('references-by-symbol', {
      symbolKey: symbol ? slug(symbol) : null,
      prefix: bareNumber ? `${bareNumber}-` : null,
    });
    const references = rows
      .map((row) => ({ reference: row.reference as ReferenceRef, exact: row.exact as boolean }))
      .filter(({ reference }) => !(bareNumber && docType) || fold(reference.docType ?? '').startsWith(docType));
    const exact = references.filter((row) => row.exact);
    if (exact.length === 1) return resolved(query, exact[0]!.reference);
    const candidates = (exact.length > 0 ? exact : references).map((row) => row.reference);
    if (candidates.length === 1) return resolved(query, candidates[0]!);
    if (candidates.length > 1) return { query, resolved: false, reference: null, candidates };
  }

  const luceneQuery = fullTextQuery(query, { prefixLast: false });
  const byName = luceneQuery ? (await runner.read('references-by-name', { query: luceneQuery })).map((row) => row.reference as ReferenceRef) : [];
  const sameName = byName.filter((reference) => fold(reference.name ?? reference.label) === folded);
  if (sameName.length === 1) return resolved(query, sameName[0]!);
  if (byName.length === 1) return resolved(query, byName[0]!);
  if (byName.length > 1) return { query, resolved: false, reference: null, candidates: byName };
  throw notFound(ErrorCode.referenceNotFound, `no cited document matches "${echo(query)}"`);
}

function resolved(query: string, reference: ReferenceRef): ReferenceResolution {
  return { query, resolved: true, reference, candidates: [] };
}
