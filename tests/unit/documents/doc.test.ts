/**
 * Word 97–2003 (.doc): no npm library writes one, so the fixture was made once from the seed's
 * .docx rendering by LibreOffice (recipe in tests/fixtures/README.md); word-extractor reads it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectSeedFacts, readAndParse } from './seed-facts.ts';

const fixture = readFileSync(fileURLToPath(new URL('../../fixtures/83-KH-UBND-2022.doc', import.meta.url)));

describe('a Word 97–2003 file (.doc) of the seed', async () => {
  const { document, parsed } = await readAndParse(fixture, '83-KH-UBND-2022.doc');

  it('is read as .doc, a paragraph per line, located by paragraph', () => {
    expect(document.format).toBe('doc');
    const lines = document.text.split('\n');
    expect(lines).toContain('KẾ HOẠCH');
    expect(lines).toContain('1.1. Nguyên nhân');
    expect(lines.at(-1)).toBe('Đỗ Minh Tuấn');
    expect(document.locations).toHaveLength(lines.length);
    expect(document.locations![lines.indexOf('KẾ HOẠCH')]!.paragraph).toBeGreaterThan(5);
  });

  it('is the same plan as the web page', () => {
    expect(parsed.plan.place).toBe('Thanh Hóa');
    expectSeedFacts(parsed);
  });
});
