import { fold } from '../../ingest/fold.ts';
import type { QueryRunner } from '../../graph/query-runner.ts';
import { boundedInt, boundedText } from '../errors.ts';
import { fullTextQuery, fullTextWords } from '../full-text-query.ts';
import { toGraphNode } from './graph-shapes.ts';

/** Characters of context either side of the matched word in a snippet. */
const SNIPPET_CONTEXT = 60;

/** Ranked full-text search over every node type, insensitive to diacritics and case. */
export async function search(runner: QueryRunner, args: { text: string; types?: string[] | null; limit?: number | null }) {
  const text = boundedText(args.text, 'text', 200);
  const limit = boundedInt(args.limit, 20, 1, 100, 'limit');
  const query = fullTextQuery(text);
  if (!query) return [];
  // Type filtering happens after the index ranks, so ask it for more than will be shown.
  const fetch = args.types && args.types.length > 0 ? limit * 20 : limit;
  const rows = await runner.read('full-text-search', { query, types: args.types?.length ? args.types : null, fetch, limit });
  const words = fullTextWords(text);
  return rows.map((row) => {
    const passage = String(row.passage ?? '');
    const english = typeof row.passageEn === 'string' ? row.passageEn : '';
    const inVietnamese = snippet(passage, words);
    return {
      node: toGraphNode(row.node as Record<string, unknown>),
      score: row.score as number,
      snippet: inVietnamese ?? snippet(english, words) ?? passage.slice(0, SNIPPET_CONTEXT * 2),
    };
  });
}

/**
 * The passage around the first word that matches, cut from the verbatim text. Folding may
 * change a string's length, so the match is found character by character in folded form.
 */
export function snippet(passage: string, words: string[]): string | null {
  const chars = [...passage];
  const foldedChars = chars.map((char) => fold(char) || ' ');
  const folded = foldedChars.join('');
  // Map positions in the folded string back to characters of the passage.
  const origin: number[] = [];
  foldedChars.forEach((piece, index) => {
    for (let i = 0; i < piece.length; i++) origin.push(index);
  });
  for (const word of words) {
    const at = folded.search(new RegExp(`(^|[^a-z0-9])${word}`));
    if (at < 0) continue;
    const start = origin[at]!;
    const from = Math.max(0, start - SNIPPET_CONTEXT);
    const to = Math.min(chars.length, start + word.length + SNIPPET_CONTEXT);
    return `${from > 0 ? '…' : ''}${chars.slice(from, to).join('').trim()}${to < chars.length ? '…' : ''}`;
  }
  return null;
}
