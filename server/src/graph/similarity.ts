/**
 * How alike two plans' weaknesses are: TF-IDF cosine (tfidf.ts) over diacritic-folded syllables
 * and syllable pairs (Vietnamese words are mostly two syllables), with the pairing rule that turns
 * scores into recurrences. Reading Vietnamese (folding, function words) is ours: the maintained
 * JavaScript TF-IDF packages bring English tokenisers and stemmers we would not use.
 *
 * Deterministic and local to a pair of plans: the inverse document frequencies come from the two
 * plans' weaknesses only, so a score never changes when other plans are imported or removed, and
 * re-importing one plan recomputes exactly the links that touch it.
 */
import { foldedWords } from '../../../shared/fold.ts';
import { codeDocument, cosines, documentFrequencies, sharedTermParts, TermTable, vectors, type SparseVector, type TermCounts } from './tfidf.ts';

/**
 * Name and version of the method, stored on every link it makes and on every plan it linked. Change
 * it whenever scores or the stored words would change (the function words, the folding, the
 * weights): plans linked by another method are then read from their texts and scored again, in
 * comparisons and at the next import of their province, until they are imported again.
 */
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

/**
 * A weakness's content words as the method reads them and the importer stores them with it
 * (Weakness.statementWords: the statement's; Weakness.contextWords: each cause's and task's, one
 * run per text), coded by tfidf.ts's codeDocument. Reading them back spares a comparison folding
 * the texts and looking up every word again: the seed and another province's plan pair in 5.2 ms
 * from their words against 9.5 ms from their texts (bench/pair-weaknesses.ts).
 */
export interface WeaknessWords {
  id: string;
  statementWords: string;
  contextWords: string;
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

/** Folded syllables of a text that carry subject: no function words, no digits alone (years and counts differ from plan to plan). */
function contentWords(text: string): string[] {
  return foldedWords(text).filter((word) => !FUNCTION_WORDS.has(word) && !/^\d+$/.test(word));
}

/** The words of a weakness as they are stored with it (see {@link WeaknessWords}). */
export function weaknessWords(weakness: WeaknessText): WeaknessWords {
  return {
    id: weakness.id,
    statementWords: codeDocument([contentWords(weakness.statement)]),
    contextWords: codeDocument([...weakness.causes, ...weakness.tasks].map(contentWords)),
  };
}

/**
 * Share of the statement in the score; causes and tasks make up the rest. The statement says what
 * the weakness is; causes and tasks confirm it, but a plan often rewrites them (and many tasks are
 * stock phrases shared by unrelated weaknesses), so they weigh less.
 */
export const STATEMENT_SHARE = 0.7;

/** One plan's weaknesses, counted: the statement's terms and the context's (causes and tasks). */
interface CountedPlan {
  ids: string[];
  statements: TermCounts[];
  contexts: TermCounts[];
}

/** Statement and context vectors of one plan's weaknesses. */
interface PlanVectors {
  statements: SparseVector[];
  contexts: SparseVector[];
}

/**
 * Pairs the weaknesses of an earlier and a later plan (the rule: {@link matchWeaknesses}), each plan
 * counted on its own, from its texts or from its stored words. The result does not depend on which
 * plan was counted first.
 */
export class WeaknessPairing {
  private readonly terms = new TermTable();
  private earlier: CountedPlan | null = null;
  private later: CountedPlan | null = null;

  countEarlier(weaknesses: (WeaknessText | WeaknessWords)[]): this {
    this.earlier = this.countPlan(weaknesses);
    return this;
  }

  countLater(weaknesses: (WeaknessText | WeaknessWords)[]): this {
    this.later = this.countPlan(weaknesses);
    return this;
  }

  /** Counts each weakness from its stored words when it has them, else from its texts (the same counts). */
  private countPlan(weaknesses: (WeaknessText | WeaknessWords)[]): CountedPlan {
    const stored = (w: WeaknessText | WeaknessWords): w is WeaknessWords => 'contextWords' in w;
    return {
      ids: weaknesses.map((w) => w.id),
      statements: weaknesses.map((w) => (stored(w) ? this.terms.countCoded(w.statementWords) : this.terms.count([contentWords(w.statement)]))),
      contexts: weaknesses.map((w) => (stored(w) ? this.terms.countCoded(w.contextWords) : this.terms.count([...w.causes, ...w.tasks].map(contentWords)))),
    };
  }

  /** The pairs that are the same weakness, sorted by earlier id, then later id. */
  match(threshold = RECURRENCE_THRESHOLD): WeaknessMatch[] {
    const { earlier, later } = this;
    if (earlier === null || later === null) throw new Error('WeaknessPairing.match: count both plans first');
    if (earlier.ids.length === 0 || later.ids.length === 0) return [];
    const size = this.terms.texts.length;
    const n = earlier.ids.length + later.ids.length;
    const statementDf = documentFrequencies([...earlier.statements, ...later.statements], size);
    const contextDf = documentFrequencies([...earlier.contexts, ...later.contexts], size);
    const vectorsOf = (plan: CountedPlan): PlanVectors => ({
      statements: vectors(plan.statements, statementDf, n),
      contexts: vectors(plan.contexts, contextDf, n),
    });
    const [before, after] = [vectorsOf(earlier), vectorsOf(later)];
    const scores = scoreMatrix(before, after, size);

    const bestLater = scores.map((row) => bestIndex(row, later.ids));
    const bestEarlier = later.ids.map((_, j) =>
      bestIndex(
        scores.map((row) => row[j]!),
        earlier.ids,
      ),
    );
    const matches: WeaknessMatch[] = [];
    // Each term's weight in the later weakness while a pair is explained (zero between pairs).
    const scratch = new Float64Array(size);
    scores.forEach((row, i) =>
      row.forEach((score, j) => {
        if (score < threshold || (bestLater[i] !== j && bestEarlier[j] !== i)) return;
        const terms = this.explainingTerms(before, after, i, j, scratch);
        matches.push({ earlier: earlier.ids[i]!, later: later.ids[j]!, score: Math.round(score * 1000) / 1000, terms });
      }),
    );
    return matches.sort(byPair);
  }

  /**
   * The shared terms that weigh most in a pair's score, heaviest first (ties in term order). Worked
   * out for linked pairs only: done for every pair, it took half of a comparison's time.
   */
  private explainingTerms(before: PlanVectors, after: PlanVectors, i: number, j: number, scratch: Float64Array): string[] {
    const pairs: [SparseVector, SparseVector][] = [[before.statements[i]!, after.statements[j]!]];
    if (withContext(before, after, i, j)) pairs.push([before.contexts[i]!, after.contexts[j]!]);
    const parts = sharedTermParts(pairs, pairs.length === 2 ? [STATEMENT_SHARE, 1 - STATEMENT_SHARE] : [1], scratch);
    // The heaviest few, kept in order as the parts go by (sorting every shared term took longer).
    const heaviest: { text: string; part: number }[] = [];
    const heavier = (x: { text: string; part: number }, y: { text: string; part: number }) => x.part > y.part || (x.part === y.part && x.text < y.text);
    for (const [term, part] of parts) {
      const entry = { text: this.terms.texts[term]!, part };
      if (heaviest.length === EXPLAINING_TERMS && !heavier(entry, heaviest.at(-1)!)) continue;
      let at = heaviest.length;
      while (at > 0 && heavier(entry, heaviest[at - 1]!)) at--;
      heaviest.splice(at, 0, entry);
      if (heaviest.length > EXPLAINING_TERMS) heaviest.pop();
    }
    return heaviest.map((entry) => entry.text);
  }
}

/** True when both weaknesses state causes or tasks: only then do their contexts count. */
function withContext(before: PlanVectors, after: PlanVectors, i: number, j: number): boolean {
  return before.contexts[i]!.terms.length > 0 && after.contexts[j]!.terms.length > 0;
}

/**
 * The score matrix `[i][j]`: the statements' cosine and the contexts' cosine, weighed by
 * {@link STATEMENT_SHARE}; a weakness stated with no cause or task is judged by its statement alone.
 */
function scoreMatrix(before: PlanVectors, after: PlanVectors, vocabularySize: number): Float64Array[] {
  const statements = cosines(before.statements, after.statements, vocabularySize);
  const contexts = cosines(before.contexts, after.contexts, vocabularySize);
  return statements.map((row, i) =>
    row.map((statement, j) => (withContext(before, after, i, j) ? STATEMENT_SHARE * statement + (1 - STATEMENT_SHARE) * contexts[i]![j]! : statement)),
  );
}

/** Index of the highest value; ties go to the first in id order, so that the order rows arrived in never matters. */
function bestIndex(values: ArrayLike<number>, ids: string[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]! || (values[i] === values[best] && ids[i]! < ids[best]!)) best = i;
  return best;
}

/**
 * Pairs the weaknesses of an earlier and a later plan that are the same weakness: the score reaches
 * the threshold, and one side is the other's best match in its plan. The second rule keeps a
 * generic weakness from pairing with everything, while a weakness split in two, or two merged into
 * one, still pair with each part. Sorted by earlier id, then later id.
 *
 * Symmetric: swapping the plans swaps the sides of each pair and changes nothing else, so a
 * comparison may read the links the importer stored in either direction.
 */
export function matchWeaknesses(
  earlier: (WeaknessText | WeaknessWords)[],
  later: (WeaknessText | WeaknessWords)[],
  threshold = RECURRENCE_THRESHOLD,
): WeaknessMatch[] {
  return new WeaknessPairing().countEarlier(earlier).countLater(later).match(threshold);
}

/** The order of matches: by the first plan's weakness id, then the second's. */
export function byPair(x: WeaknessMatch, y: WeaknessMatch): number {
  return x.earlier < y.earlier ? -1 : x.earlier > y.earlier ? 1 : x.later < y.later ? -1 : x.later > y.later ? 1 : 0;
}
