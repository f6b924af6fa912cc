/**
 * Folding with a memory: the parser folds the same paragraph for its subject, its partners, its
 * owner and its references, and folding is most of the parser's time. A bounded map keeps each
 * paragraph's folded form for the next caller.
 */
import { foldWithMap, type FoldedText } from '../../../shared/fold.ts';

const MAX_ENTRIES = 20_000;
const cache = new Map<string, FoldedText>();

/** {@link foldWithMap}, remembered for recently folded texts. */
export function foldCached(text: string): FoldedText {
  let folded = cache.get(text);
  if (!folded) {
    // Cleared rather than evicted one by one: a parse folds a few thousand texts, so a full clear is rare.
    if (cache.size >= MAX_ENTRIES) cache.clear();
    folded = foldWithMap(text);
    cache.set(text, folded);
  }
  return folded;
}
