import { foldWithMap } from '../../../../shared/fold.ts';
import type { GraphReader } from '../../graph/query-runner.ts';
import { boundedText } from '../errors.ts';
import { fullTextQuery, fullTextWords } from '../full-text-query.ts';
import type { TraversalAnswer, TraversalArgs } from '../traversal-types.ts';
import { toGraphNode } from './graph-shapes.ts';

/** Characters of context either side of the matched word in a snippet. */
const SNIPPET_CONTEXT = 60;

/** Ranked full-text search over every node type, insensitive to diacritics and case. */
export async function search(runner: GraphReader, args: TraversalArgs<'search'>): Promise<TraversalAnswer<'search'>> {
  const text = boundedText(args.text, 'text', 200);
  const { limit } = args;
  const query = fullTextQuery(text);
  if (!query) return [];
  // Type filtering happens after the index ranks, so ask it for more than will be shown.
  const fetch = args.types && args.types.length > 0 ? limit * 20 : limit;
  const rows = await runner.read('full-text-search', { query, types: args.types?.length ? args.types : null, fetch, limit });
  const words = fullTextWords(text);
  return rows.map((row) => {
    const passage = typeof row.passage === 'string' ? row.passage : '';
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
 * The passage around the first word that matches, cut from the verbatim text (folding may change
 * a string's length; the parser's index map leads back to the original characters).
 */
export function snippet(passage: string, words: string[]): string | null {
  const { folded, map } = foldWithMap(passage);
  for (const word of words) {
    const at = folded.search(new RegExp(`(^|[^a-z0-9])${word}`));
    if (at < 0) continue;
    const wordStart = folded[at] === word[0] ? at : at + 1;
    const start = map[wordStart]!;
    const end = map[Math.min(wordStart + word.length, folded.length)]!;
    const from = Math.max(0, start - SNIPPET_CONTEXT);
    const to = Math.min(passage.length, end + SNIPPET_CONTEXT);
    return `${from > 0 ? '…' : ''}${passage.slice(from, to).trim()}${to < passage.length ? '…' : ''}`;
  }
  return null;
}
