/**
 * Sparse TF-IDF arithmetic for comparing two small sets of documents (Salton and Buckley 1988;
 * Manning, Raghavan and Schütze, "Introduction to Information Retrieval", ch. 6): terms are words
 * and word pairs, numbered per comparison, so that the vectors and the score matrix are arrays of
 * numbers rather than maps keyed by strings. With shared/fold.ts's one-pass foldedWords, pairing
 * the seed with another province's plan went from 36 ms to 9.5 ms (bench/pair-weaknesses.ts).
 *
 * Written here: the arithmetic is a few dozen lines, and the maintained JavaScript TF-IDF packages
 * bring English tokenisers and a corpus model we would not use. What counts as a word is the
 * caller's (similarity.ts reads Vietnamese).
 */

/** Term ids of a document in order of first appearance, with how often each occurs. */
export interface TermCounts {
  terms: number[];
  counts: number[];
}

/** A sparse unit-length vector: the ids of its terms and their weights. */
export interface SparseVector {
  terms: Int32Array;
  weights: Float64Array;
}

/**
 * The terms of one comparison, numbered in order of first appearance: each word, and each pair of
 * consecutive words. A pair is looked up by its two words' numbers, so no pair text is built for an
 * occurrence, only for a new pair.
 */
export class TermTable {
  /** Each term's text, by id: a word, or two words and a space. */
  readonly texts: string[] = [];
  private readonly words = new Map<string, number>();
  /** Pair ids by {@link pairKey}. */
  private readonly pairs = new Map<number, number>();
  /** Count per term id while one document is counted (zero outside count()). */
  private scratch = new Int32Array(4096);

  /** Term counts of a document given as runs of words; a pair never spans two runs. */
  count(runs: Iterable<string>[]): TermCounts {
    const terms: number[] = [];
    for (const run of runs) {
      let previous = -1;
      for (const word of run) {
        const term = this.word(word);
        this.note(term, terms);
        if (previous >= 0) this.note(this.pair(previous, term), terms);
        previous = term;
      }
    }
    const counts = terms.map((term) => this.scratch[term]!);
    for (const term of terms) this.scratch[term] = 0;
    return { terms, counts };
  }

  /**
   * Term counts of a coded document (see {@link codeDocument}): each distinct word is looked up
   * once, and the runs are read as numbers straight from the string.
   */
  countCoded(coded: string): TermCounts {
    const newline = coded.indexOf('\n');
    const head = coded.slice(0, newline);
    const ids = head === '' ? [] : head.split(' ').map((word) => this.word(word));
    const terms: number[] = [];
    let previous = -1;
    let index = -1;
    const take = () => {
      if (index < 0) return;
      const term = ids[index]!;
      this.note(term, terms);
      if (previous >= 0) this.note(this.pair(previous, term), terms);
      previous = term;
      index = -1;
    };
    for (let i = newline + 1; i < coded.length; i++) {
      const code = coded.charCodeAt(i);
      if (code >= 48 && code <= 57) index = (index < 0 ? 0 : index * 10) + code - 48;
      else {
        take();
        if (code === 44) previous = -1; // "," ends a run
      }
    }
    take();
    const counts = terms.map((term) => this.scratch[term]!);
    for (const term of terms) this.scratch[term] = 0;
    return { terms, counts };
  }

  /** Counts one occurrence of a term; its first adds it to the document's terms. */
  private note(term: number, terms: number[]): void {
    if (term >= this.scratch.length) {
      const grown = new Int32Array(this.scratch.length * 2);
      grown.set(this.scratch);
      this.scratch = grown;
    }
    const seen = this.scratch[term]!;
    this.scratch[term] = seen + 1;
    if (seen === 0) terms.push(term);
  }

  private word(word: string): number {
    let id = this.words.get(word);
    if (id === undefined) {
      id = this.texts.push(word) - 1;
      this.words.set(word, id);
    }
    return id;
  }

  private pair(first: number, second: number): number {
    const key = pairKey(first, second);
    let id = this.pairs.get(key);
    if (id === undefined) {
      id = this.texts.push(`${this.texts[first]} ${this.texts[second]}`) - 1;
      this.pairs.set(key, id);
    }
    return id;
  }
}

/**
 * One number for a pair of term ids. Below 2^15 each (every comparison of two plans so far), the
 * key is a small integer, which V8 hashes fastest; beyond, a larger one, still exact and distinct.
 */
function pairKey(first: number, second: number): number {
  return first < 2 ** 15 && second < 2 ** 15 ? first * 2 ** 15 + second : 2 ** 31 + first * 2 ** 26 + second;
}

/**
 * A document given as runs of words, coded to be stored and counted again cheaply: its distinct
 * words once, space-separated, then a newline and, per run, the indexes of its words in that list
 * (space-separated; runs separated by ","). "tai nguyen moi truong\n0 1 2 3,0 1" is two runs.
 * Words must not contain spaces, commas or newlines.
 */
export function codeDocument(runs: string[][]): string {
  const index = new Map<string, number>();
  const words: string[] = [];
  const coded = runs.map((run) =>
    run
      .map((word) => {
        let at = index.get(word);
        if (at === undefined) {
          at = words.push(word) - 1;
          index.set(word, at);
        }
        return at;
      })
      .join(' '),
  );
  return `${words.join(' ')}\n${coded.join(',')}`;
}

/** How many of the documents contain each term (`df[termId]`). */
export function documentFrequencies(documents: TermCounts[], vocabularySize: number): Int32Array {
  const df = new Int32Array(vocabularySize);
  for (const doc of documents) for (const term of doc.terms) df[term]!++;
  return df;
}

/**
 * Unit-length TF-IDF vectors: sublinear tf (1 + ln tf) and smoothed idf (ln((n + 1) / (df + 1)) + 1),
 * with `df` counted over all `n` documents of the comparison.
 */
export function vectors(documents: TermCounts[], df: Int32Array, n: number): SparseVector[] {
  // Each term's idf, worked out once (0: not yet; an idf is at least 1).
  const idf = new Float64Array(df.length);
  return documents.map((doc) => {
    const terms = Int32Array.from(doc.terms);
    const weights = new Float64Array(terms.length);
    let norm = 0;
    for (let k = 0; k < terms.length; k++) {
      const term = terms[k]!;
      const termIdf = idf[term] || (idf[term] = Math.log((n + 1) / (df[term]! + 1)) + 1);
      const weight = (1 + Math.log(doc.counts[k]!)) * termIdf;
      weights[k] = weight;
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
    return { terms, weights };
  });
}

/**
 * Cosines of every vector of `before` with every vector of `after` (`[i][j]`), through an inverted
 * index of `after`: each term of a `before` vector visits only the vectors that share it.
 */
export function cosines(before: SparseVector[], after: SparseVector[], vocabularySize: number): Float64Array[] {
  // Postings in compressed rows: the entries of term t are start[t] .. start[t + 1] - 1.
  const start = new Int32Array(vocabularySize + 1);
  for (const vector of after) for (const term of vector.terms) start[term + 1]!++;
  for (let t = 0; t < vocabularySize; t++) start[t + 1]! += start[t]!;
  const fill = start.slice(0, vocabularySize);
  const total = start[vocabularySize]!;
  const postingDoc = new Int32Array(total);
  const postingWeight = new Float64Array(total);
  after.forEach((vector, doc) =>
    vector.terms.forEach((term, k) => {
      const at = fill[term]!++;
      postingDoc[at] = doc;
      postingWeight[at] = vector.weights[k]!;
    }),
  );
  return before.map((vector) => {
    const row = new Float64Array(after.length);
    for (let k = 0; k < vector.terms.length; k++) {
      const term = vector.terms[k]!;
      const weight = vector.weights[k]!;
      for (let p = start[term]!; p < start[term + 1]!; p++) row[postingDoc[p]!]! += weight * postingWeight[p]!;
    }
    return row;
  });
}

/**
 * Each shared term's part in the weighted sum of cosines of pairs of vectors (`shares[k]` weighs
 * pair k). `scratch` is all zeros, as long as the vocabulary, and is left so.
 */
export function sharedTermParts(pairs: [SparseVector, SparseVector][], shares: number[], scratch: Float64Array): Map<number, number> {
  const parts = new Map<number, number>();
  pairs.forEach(([a, b], k) => {
    const share = shares[k]!;
    b.terms.forEach((term, i) => (scratch[term] = b.weights[i]!));
    a.terms.forEach((term, i) => {
      // Weights are never zero (tf ≥ 1, idf ≥ 1), so zero means "not in b".
      const other = scratch[term]!;
      if (other !== 0) parts.set(term, (parts.get(term) ?? 0) + share * a.weights[i]! * other);
    });
    b.terms.forEach((term) => (scratch[term] = 0));
  });
  return parts;
}
