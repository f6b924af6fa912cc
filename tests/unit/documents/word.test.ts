/**
 * .docx: the seed written by the `docx` library with a borderless two-column header table,
 * automatic multi-level numbering (I. / 1. / 1.1. / a)) and bullet lists, read back.
 */
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../server/src/ingest/documents/read-document.ts';
import { formatNumber } from '../../../server/src/ingest/documents/docx-numbering.ts';
import { encodeTcvn3 } from '../../../server/src/ingest/documents/tcvn3.ts';
import { isUpperLine } from '../../../server/src/ingest/locate-body.ts';
import { expectSeedFacts, readAndParse } from './seed-facts.ts';
import { asWordParagraphs, seedDocument, seedDocx } from './seed-renderings.ts';

const RULE = /^-+$/;
const doc = seedDocument();

async function docx(children: (Paragraph | Table)[], numbering?: ConstructorParameters<typeof Document>[0]['numbering']): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ numbering, sections: [{ children }] })));
}

describe('a Word file (.docx) of the seed', async () => {
  const bytes = await seedDocx();
  const { document, parsed } = await readAndParse(bytes, 'plan.docx');

  it('numbers most body lines automatically, so the test exercises numbering', () => {
    const held = asWordParagraphs(doc.body);
    expect(held.filter((p) => p.list === 'outline').length).toBeGreaterThan(150);
    expect(held.filter((p) => p.list === 'bullets').length).toBeGreaterThan(250);
  });

  it('reads every line as printed, numbers included, the header column after column', () => {
    expect(document.format).toBe('docx');
    const expected = [...doc.issuer, doc.number, ...doc.motto, doc.dateLine, ...doc.body].filter((line) => !RULE.test(line));
    expect(document.text.split('\n')).toEqual(expected);
  });

  it('locates each line by its paragraph', () => {
    const lines = document.text.split('\n');
    expect(document.locations).toHaveLength(lines.length);
    // Header cells hold paragraphs 1–8 (rules included); the body follows, one paragraph a line.
    expect(document.locations![lines.indexOf('KẾ HOẠCH')]).toEqual({ paragraph: 9 });
    expect(document.locations!.at(-1)).toEqual({ paragraph: 8 + doc.body.length });
  });

  it('is the same plan as the web page', () => {
    expectSeedFacts(parsed);
  });

  it('reads runs set in .VnTime (TCVN3) and headings in .VnTimeH', async () => {
    const legacy = await seedDocx({
      font: (text) =>
        isUpperLine(text)
          ? { text: Buffer.from(encodeTcvn3(text.toLowerCase())).toString('latin1'), font: '.VnTimeH' }
          : { text: Buffer.from(encodeTcvn3(text)).toString('latin1'), font: '.VnTime' },
    });
    const read = await readAndParse(legacy, 'legacy.docx');
    expect(read.document.text).toContain('KHẮC PHỤC NHỮNG HẠN CHẾ, YẾU KÉM TRONG THỰC HIỆN CÁC NHIỆM VỤ');
    expectSeedFacts(read.parsed);
  }, 60_000); // writes and reads the whole seed again: seconds on a loaded machine
});

describe('Word numbering', () => {
  const level = (lvl: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string, start = 1) => ({
    level: lvl,
    format,
    text,
    start,
    alignment: AlignmentType.LEFT,
  });

  it('restarts a list instance, continues a shared one, and prints formats and levels', async () => {
    const numbering = {
      config: [
        { reference: 'steps', levels: [level(0, LevelFormat.DECIMAL, 'Bước %1:'), level(1, LevelFormat.LOWER_ROMAN, '(%2)')] },
        { reference: 'annex', levels: [level(0, LevelFormat.UPPER_LETTER, 'Phụ lục %1.', 3)] },
      ],
    };
    const p = (text: string, reference: string, lvl: number, instance?: number) =>
      new Paragraph({ children: [new TextRun(text)], numbering: { reference, level: lvl, instance } });
    const read = await readDocument(
      await docx(
        [
          p('Rà soát', 'steps', 0),
          p('hồ sơ', 'steps', 1),
          p('đất đai', 'steps', 1),
          p('Tổng hợp', 'steps', 0),
          p('báo cáo', 'steps', 1),
          p('Danh mục', 'annex', 0),
          p('Lại từ đầu', 'steps', 0, 2),
        ],
        numbering,
      ),
      'steps.docx',
    );
    expect(read.text.split('\n')).toEqual([
      'Bước 1: Rà soát',
      '(i) hồ sơ',
      '(ii) đất đai',
      'Bước 2: Tổng hợp',
      '(i) báo cáo',
      'Phụ lục C. Danh mục',
      'Bước 1: Lại từ đầu',
    ]);
  });

  it("takes a list's levels from the list style it links to (numStyleLink), as Word's list styles write them", async () => {
    // The seed's outline list moved into a numbering style: the list the paragraphs name only
    // links to the style, whose own list holds the levels.
    const parts = unzipSync(await seedDocx());
    const numbering = strFromU8(parts['word/numbering.xml']!);
    const outline = /<w:abstractNum w:abstractNumId="2"[^>]*>([\s\S]*?)<\/w:abstractNum>/.exec(numbering)!;
    parts['word/numbering.xml'] = strToU8(
      numbering
        .replace(outline[1]!, '<w:numStyleLink w:val="SeedOutline"/>')
        .replace(
          '<w:num ',
          `<w:abstractNum w:abstractNumId="90"><w:styleLink w:val="SeedOutline"/>${outline[1]}</w:abstractNum><w:num w:numId="90"><w:abstractNumId w:val="90"/></w:num><w:num `,
        ),
    );
    parts['word/styles.xml'] = strToU8(
      strFromU8(parts['word/styles.xml']!).replace(
        '</w:styles>',
        '<w:style w:type="numbering" w:styleId="SeedOutline"><w:name w:val="Seed outline"/><w:pPr><w:numPr><w:numId w:val="90"/></w:numPr></w:pPr></w:style></w:styles>',
      ),
    );
    const { document } = await readAndParse(zipSync(parts), 'linked.docx');
    expect(document.text.split('\n')).toEqual([...doc.issuer, doc.number, ...doc.motto, doc.dateLine, ...doc.body].filter((line) => !RULE.test(line)));
  }, 60_000);

  it('numbers headings through their styles: the list names the style of each level, the paragraph only its style', async () => {
    // Word's numbered headings: "Outline2" paragraphs carry no numbering of their own; the style
    // names the list, and the list's level 2 names the style.
    const parts = unzipSync(await seedDocx());
    const numbered = /<w:pStyle w:val="ListParagraph"\/><w:numPr><w:ilvl w:val="(\d)"\/><w:numId w:val="2"\/><\/w:numPr>/g;
    parts['word/document.xml'] = strToU8(strFromU8(parts['word/document.xml']!).replace(numbered, '<w:pStyle w:val="Outline$1"/>'));
    const numbering = strFromU8(parts['word/numbering.xml']!);
    const outline = /<w:abstractNum w:abstractNumId="2"[\s\S]*?<\/w:abstractNum>/.exec(numbering)![0];
    parts['word/numbering.xml'] = strToU8(numbering.replace(outline, outline.replace(/(<w:lvl w:ilvl="(\d)"[^>]*>)/g, '$1<w:pStyle w:val="Outline$2"/>')));
    const styles = [0, 1, 2, 3].map(
      (level) =>
        `<w:style w:type="paragraph" w:styleId="Outline${level}"><w:name w:val="Outline ${level}"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>`,
    );
    parts['word/styles.xml'] = strToU8(strFromU8(parts['word/styles.xml']!).replace('</w:styles>', `${styles.join('')}</w:styles>`));
    const { document } = await readAndParse(zipSync(parts), 'headings.docx');
    expect(document.text.split('\n')).toEqual([...doc.issuer, doc.number, ...doc.motto, doc.dateLine, ...doc.body].filter((line) => !RULE.test(line)));
  }, 60_000);

  it('formats counters as Word does', () => {
    expect([formatNumber(4, 'upperRoman'), formatNumber(9, 'lowerRoman'), formatNumber(28, 'lowerLetter'), formatNumber(7, 'decimalZero')]).toEqual([
      'IV',
      'ix',
      'bb',
      '07',
    ]);
  });
});

describe('Word tables', () => {
  it('reads a bordered task table as one " | " row per line, and a borderless one column after column', async () => {
    const cell = (...texts: string[]) => new TableCell({ children: texts.map((text) => new Paragraph(text)) });
    // Rows of a task table taken from the seed's weakness V.1 (lead, partners, deadline).
    const tasks = new Table({
      rows: [
        new TableRow({ children: [cell('STT'), cell('Nhiệm vụ'), cell('Đơn vị chủ trì'), cell('Thời gian')] }),
        new TableRow({ children: [cell('1'), cell('Rà soát quy hoạch,', 'kế hoạch sử dụng đất.'), cell('Sở Tài nguyên và Môi trường'), cell('Năm 2022')] }),
      ],
    });
    const read = await readDocument(await docx([tasks]), 'tasks.docx');
    expect(read.text.split('\n')).toEqual([
      'STT | Nhiệm vụ | Đơn vị chủ trì | Thời gian',
      '1 | Rà soát quy hoạch, kế hoạch sử dụng đất. | Sở Tài nguyên và Môi trường | Năm 2022',
    ]);
    expect(read.locations).toEqual([{ paragraph: 1 }, { paragraph: 5 }]);
  });
});
