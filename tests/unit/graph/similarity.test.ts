/**
 * The recurrence method on its own (no database): deterministic, explained, and measured on the
 * hand-labelled pairs (the integration test measures the same through the importer and Neo4j).
 */
import { describe, expect, it } from 'vitest';
import { matchWeaknesses, RECURRENCE_THRESHOLD, WeaknessPairing, weaknessWords, type WeaknessText } from '../../../server/src/graph/similarity.ts';
import type { ParsedPlan } from '../../../server/src/ingest/types.ts';
import { makeSeedVariant, readSeed } from '../../../server/src/synthetic/seed-variant.ts';
import { seedFacts } from '../../../server/src/synthetic/text-rewrites.ts';
import { labelledCases, precisionRecall } from '../../fixtures/recurrence-labels.ts';
import { glossary, parse, seedText, weaknesses } from '../ingest/helpers.ts';

const seed = readSeed(seedText, glossary);
const facts = seedFacts(seedText, glossary);
const texts = (plan: ParsedPlan): WeaknessText[] =>
  weaknesses(plan).map((w) => ({ id: w.code, statement: w.statement, causes: w.causes.map((c) => c.text), tasks: w.tasks.map((t) => t.text) }));
const cases = labelledCases(seed).map((c) => {
  const [earlier, later] = [makeSeedVariant(seedText, seed, facts, c.earlier), makeSeedVariant(seedText, seed, facts, c.later)];
  return { ...c, earlierPlan: parse(earlier.text, earlier.fileName), laterPlan: parse(later.text, later.fileName), lineage: [earlier.lineage, later.lineage] };
});

describe('matchWeaknesses', () => {
  it('pairs a plan with itself weakness by weakness, at score 1', () => {
    const plan = texts(seed);
    const matches = matchWeaknesses(plan, plan);
    expect(matches.map((m) => [m.earlier, m.later])).toEqual(plan.map((w) => [w.id, w.id]).sort());
    expect(matches.every((m) => m.score === 1)).toBe(true);
  });

  it('does not depend on the order the weaknesses arrive in', () => {
    const [a, b] = [texts(cases[0]!.earlierPlan), texts(cases[0]!.laterPlan)];
    expect(matchWeaknesses([...a].reverse(), [...b].reverse())).toEqual(matchWeaknesses(a, b));
  });

  it('is symmetric: the plans swapped give the same pairs, sides swapped, with the same scores and terms', () => {
    for (const c of cases) {
      const [a, b] = [texts(c.earlierPlan), texts(c.laterPlan)];
      const swapped = matchWeaknesses(b, a)
        .map((m) => ({ ...m, earlier: m.later, later: m.earlier }))
        .sort((x, y) => (x.earlier < y.earlier ? -1 : x.earlier > y.earlier ? 1 : x.later < y.later ? -1 : 1));
      expect(swapped, c.name).toEqual(matchWeaknesses(a, b));
    }
  });

  it('gives the same pairs from the words stored at import as from the texts, whichever plan is counted first', () => {
    for (const c of cases) {
      const [a, b] = [texts(c.earlierPlan), texts(c.laterPlan)];
      const expected = matchWeaknesses(a, b);
      expect(expected.length, c.name).toBeGreaterThan(0);
      expect(matchWeaknesses(a.map(weaknessWords), b.map(weaknessWords)), c.name).toEqual(expected);
      expect(matchWeaknesses(a, b.map(weaknessWords)), c.name).toEqual(expected);
      expect(new WeaknessPairing().countLater(b).countEarlier(a.map(weaknessWords)).match(), c.name).toEqual(expected);
    }
  });

  it('refuses to pair before both plans are counted', () => {
    expect(() => new WeaknessPairing().countEarlier(texts(seed)).match()).toThrow(/count both plans/);
  });

  it('explains a score by the folded terms the two weaknesses share', () => {
    const [clearance] = matchWeaknesses(texts(cases[0]!.earlierPlan), texts(cases[0]!.laterPlan)).filter((m) => m.earlier === 'VII.1');
    expect(clearance!.terms.length).toBeGreaterThan(0);
    expect(clearance!.terms.some((term) => term.includes('mat bang'))).toBe(true);
  });

  it('links nothing between unrelated weaknesses', () => {
    const pick = (code: string) => texts(seed).filter((w) => w.id === code);
    expect(matchWeaknesses(pick('VI.6'), pick('VIII.1'))).toEqual([]);
  });
});

describe('the hand-labelled pairs', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s: labels agree with how the plans were made', (_name, c) => {
    const made = c.lineage[0]!.flatMap((x) => c.lineage[1]!.filter((y) => x.from.some((code) => y.from.includes(code))).map((y) => [x.code, y.code]));
    expect(new Set(c.same.map((p) => p.join(' → ')))).toEqual(new Set(made.map((p) => p.join(' → '))));
  });

  it(`reach precision ≥ 0.9 at the threshold ${RECURRENCE_THRESHOLD}, recall reported`, () => {
    const found = cases.flatMap((c) =>
      matchWeaknesses(texts(c.earlierPlan), texts(c.laterPlan)).map((m) => [`${c.key}:${m.earlier}`, `${c.key}:${m.later}`] as [string, string]),
    );
    const same = cases.flatMap((c) => c.same.map(([a, b]) => [`${c.key}:${a}`, `${c.key}:${b}`] as [string, string]));
    const result = precisionRecall(found, same);
    console.log(
      `recurrence on ${same.length} labelled pairs (pure): precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)}; ` +
        `false: ${result.falsePositives.join(', ') || 'none'}; missed: ${result.missed.join(', ') || 'none'}`,
    );
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.recall).toBeGreaterThan(0.5);
  });
});
