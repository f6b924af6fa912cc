/**
 * parseDocument: the page and paragraph of each line reach the records' provenance; a plan cut
 * off before its end is refused, with where it ends, unless partial plans are allowed.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../server/src/ingest/documents/parse-document.ts';
import { fixture, glossary, seedText, weakness } from '../ingest/helpers.ts';
import { seedDocx, seedPdf } from './seed-renderings.ts';

// Printing the seed to PDF (32 pages) and reading it back takes seconds on a loaded 2-core machine.
const RENDERING_TIMEOUT = 60_000;

describe('provenance from the document', () => {
  it(
    'gives Word records the paragraph of their first line',
    async () => {
      const { parsed, document } = await parseDocument(await seedDocx(), { fileName: 'plan.docx', glossary });
      expect(parsed.plan.sourceFormat).toBe('docx');
      expect(parsed.plan.sourceEncoding).toBeNull();
      const lines = document.text.split('\n');
      const heading = weakness(parsed, 'VII.1').provenance;
      expect(heading.paragraph).toBe(document.locations![heading.lineStart - 1]!.paragraph);
      expect(lines[heading.lineStart - 1]).toMatch(/^1\. /);
      expect(heading.page).toBeUndefined();
      expect(parsed.plan.provenance.paragraph).toBe(1);
    },
    RENDERING_TIMEOUT,
  );

  it(
    'gives PDF records their page and their paragraph on it',
    async () => {
      const { parsed } = await parseDocument(await seedPdf(), { fileName: 'plan.pdf', glossary });
      const tasks = weakness(parsed, 'VII.1').tasks;
      expect(tasks.length).toBeGreaterThan(0);
      for (const task of tasks) {
        expect(task.provenance.page).toBeGreaterThan(1);
        expect(task.provenance.paragraph).toBeGreaterThan(0);
      }
      expect(parsed.plan.provenance).toMatchObject({ page: 1, paragraph: 1 });
    },
    RENDERING_TIMEOUT,
  );

  it('keeps lines alone for plain text', async () => {
    const { parsed } = await parseDocument(Buffer.from(seedText), { fileName: 'plan.txt', glossary });
    expect(parsed.plan.sourceFormat).toBe('text');
    expect(parsed.plan.sourceEncoding).toBe('utf-8');
    expect(weakness(parsed, 'VII.1').provenance).not.toHaveProperty('page');
    expect(weakness(parsed, 'VII.1').provenance).not.toHaveProperty('paragraph');
  });
});

describe('a plan cut off before its end', () => {
  const truncated = Buffer.from(fixture('83-KH-UBND-2022.truncated.txt'));

  it('is refused with where its text ends', async () => {
    await expect(parseDocument(truncated, { fileName: 'cut.txt', glossary })).rejects.toThrow(
      /^cut\.txt: the plan is incomplete: its text ends at line \d+ \(.*import it with --allow-partial/,
    );
  });

  it('is read with allowPartial', async () => {
    const { parsed } = await parseDocument(truncated, { fileName: 'cut.txt', glossary, allowPartial: true });
    expect(parsed.plan.complete).toBe(false);
    expect(parsed.warnings.some((warning) => warning.kind === 'truncated')).toBe(true);
  });
});
