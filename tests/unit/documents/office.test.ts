/**
 * The seed as office software writes it: LibreOffice's PDF export and .docx re-save of the seed
 * laid out as typists lay out this genre (committed files in tests/fixtures/office/, made from
 * tests/fixtures/office-sources.ts by the recipe in tests/fixtures/README.md). Real office output
 * differs from what pdfkit and the `docx` library write: justified lines, hanging indents, page
 * numbers in the running header or footer, list bullets in symbol fonts, borders on the cells,
 * tables whose rows wrap and run on over pages with a repeated header row.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, seedText } from '../ingest/helpers.ts';
import { asTaskTable } from '../ingest/seed-transforms.ts';
import { expectSameFacts, expectSeedFacts, readAndParse } from './seed-facts.ts';
import { seedDocument } from './seed-renderings.ts';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/office/83-KH-UBND-2022.${name}`, import.meta.url)));
const doc = seedDocument();
const plain = (line: string) => line.replace(/\u00a0/g, ' ').trimEnd();
/** The seed's lines as the page shows them: the header column after column, then the body. */
const seedLines = [...doc.issuer, doc.number, ...doc.motto, doc.dateLine, ...doc.body].map(plain);
const seed = parse(seedText);
const taskTableText = asTaskTable(seedText, seed);
const taskRows = taskTableText
  .split('\n')
  .filter((line) => line.includes(' | '))
  .map(plain);

describe.each([
  ['justified.pdf', 'justified, first-line indents, numbers inline, page numbers at the top'],
  ['hanging.pdf', 'left-aligned, hanging indents, "Trang x/y" at the foot'],
])('LibreOffice PDF of the seed (%s: %s)', async (name) => {
  const { document, parsed } = await readAndParse(fixture(name), name);

  it('rebuilds every paragraph on one line, without the running header or footer', () => {
    expect(document.format).toBe('pdf');
    expect(document.text.split('\n')).toEqual(seedLines);
  });

  it('locates each paragraph on its page', () => {
    const pages = document.locations!.map((location) => location!.page!);
    expect(new Set(pages).size).toBeGreaterThan(30);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
  });

  it('is the same plan as the web page', () => {
    expectSeedFacts(parsed);
  });
});

describe('LibreOffice PDF of the seed re-laid as an annex table of tasks (landscape, ruled, rows wrapping and breaking over pages)', async () => {
  const { document, parsed } = await readAndParse(fixture('task-table.pdf'), 'task-table.pdf');
  const lines = document.text.split('\n');

  it('reads each row as one " | " line, wrapped cells whole, the header row once, rows broken by a page joined', () => {
    expect(lines.filter((line) => line.includes(' | ')).map(plain)).toEqual(taskRows);
    expect(lines.filter((line) => line.startsWith('STT | '))).toHaveLength(1);
  });

  it('reads the body before the table as paragraphs', () => {
    expect(lines.slice(0, seedLines.indexOf('A. MỤC ĐÍCH, YÊU CẦU') + 1)).toEqual(seedLines.slice(0, seedLines.indexOf('A. MỤC ĐÍCH, YÊU CẦU') + 1));
    expect(lines).toContain('(Kèm theo Kế hoạch số 83/KH-UBND)');
  });

  it('gives the facts the text-table rendering gives', () => {
    expectSameFacts(parsed, parse(taskTableText));
  });
});

describe('LibreOffice .docx re-saves of the seed', () => {
  it('reads bullets drawn in the Symbol font and numbering as the document shows them', async () => {
    const { document, parsed } = await readAndParse(fixture('hanging.docx'), 'hanging.docx');
    expect(document.text.split('\n').map(plain)).toEqual(seedLines.filter((line) => !/^-+$/.test(line)));
    expectSeedFacts(parsed);
  });

  it('reads a table whose borders are set on its cells as a task table', async () => {
    const { document, parsed } = await readAndParse(fixture('task-table.docx'), 'task-table.docx');
    expect(
      document.text
        .split('\n')
        .filter((line) => line.includes(' | '))
        .map(plain),
    ).toEqual(taskRows);
    expectSameFacts(parsed, parse(taskTableText));
  });
});
