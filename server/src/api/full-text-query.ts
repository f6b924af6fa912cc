import { fold } from '../../../shared/fold.ts';

/**
 * Turns user text into a Lucene query for the `standard-folding` full-text indexes. Only folded
 * letters and digits survive, so no Lucene syntax from the user reaches the query parser.
 * Every word must match; the last one also as a prefix, for suggestions while typing.
 */
export function fullTextQuery(text: string, { prefixLast = true, fuzzy = false } = {}): string | null {
  const words = fullTextWords(text);
  if (words.length === 0) return null;
  return words
    .map((word, index) => {
      if (fuzzy && word.length > 3) return `${word}~`;
      if (prefixLast && index === words.length - 1) return `(${word} OR ${word}*)`;
      return word;
    })
    .join(fuzzy ? ' OR ' : ' AND ');
}

export function fullTextWords(text: string): string[] {
  return fold(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}
