/**
 * The synthetic mark: generated texts carry it and the parser reads it; no real plan is marked by
 * words in its body, and a marker below the header does not count.
 */
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/corpus.ts';
import { hasSyntheticMarker, markSynthetic, SYNTHETIC_TAG, syntheticMarkerLine } from '../../../server/src/ingest/synthetic-marker.ts';
import { demoSeries } from '../../../server/src/synthetic/demo-series.ts';
import { glossary, lineOf, parse, seedText } from './helpers.ts';

describe('the synthetic marker', () => {
  it('is absent from the real seed plan', () => {
    expect(parse(seedText).plan.synthetic).toBe(false);
  });

  it('marks every plan of the bench corpus and of the demo series', () => {
    for (const plan of generateCorpus(seedText, glossary, { plans: 3, seed: 7 })) expect(parse(plan.text, plan.fileName).plan.synthetic).toBe(true);
    for (const plan of demoSeries(seedText, glossary)) expect(parse(plan.text, plan.fileName).plan.synthetic).toBe(true);
  });

  it('says what it is in both languages and names what made the text', () => {
    const line = syntheticMarkerLine('bench corpus, seed 7');
    expect(line.startsWith(SYNTHETIC_TAG)).toBe(true);
    expect(line).toContain('KHÔNG PHẢI VĂN BẢN THẬT');
    expect(line).toContain('NOT A REAL DOCUMENT');
    expect(line).toContain('bench corpus, seed 7');
  });

  it('is put on top once, however often a text is marked', () => {
    const once = markSynthetic(seedText, 'test');
    expect(markSynthetic(once, 'again')).toBe(once);
    expect(once.split('\n')[0]).toBe(syntheticMarkerLine('test'));
  });

  it('counts only as a line of its own above the document header', () => {
    const lines = seedText.split('\n');
    const header = lineOf(seedText, 'ỦY BAN NHÂN DÂN');
    // Quoted inside a paragraph of the plan's body: a real plan stays real.
    const inBody = seedText.replace('Căn cứ Nghị quyết số 08-NQ/TU', `Căn cứ ${SYNTHETIC_TAG} Nghị quyết số 08-NQ/TU`);
    expect(parse(inBody).plan.synthetic).toBe(false);
    // A line of its own, but below the header.
    const below = [...lines.slice(0, header + 5), syntheticMarkerLine('x'), ...lines.slice(header + 5)].join('\n');
    expect(parse(below).plan.synthetic).toBe(false);
    // Words that say "synthetic" or "summary" in Vietnamese are not the marker.
    const words = ['Dữ liệu tổng hợp, mô phỏng (synthetic)', ...lines].join('\n');
    expect(parse(words).plan.synthetic).toBe(false);
    // Above the header, after the site's menus, indented: marked.
    const above = [...lines.slice(0, 3), `   ${syntheticMarkerLine('x')}`, ...lines.slice(3)].join('\n');
    expect(parse(above).plan.synthetic).toBe(true);
    expect(hasSyntheticMarker([syntheticMarkerLine('x')], 1)).toBe(false);
    expect(hasSyntheticMarker([syntheticMarkerLine('x')], 2)).toBe(true);
  });
});
