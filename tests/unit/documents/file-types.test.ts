/**
 * A file's type comes from its content, not its name; what cannot be read is refused with the
 * file's name and what it looks like.
 */
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../server/src/ingest/documents/read-document.ts';
import { DocumentReadError } from '../../../server/src/ingest/documents/document-text.ts';
import { PlanParseError } from '../../../server/src/ingest/types.ts';
import { seedText } from '../ingest/helpers.ts';
import { seedDocx, seedHtml, seedPdf } from './seed-renderings.ts';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (text: string) => [...Buffer.from(text, 'utf16le')];

// Printing the seed to PDF (32 pages) and reading it back takes seconds on a loaded 2-core machine.
const RENDERING_TIMEOUT = 60_000;

describe('file type by content', () => {
  it(
    'reads a file by what it is, whatever it is called',
    async () => {
      expect((await readDocument(await seedPdf(), 'plan.docx')).format).toBe('pdf');
      expect((await readDocument(await seedDocx(), 'plan.txt')).format).toBe('docx');
      expect((await readDocument(Buffer.from(seedHtml()), 'plan.txt')).format).toBe('html');
      expect((await readDocument(Buffer.from(seedText), 'plan.html')).format).toBe('text');
    },
    RENDERING_TIMEOUT,
  );

  it.each([
    ['scan.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'a PNG image'],
    ['photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), 'a JPEG image'],
    ['plan.rtf', Buffer.from('{\\rtf1\\ansi Kế hoạch}'), 'an RTF document'],
    [
      'budget.xlsx',
      Buffer.from(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') })),
      'an Excel workbook (.xlsx)',
    ],
    [
      'plan.odt',
      Buffer.from(zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<x/>') })),
      'an OpenDocument text',
    ],
    ['bundle.zip', Buffer.from(zipSync({ 'a.txt': strToU8('x') })), 'a ZIP archive'],
    ['old.xls', Buffer.from([...OLE2, ...new Array(500).fill(0), ...utf16('Workbook')]), 'an Excel workbook (.xls)'],
    ['plans.tar.gz', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0]), 'a gzip archive'],
    ['data.bin', Buffer.from([1, 2, 3, 0, 0, 5, 6, 7, 0, 9, 10, 11, 12, 13, 0, 0, 16, 17]), 'binary data'],
  ])('refuses %s as %s', async (name, bytes, looksLike) => {
    const refusal = readDocument(bytes, name);
    await expect(refusal).rejects.toBeInstanceOf(DocumentReadError);
    await expect(refusal).rejects.toBeInstanceOf(PlanParseError);
    await expect(refusal).rejects.toThrow(`${name}: unknown file type: this looks like ${looksLike}`);
  });

  it(
    'refuses an empty file and a damaged Word file by name',
    async () => {
      await expect(readDocument(new Uint8Array(), 'empty.txt')).rejects.toThrow('empty.txt: the file is empty');
      const docx = await seedDocx();
      await expect(readDocument(docx.slice(0, docx.length / 2), 'cut.docx')).rejects.toThrow(/^cut\.docx: /);
    },
    RENDERING_TIMEOUT,
  );
});
