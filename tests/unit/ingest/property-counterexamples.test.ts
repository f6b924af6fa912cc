/**
 * The counterexamples the property tests (properties.test.ts) found, each written out as the seed
 * transformation it shrank to, so the defect it showed stays fixed whatever seed fast-check runs.
 */
import { describe, expect, it } from 'vitest';
import type { ParsedPlan } from '../../../server/src/ingest/types.ts';
import { lineOf, parse, seedText, tasks, weaknesses } from './helpers.ts';
import { EXPECTED } from './seed-facts.ts';
import { swapGlyphs, truncateAt } from './seed-transforms.ts';

const seed = parse(seedText);
const shape = (parsed: ParsedPlan) => weaknesses(parsed).map((w) => [w.code, w.causes.length, w.tasks.length]);

/** Replaces the seed line that starts with `start` by `lines`. */
function rewriteLine(start: string, lines: (line: string) => string[]): string {
  const all = seedText.split('\n');
  const index = lineOf(seedText, start) - 1;
  all.splice(index, 1, ...lines(all[index]!));
  return all.join('\n');
}

/** No source line belongs to two tasks. */
function expectDisjointTasks(parsed: ParsedPlan): void {
  const spans = tasks(parsed)
    .map((t) => [t.provenance.lineStart, t.provenance.lineEnd] as const)
    .sort((a, b) => a[0] - b[0]);
  spans.forEach(([start], i) => i > 0 && expect(start).toBeGreaterThan(spans[i - 1]![1]));
}

describe('counterexamples found by the property tests', () => {
  it('a preamble bulleted by mistake ("+ Căn cứ …") does not swallow the plan: headings never nest under a bullet', () => {
    const parsed = parse(rewriteLine('Căn cứ Nghị quyết số 08-NQ/TU', (line) => [`+ ${line}`]));
    expect(weaknesses(parsed).map((w) => w.code)).toEqual(EXPECTED.map(([code]) => code));
    expect(shape(parsed)).toEqual(shape(seed));
    expect(parsed.references.filter((r) => r.symbol)).toHaveLength(66);
  });

  it.each([
    ['"2.2." / "Vi phạm …"', (line: string) => ['2.2.', line.slice('2.2. '.length)]],
    ['"2.2" / ". Vi phạm …"', (line: string) => ['2.2', line.slice('2.2'.length)]],
  ])('a weakness heading wrapped after its number (%s) is one heading, and its tasks are read once', (_, wrap) => {
    const parsed = parse(rewriteLine('2.2. Vi phạm trật tự xây dựng', wrap));
    expect(shape(parsed)).toEqual(shape(seed));
    const iv2 = weaknesses(parsed).find((w) => w.code === 'IV.2')!;
    expect(iv2).toMatchObject({ printedNumber: '2.2.', statement: weaknesses(seed).find((w) => w.code === 'IV.2')!.statement });
    expectDisjointTasks(parsed);
  });

  it('a weakness left nested in another (sub-items renumbered "IV.") keeps its own tasks: no paragraph is read into two tasks', () => {
    const parsed = parse(swapGlyphs(seedText, '-', 'IV.'));
    expectDisjointTasks(parsed);
  });

  it('a body of a "{place}" glossary entry named without its place (a text cut after "Ban Quản lý Khu kinh tế") gets no template slot', () => {
    const at = seedText.indexOf('- Ban Quản lý Khu kinh tế Nghi Sơn và các Khu công nghiệp chủ trì') + '- Ban Quản lý Khu kinh tế'.length;
    const parsed = parse(truncateAt(seedText, at));
    const board = parsed.agencies.find((a) => a.key === 'ban-quan-ly-khu-kinh-te')!;
    expect(board).toMatchObject({ name: 'Ban Quản lý Khu kinh tế', nameEn: 'Management Board of Economic Zone', verified: true });
    for (const agency of parsed.agencies) expect(`${agency.name} ${agency.nameEn} ${agency.aliases.join(' ')}`).not.toMatch(/\{\w+\}/);
  });
});
