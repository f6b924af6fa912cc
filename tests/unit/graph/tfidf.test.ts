/**
 * The sparse TF-IDF arithmetic on its own: counting (from words and from the coded form the
 * importer stores), the weights, and cosines checked against a plain computation with maps.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeDocument, cosines, documentFrequencies, TermTable, vectors, type TermCounts } from '../../../server/src/graph/tfidf.ts';

/** Counts as a map from term text to count, whatever the numbering. */
function named(table: TermTable, counts: TermCounts): Map<string, number> {
  return new Map(counts.terms.map((term, k) => [table.texts[term]!, counts.counts[k]!]));
}

const word = fc.stringMatching(/^[a-z0-9]{1,4}$/);
const runs = fc.array(fc.array(word, { maxLength: 12 }), { maxLength: 5 });

describe('TermTable', () => {
  it('counts words and the pairs of consecutive words, never across two runs', () => {
    const table = new TermTable();
    const counts = named(
      table,
      table.count([
        ['dat', 'dai', 'dat', 'dai'],
        ['dai', 'dat'],
      ]),
    );
    expect(counts).toEqual(
      new Map([
        ['dat', 3],
        ['dai', 3],
        ['dat dai', 2],
        ['dai dat', 2],
      ]),
    );
  });

  it('counts a coded document exactly as the runs it was made from', () => {
    fc.assert(
      fc.property(runs, (document) => {
        const table = new TermTable();
        const coded = codeDocument(document);
        expect(table.countCoded(coded)).toEqual(table.count(document));
      }),
      { numRuns: 300 },
    );
  });

  it('codes the distinct words once, then the runs as indexes', () => {
    expect(codeDocument([['tai', 'nguyen', 'tai'], [], ['nguyen']])).toBe('tai nguyen\n0 1 0,,1');
    expect(codeDocument([])).toBe('\n');
    expect(new TermTable().countCoded('\n')).toEqual({ terms: [], counts: [] });
  });
});

describe('vectors and cosines', () => {
  it('weigh terms by sublinear tf and smoothed idf, unit length, with cosines as plain dot products', () => {
    fc.assert(
      fc.property(fc.array(runs, { minLength: 2, maxLength: 6 }), (documents) => {
        const table = new TermTable();
        const counts = documents.map((doc) => table.count(doc));
        const size = table.texts.length;
        const df = documentFrequencies(counts, size);
        const list = vectors(counts, df, counts.length);
        // The same weights worked out term by term with maps of strings.
        const plain = counts.map((doc) => {
          const weights = new Map(doc.terms.map((term, k) => [term, (1 + Math.log(doc.counts[k]!)) * (Math.log((counts.length + 1) / (df[term]! + 1)) + 1)]));
          const norm = Math.sqrt([...weights.values()].reduce((sum, w) => sum + w * w, 0)) || 1;
          return new Map([...weights].map(([term, w]) => [term, w / norm]));
        });
        const [before, after] = [list.slice(0, 1), list.slice(1)];
        const matrix = cosines(before, after, size);
        after.forEach((_, j) => {
          const dot = [...plain[0]!].reduce((sum, [term, w]) => sum + w * (plain[j + 1]!.get(term) ?? 0), 0);
          expect(matrix[0]![j]).toBeCloseTo(dot, 12);
        });
        list.forEach((vector, i) => {
          if (vector.terms.length > 0) expect(vector.weights.reduce((sum, w) => sum + w * w, 0)).toBeCloseTo(1, 12);
          vector.terms.forEach((term, k) => expect(vector.weights[k]).toBeCloseTo(plain[i]!.get(term)!, 12));
        });
      }),
      { numRuns: 200 },
    );
  });
});
