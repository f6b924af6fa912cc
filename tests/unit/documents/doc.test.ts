/**
 * Word 97–2003 (.doc): no npm library writes one, so the fixtures were made from the seed's
 * renderings by LibreOffice (recipe in tests/fixtures/README.md): the seed with its numbers typed
 * (83-KH-UBND-2022.doc), with Word's automatic numbering and bullets (office/…hanging.doc), and
 * re-laid as an annex table of tasks (office/…task-table.doc).
 */
import CFB from 'cfb';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../server/src/ingest/documents/read-document.ts';
import { parse, seedText } from '../ingest/helpers.ts';
import { asTaskTable } from '../ingest/seed-transforms.ts';
import { expectSameFacts, expectSeedFacts, readAndParse } from './seed-facts.ts';
import { seedDocument } from './seed-renderings.ts';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)));
const doc = seedDocument();
const plain = (line: string) => line.replace(/\u00a0/g, ' ').trimEnd();
const seedLines = [...doc.issuer, doc.number, ...doc.motto, doc.dateLine, ...doc.body].map(plain);

describe('a Word 97–2003 file (.doc) of the seed', async () => {
  const { document, parsed } = await readAndParse(fixture('83-KH-UBND-2022.doc'), '83-KH-UBND-2022.doc');

  it('is read as .doc, a paragraph per line, the header table column after column, located by paragraph', () => {
    expect(document.format).toBe('doc');
    expect(document.text.split('\n').map(plain)).toEqual(seedLines);
    expect(document.locations).toHaveLength(seedLines.length);
    expect(document.locations![seedLines.indexOf('KẾ HOẠCH')]!.paragraph).toBeGreaterThan(5);
  });

  it('is the same plan as the web page', () => {
    expect(parsed.plan.place).toBe('Thanh Hóa');
    expectSeedFacts(parsed);
  });
});

describe('a .doc with Word automatic numbering and bullets', async () => {
  const { document, parsed } = await readAndParse(fixture('office/83-KH-UBND-2022.hanging.doc'), 'hanging.doc');

  it('puts the numbers and bullets back, from the list tables of the binary file', () => {
    expect(document.text.split('\n').map(plain)).toEqual(seedLines);
  });

  it('is the same plan as the web page', () => {
    expectSeedFacts(parsed);
  });
});

describe('a .doc of the seed re-laid as an annex table of tasks', async () => {
  const { document, parsed } = await readAndParse(fixture('office/83-KH-UBND-2022.task-table.doc'), 'task-table.doc');
  const taskTableText = asTaskTable(seedText, parse(seedText));

  it('reads the bordered table one " | " row per line (it made word-extractor 1.0.4 fail)', () => {
    const rows = taskTableText
      .split('\n')
      .filter((line) => line.includes(' | '))
      .map(plain);
    expect(
      document.text
        .split('\n')
        .filter((line) => line.includes(' | '))
        .map(plain),
    ).toEqual(rows);
  });

  it('gives the facts the text-table rendering gives', () => {
    expectSameFacts(parsed, parse(taskTableText));
  });
});

describe('a .doc that cannot be read', () => {
  it('is refused with the reason: password-protected, or not a Word 97–2003 document', async () => {
    const container = CFB.read(fixture('83-KH-UBND-2022.doc'), { type: 'buffer' });
    const word = CFB.find(container, 'WordDocument')!;
    const content = Buffer.from(word.content as Uint8Array);
    content.writeUInt16LE(content.readUInt16LE(0x0a) | 0x0100, 0x0a); // fEncrypted
    word.content = content;
    const locked = CFB.write(container, { type: 'buffer' }) as Buffer;
    await expect(readDocument(new Uint8Array(locked), 'locked.doc')).rejects.toThrow(
      'locked.doc: the Word 97–2003 file cannot be read: the Word file is password-protected',
    );
    content.writeUInt16LE(0x1234, 0);
    const other = CFB.write(container, { type: 'buffer' }) as Buffer;
    await expect(readDocument(new Uint8Array(other), 'old.doc')).rejects.toThrow('not a Word 97–2003 document');
  });
});
