/**
 * How alike two plans' weaknesses are: TF-IDF cosine over diacritic-folded word n-grams
 * (Salton and Buckley 1988; Manning, Raghavan and Schütze, "Introduction to Information
 * Retrieval", ch. 6), with the pairing rule that turns scores into recurrences.
 *
 * Written here rather than taken from a library: the arithmetic is a few lines, while the part that
 * matters, reading Vietnamese (folding, syllable n-grams, function words), is ours either way, and
 * the maintained JavaScript TF-IDF packages bring English tokenisers and stemmers we would not use.
 *
 * Deterministic and local to a pair of plans: the inverse document frequencies come from the two
 * plans' weaknesses only, so a score never changes when other plans are imported or removed, and
 * re-importing one plan recomputes exactly the links that touch it.
 */
import { fold } from '../../../shared/fold.ts';

/** Name and version of the method, stored on every link it makes. */
export const RECURRENCE_METHOD = 'tfidf-cosine-v1';

/**
 * Lowest score that counts as the same weakness. Chosen on the labelled pairs
 * (tests/fixtures/recurrence-pairs.ts) for precision first: see tests/integration/recurrence.test.ts.
 */
export const RECURRENCE_THRESHOLD = 0.4;

/** How many of the heaviest shared terms are kept to explain a score. */
const EXPLAINING_TERMS = 5;

/** A weakness as the comparison reads it. */
export interface WeaknessText {
  id: string;
  statement: string;
  causes: string[];
  tasks: string[];
}

/** A scored pair: `earlier` belongs to the first plan given, `later` to the second. */
export interface WeaknessMatch {
  earlier: string;
  later: string;
  score: number;
  /** The shared n-grams that weigh most in the score, heaviest first (folded). */
  terms: string[];
}

/**
 * Vietnamese function syllables (folded) that carry no subject: conjunctions, prepositions,
 * quantifiers, aspect markers. Content syllables such as "chua" (not yet) stay: IDF weighs them.
 */
const FUNCTION_WORDS = new Set(
  'va cua cac nhung mot so con da duoc trong cho voi tai o la co theo de nhu tu den ve nay do thi ma cung nhat bi vi hoac neu tren khi lai ra vao nen rat'.split(
    ' ',
  ),
);

/** Folded content syllables of a text, digits dropped (years and counts differ from plan to plan). */
export function contentWords(text: string): string[] {
  return fold(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0 && !/^\d+$/.test(word) && !FUNCTION_WORDS.has(word));
}

/**
 * Share of the statement in the score; causes and tasks make up the rest. The statement says what
 * the weakness is; causes and tasks confirm it, but a plan often rewrites them (and many tasks are
 * stock phrases shared by unrelated weaknesses), so they weigh less.
 */
export const STATEMENT_SHARE = 0.7;

/** Term counts of texts: folded syllables and syllable pairs (Vietnamese words are mostly two syllables). */
function termCounts(texts: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const words = contentWords(text);
    for (let i = 0; i < words.length; i++) {
      counts.set(words[i]!, (counts.get(words[i]!) ?? 0) + 1);
      if (i + 1 < words.length) {
        const pair = `${words[i]} ${words[i + 1]}`;
        counts.set(pair, (counts.get(pair) ?? 0) + 1);
      }
    }
  }
  return counts;
}

type Vector = Map<string, number>;

/** Unit-length TF-IDF vectors (sublinear tf, smoothed idf) of a set of documents. */
function vectors(documents: Map<string, number>[]): Vector[] {
  const df = new Map<string, number>();
  for (const doc of documents) for (const term of doc.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = documents.length;
  return documents.map((doc) => {
    const vector: Vector = new Map();
    let norm = 0;
    for (const [term, tf] of doc) {
      const weight = (1 + Math.log(tf)) * (Math.log((n + 1) / (df.get(term)! + 1)) + 1);
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  });
}

/** Cosine of two unit vectors; `parts`, when given, receives each shared term's part of it. */
function cosine(a: Vector, b: Vector, share: number, parts?: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let score = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other === undefined) continue;
    score += weight * other;
    parts?.set(term, (parts.get(term) ?? 0) + share * weight * other);
  }
  return score;
}

/** Statement and context (causes and tasks) vectors of every weakness of both plans. */
function weaknessVectors(weaknesses: WeaknessText[]): { statement: Vector; context: Vector | null }[] {
  const statements = vectors(weaknesses.map((w) => termCounts([w.statement])));
  const contexts = vectors(weaknesses.map((w) => termCounts([...w.causes, ...w.tasks])));
  return weaknesses.map((_, i) => ({ statement: statements[i]!, context: contexts[i]!.size > 0 ? contexts[i]! : null }));
}

type WeaknessVectors = ReturnType<typeof weaknessVectors>[number];

/**
 * The score of a pair: the statements' cosine and the contexts' cosine, weighed by
 * {@link STATEMENT_SHARE}; a weakness stated with no cause or task is judged by its statement alone.
 * `parts`, when given, receives each shared term's part of the score.
 */
function score(a: WeaknessVectors, b: WeaknessVectors, parts?: Map<string, number>): number {
  const withContext = a.context !== null && b.context !== null;
  const share = withContext ? STATEMENT_SHARE : 1;
  let total = share * cosine(a.statement, b.statement, share, parts);
  if (withContext) total += (1 - share) * cosine(a.context!, b.context!, 1 - share, parts);
  return total;
}

/**
 * The shared terms that weigh most in a pair's score, heaviest first. Worked out for linked pairs
 * only: done for every pair, it took half of a comparison's time.
 */
function explainingTerms(a: WeaknessVectors, b: WeaknessVectors): string[] {
  const parts = new Map<string, number>();
  score(a, b, parts);
  const terms = [...parts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, EXPLAINING_TERMS);
  return terms.map(([term]) => term);
}

/**
 * Pairs the weaknesses of an earlier and a later plan that are the same weakness: the score reaches
 * the threshold, and one side is the other's best match in its plan. The second rule keeps a
 * generic weakness from pairing with everything, while a weakness split in two, or two merged into
 * one, still pair with each part. Sorted by earlier id, then later id.
 */
export function matchWeaknesses(earlier: WeaknessText[], later: WeaknessText[], threshold = RECURRENCE_THRESHOLD): WeaknessMatch[] {
  if (earlier.length === 0 || later.length === 0) return [];
  const all = weaknessVectors([...earlier, ...later]);
  const [before, after] = [all.slice(0, earlier.length), all.slice(earlier.length)];
  const scores = before.map((a) => after.map((b) => score(a, b)));

  // Ties go to the first in id order, so the result never depends on the order rows arrived in.
  const bestIndex = (values: number[], ids: string[]) =>
    values.reduce((best, value, i) => (value > values[best]! || (value === values[best]! && ids[i]! < ids[best]!) ? i : best), 0);
  const laterIds = later.map((w) => w.id);
  const earlierIds = earlier.map((w) => w.id);
  const bestLater = scores.map((row) => bestIndex(row, laterIds));
  const bestEarlier = later.map((_, j) =>
    bestIndex(
      scores.map((row) => row[j]!),
      earlierIds,
    ),
  );

  const matches: WeaknessMatch[] = [];
  scores.forEach((row, i) =>
    row.forEach((score, j) => {
      if (score < threshold || (bestLater[i] !== j && bestEarlier[j] !== i)) return;
      const terms = explainingTerms(before[i]!, after[j]!);
      matches.push({ earlier: earlier[i]!.id, later: later[j]!.id, score: Math.round(score * 1000) / 1000, terms });
    }),
  );
  return matches.sort((x, y) => (x.earlier < y.earlier ? -1 : x.earlier > y.earlier ? 1 : x.later < y.later ? -1 : 1));
}
