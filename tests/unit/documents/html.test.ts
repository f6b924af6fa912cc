/**
 * A saved web page: the seed as its site serves it, read through htmlparser2; the same plan comes
 * out, with the site's menus and footer around it left to the parser's body detection.
 */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../server/src/ingest/documents/read-document.ts';
import { encodeTcvn3 } from '../../../server/src/ingest/documents/tcvn3.ts';
import { expectSeedFacts, readAndParse } from './seed-facts.ts';
import { seedDocument, seedHtml, windows1258 } from './seed-renderings.ts';
import { seedText } from '../ingest/helpers.ts';

describe('a saved web page of the seed', async () => {
  const doc = seedDocument();
  const { document, parsed } = await readAndParse(Buffer.from(seedHtml()), 'plan.html');

  it('gives one line per block, the header table column after column, scripts and styles dropped', () => {
    expect(document.format).toBe('html');
    expect(document.encoding).toBe('utf-8');
    const lines = document.text.split('\n');
    const start = lines.indexOf(doc.issuer[0]!);
    expect(lines.slice(start, start + 4 + doc.issuer.length + doc.motto.length + doc.body.length - 2)).toEqual(
      [...doc.issuer, doc.number, ...doc.motto, doc.dateLine, ...doc.body].slice(0, 2 + doc.issuer.length + doc.motto.length + doc.body.length),
    );
    expect(document.text).not.toContain('tracking');
    expect(document.locations).toBeNull();
  });

  it('is the same plan as the page text', () => {
    expectSeedFacts(parsed);
  });

  it('reads a page in a declared legacy code page and text in a .VnTime font', async () => {
    const declared = Buffer.concat([
      Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body><pre>'),
      windows1258(),
      Buffer.from('</pre></body></html>'),
    ]);
    const read = await readDocument(declared, 'cp1258.htm');
    expect(read.encoding).toBe('windows-1258');
    const squeeze = (text: string) =>
      text
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter(Boolean);
    expect(squeeze(read.text)).toEqual(squeeze(seedText));

    const tcvn = Buffer.from(encodeTcvn3('Căn cứ Nghị quyết số 08-NQ/TU của Ban Chấp hành Đảng bộ tỉnh')).toString('latin1');
    const font = await readDocument(
      Buffer.from(`<html><body><p><font face=".VnTime">${tcvn}</font></p><p style="font-family: 'Times New Roman'">Sở Y tế</p></body></html>`),
      'vntime.html',
    );
    expect(font.text.split('\n')).toEqual(['Căn cứ Nghị quyết số 08-NQ/TU của Ban Chấp hành Đảng bộ tỉnh', 'Sở Y tế']);
  });

  it('reads a bordered table as " | " rows and numbers ordered lists', async () => {
    const read = await readDocument(
      Buffer.from(
        `<html><body><table border="1"><tr><th>STT</th><th>Nhiệm vụ</th><th>Đơn vị chủ trì</th></tr><tr><td>1</td><td><p>Rà soát</p><p>quy hoạch</p></td><td>Sở Xây dựng</td></tr></table><ol start="2"><li>Nguyên nhân</li><li>Kế hoạch khắc phục</li></ol></body></html>`,
      ),
      'table.html',
    );
    expect(read.text.split('\n')).toEqual([
      'STT | Nhiệm vụ | Đơn vị chủ trì',
      '1 | Rà soát quy hoạch | Sở Xây dựng',
      '2. Nguyên nhân',
      '3. Kế hoạch khắc phục',
    ]);
  });
});
