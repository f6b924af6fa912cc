/**
 * The seed plan re-written as the files analysts bring, at test time, by transforming the real
 * seed text (no prose is written here): other encodings, NFD, a Word file with automatic
 * numbering and a two-column header, a PDF with wrapped justified paragraphs and a two-column
 * header, a saved web page, and a scan without a text layer.
 */
import { existsSync } from 'node:fs';
import { AlignmentType, BorderStyle, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import iconv from 'iconv-lite';
import PDFDocument from 'pdfkit';
import { deflateSync } from 'node:zlib';
import { locateBody } from '../../../server/src/ingest/locate-body.ts';
import { SEED_FILE, seedText } from '../ingest/helpers.ts';
import { encodeTcvn3 } from '../../../server/src/ingest/documents/tcvn3.ts';

/** The official document inside the web page: header lines, body lines, signature (non-empty lines). */
export interface SeedDocument {
  issuer: string[];
  motto: string[];
  number: string;
  dateLine: string;
  /** Document type, title, content and signature lines, in order. */
  body: string[];
}

export function seedDocument(): SeedDocument {
  const location = locateBody(seedText, SEED_FILE);
  const line = (n: number) => location.lines[n - 1]!.text;
  const headerRange = location.lines.slice(location.bodyStart - 1, location.numberLine.line - 1).filter((l) => l.text);
  const issuerLines = new Set(location.issuerLines.map((l) => l.line));
  // The rule under each column ("-------") belongs to the column it follows.
  const issuer: string[] = [];
  const motto: string[] = [];
  for (const l of headerRange) (issuerLines.has(l.line) || (issuer.length > 0 && motto.length === 0 && /^-+$/.test(l.text)) ? issuer : motto).push(l.text);
  const bodyStart = location.docTypeLine?.line ?? location.contentStart;
  const body = location.lines
    .slice(bodyStart - 1, location.bodyEnd)
    .map((l) => l.text)
    .filter(Boolean);
  return { issuer, motto, number: line(location.numberLine.line), dateLine: line(location.dateLine.line), body };
}

// ---- text encodings -------------------------------------------------------------------------

export const utf8WithBom = () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seedText, 'utf8')]);
export const utf16le = () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText, 'utf16le')]);
export const utf16be = () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText, 'utf16le')]).swap16();
export const nfd = () => Buffer.from(seedText.normalize('NFD'), 'utf8');
export const tcvn3 = () => encodeTcvn3(seedText);

/**
 * Windows-1258 as Vietnamese Windows wrote it: letters with circumflex, breve or horn are
 * precomposed characters of the code page, tones are combining marks after them.
 */
export function windows1258(): Buffer {
  const decomposed = [...seedText.normalize('NFC')]
    .map((char) => {
      const parts = char.normalize('NFD');
      const tones = parts.replace(/[^\u0300\u0301\u0303\u0309\u0323]/gu, '');
      return parts.replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '').normalize('NFC') + tones;
    })
    .join('');
  return iconv.encode(decomposed, 'windows-1258');
}

// ---- Word -----------------------------------------------------------------------------------

const NO_BORDERS = Object.fromEntries(
  ['top', 'bottom', 'left', 'right', 'insideHorizontal', 'insideVertical'].map((side) => [side, { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }]),
);

/** Roman numerals for the outline simulation. */
function roman(n: number): string {
  const table: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [value, symbol] of table) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/**
 * How Word would hold each body line: numbers that follow on from the previous ones become
 * automatic numbering of one multi-level list (I. / 1. / 1.1. / a)), "-" and "+" items become a
 * bullet list; everything else keeps its number as typed, as authors do when Word's list would
 * print something else.
 */
export function asWordParagraphs(lines: string[]): { text: string; list?: 'outline' | 'bullets'; level?: number }[] {
  const counters = [0, 0, 0, 0];
  const use = (level: number) => {
    counters[level]!++;
    for (let deeper = level + 1; deeper < counters.length; deeper++) counters[deeper] = 0;
  };
  return lines.map((text) => {
    let match: RegExpExecArray | null;
    if ((match = /^([IVX]+)\. (.*)$/u.exec(text)) && match[1] === roman(counters[0]! + 1)) {
      use(0);
      return { text: match[2]!, list: 'outline', level: 0 };
    }
    if ((match = /^(\d+)\. (.*)$/u.exec(text)) && counters[0]! > 0 && Number(match[1]) === counters[1]! + 1) {
      use(1);
      return { text: match[2]!, list: 'outline', level: 1 };
    }
    if ((match = /^(\d+)\.(\d+)\. (.*)$/u.exec(text)) && counters[1]! > 0 && Number(match[1]) === counters[1] && Number(match[2]) === counters[2]! + 1) {
      use(2);
      return { text: match[3]!, list: 'outline', level: 2 };
    }
    if ((match = /^([a-z])\) (.*)$/u.exec(text)) && counters[1]! > 0 && match[1]!.charCodeAt(0) - 96 === counters[3]! + 1) {
      use(3);
      return { text: match[2]!, list: 'outline', level: 3 };
    }
    if ((match = /^([-+]) (.*)$/u.exec(text))) return { text: match[2]!, list: 'bullets', level: match[1] === '-' ? 0 : 1 };
    return { text };
  });
}

/** The seed as a .docx: a borderless two-column header table, automatic numbering and bullets, one paragraph per line. */
export async function seedDocx(options: { font?: (text: string) => { text: string; font?: string }; autoNumbering?: boolean } = {}): Promise<Uint8Array> {
  const doc = seedDocument();
  const run = (text: string) => {
    const styled = options.font ? options.font(text) : { text };
    return new TextRun({ text: styled.text, font: styled.font });
  };
  const cell = (lines: string[]) =>
    new TableCell({ children: lines.map((text) => new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text)] })), borders: NO_BORDERS });
  const header = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(doc.issuer), cell(doc.motto)] }), new TableRow({ children: [cell([doc.number]), cell([doc.dateLine])] })],
  });
  const held = options.autoNumbering === false ? doc.body.map((text) => ({ text, list: undefined, level: undefined })) : asWordParagraphs(doc.body);
  const body = held.map(
    ({ text, list, level }) => new Paragraph({ children: [run(text)], ...(list ? { numbering: { reference: list, level: level! } } : {}) }),
  );
  const level = (level: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
    level,
    format,
    text,
    alignment: AlignmentType.LEFT,
  });
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'outline',
          levels: [
            level(0, LevelFormat.UPPER_ROMAN, '%1.'),
            level(1, LevelFormat.DECIMAL, '%2.'),
            level(2, LevelFormat.DECIMAL, '%2.%3.'),
            level(3, LevelFormat.LOWER_LETTER, '%4)'),
          ],
        },
        { reference: 'bullets', levels: [level(0, LevelFormat.BULLET, '-'), level(1, LevelFormat.BULLET, '+')] },
      ],
    },
    sections: [{ children: [header, ...body] }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

// ---- PDF ------------------------------------------------------------------------------------

/** A TrueType font with Vietnamese glyphs: Debian's fonts-dejavu-core (installed by .ci/run). */
export const VIETNAMESE_FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

export function assertFont(): void {
  if (!existsSync(VIETNAMESE_FONT)) throw new Error(`${VIETNAMESE_FONT} is missing: apt-get install fonts-dejavu-core (.ci/run does)`);
}

async function pdfBytes(draw: (pdf: PDFKit.PDFDocument) => void): Promise<Uint8Array> {
  const pdf = new PDFDocument({ size: 'A4', margins: { top: 56, bottom: 56, left: 70, right: 56 } });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => pdf.on('end', resolve));
  draw(pdf);
  pdf.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * The seed as an official document printed to PDF: the header in two columns, then every body
 * line as a justified paragraph with a first-line indent, wrapped by pdfkit over ~25 pages.
 */
export function seedPdf(): Promise<Uint8Array> {
  assertFont();
  const doc = seedDocument();
  return pdfBytes((pdf) => {
    pdf.font(VIETNAMESE_FONT).fontSize(10);
    const top = pdf.y;
    const columnWidth = 240;
    const rightX = pdf.page.width - pdf.page.margins.right - columnWidth;
    const leftX = pdf.page.margins.left;
    doc.issuer.forEach((text, i) => pdf.text(text, leftX, top + i * 15, { width: columnWidth, align: 'center', lineBreak: false }));
    doc.motto.forEach((text, i) => pdf.text(text, rightX, top + i * 15, { width: columnWidth, align: 'center', lineBreak: false }));
    const numberY = top + Math.max(doc.issuer.length, doc.motto.length) * 15 + 8;
    pdf.text(doc.number, leftX, numberY, { width: columnWidth, align: 'center', lineBreak: false });
    pdf.text(doc.dateLine, rightX, numberY, { width: columnWidth, align: 'center', lineBreak: false });
    pdf.x = leftX;
    pdf.y = numberY + 30;
    pdf.fontSize(11);
    const width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
    for (const text of doc.body) pdf.text(text, leftX, pdf.y, { width, align: 'justify', indent: 28, paragraphGap: 3 });
  });
}

/** A one-page "scan": a grey picture of a page and no text at all. */
export function scannedPdf(): Promise<Uint8Array> {
  return pdfBytes((pdf) => {
    pdf.image(greyPng(200, 280), 70, 56, { width: 460 });
  });
}

/** A minimal grey PNG, written by hand so the scan needs no image library. */
function greyPng(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (data: Buffer) => {
    let c = 0xffffffff;
    for (const byte of data) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const rows = Buffer.alloc((width + 1) * height, 0xc0);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0; // filter byte per row
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- web page -------------------------------------------------------------------------------

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The seed page as its site serves it: the site's own lines (menus, metadata, footer) around the
 * document, which sits in <p> elements after a borderless two-column header table.
 */
export function seedHtml(charset = 'utf-8'): string {
  const location = locateBody(seedText, SEED_FILE);
  const doc = seedDocument();
  const lines = location.lines.map((l) => l.text);
  const before = lines.slice(0, location.bodyStart - 1).filter(Boolean);
  const after = lines.slice(location.bodyEnd).filter(Boolean);
  const p = (text: string) => `<p>${escape(text)}</p>`;
  const cell = (texts: string[]) => `<td>${texts.map((text) => `<p align="center"><b>${escape(text)}</b></p>`).join('')}</td>`;
  return `<!DOCTYPE html>
<html><head><meta charset="${charset}"><title>${escape(before[0] ?? '')}</title>
<style>td { border: none } .hidden { display: none }</style><script>var tracking = "Số: 1/XX-YY";</script></head>
<body><nav><ul>${before.map((text) => `<li>${escape(text)}</li>`).join('')}</ul></nav>
<div class="content1"><table border="0" width="100%"><tr>${cell(doc.issuer)}${cell(doc.motto)}</tr><tr>${cell([doc.number])}${cell([doc.dateLine])}</tr></table>
${doc.body.map(p).join('\n')}
</div><footer>${after.map(p).join('')}</footer></body></html>`;
}
