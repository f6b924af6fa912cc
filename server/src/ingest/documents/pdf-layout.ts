/**
 * Rebuilds a PDF page's lines and paragraphs from positioned pieces of text (pdf.js text items).
 * A PDF has no paragraphs, only glyph runs at coordinates; the parser wants one paragraph per
 * line, as in a web page's text. So:
 * - pieces on one baseline form a line, in x order, with a space where the gap is a space's width
 *   and a column break where it is wider than two characters;
 * - lines broken into columns (the two-column header and signature block of official documents)
 *   are read column after column when there are two columns, as rows joined by " | " when more;
 * - a line continues the paragraph above when it follows at the normal line pitch, starts at the
 *   left margin, and its first word would not have fitted at the end of the line above (that is
 *   why the line was wrapped); a hyphen that split a word at the line end is removed.
 * Written here because no maintained library does paragraph reconstruction for pdf.js output.
 */

/** A piece of text at a position: baseline y grows upwards, as in PDF. */
export interface PdfItem {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size (height of the text). */
  size: number;
}

/** A paragraph of the document with the page it starts on and its position among the paragraphs starting on that page. */
export interface PdfParagraph {
  text: string;
  page: number;
  paragraph: number;
}

interface Segment {
  text: string;
  x0: number;
  x1: number;
}

interface PdfLine {
  segments: Segment[];
  y: number;
  size: number;
}

/** Items of one page grouped into lines, top to bottom, each cut into segments at column gaps. */
export function pageLines(items: PdfItem[]): PdfLine[] {
  const sorted = items.filter((item) => item.text.trim().length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfItem[][] = [];
  for (const item of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0]!.y - item.y) <= 0.5 * Math.min(row[0]!.size, item.size)) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    const segments: Segment[] = [];
    let size = 0;
    for (const item of row) {
      size = Math.max(size, item.size);
      const last = segments.at(-1);
      const gap = last ? item.x - last.x1 : Infinity;
      if (!last || gap > 2 * item.size) {
        segments.push({ text: item.text, x0: item.x, x1: item.x + item.width });
        continue;
      }
      const space = gap > 0.15 * item.size && !/\s$/.test(last.text) && !/^\s/.test(item.text) ? ' ' : '';
      last.text += space + item.text;
      last.x1 = Math.max(last.x1, item.x + item.width);
    }
    for (const segment of segments) segment.text = segment.text.replace(/\s+/g, ' ').trim();
    return { segments, y: row[0]!.y, size };
  });
}

/** Paragraphs of a whole document from each page's lines (index 0 = page 1). */
export function paragraphs(pages: PdfLine[][]): PdfParagraph[] {
  const result: PdfParagraph[] = [];
  let open: { paragraph: PdfParagraph; line: PdfLine; pitch: number; right: number } | null = null;
  pages.forEach((lines, pageIndex) => {
    const page = pageIndex + 1;
    let count = 0;
    const start = (text: string) => {
      const paragraph = { text, page, paragraph: ++count };
      result.push(paragraph);
      return paragraph;
    };
    const single = lines.filter((line) => line.segments.length === 1);
    const left = Math.min(...single.map((line) => line.segments[0]!.x0));
    const right = Math.max(...single.map((line) => line.segments[0]!.x1));
    const pitch = medianPitch(single);

    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.segments.length > 1) {
        // A run of column lines: read as the page shows them.
        const block = [line];
        while (i + 1 < lines.length && lines[i + 1]!.segments.length > 1) block.push(lines[++i]!);
        for (const text of columnText(block)) start(text);
        open = null;
        continue;
      }
      const segment = line.segments[0]!;
      const previousOnPage = i > 0 ? lines[i - 1] : undefined;
      if (open && continues(open, line, previousOnPage === undefined, left, right)) {
        open.paragraph.text = joinWrapped(open.paragraph.text, segment.text);
        open = { ...open, line };
        continue;
      }
      open = { paragraph: start(segment.text), line, pitch, right };
    }
  });
  return result;

  function continues(previous: { line: PdfLine; pitch: number; right: number }, line: PdfLine, firstOnPage: boolean, left: number, right: number): boolean {
    const above = previous.line.segments[0]!;
    const segment = line.segments[0]!;
    const size = line.size;
    // Paragraph spacing (or a heading's space) on the same page ends the paragraph.
    if (!firstOnPage && previous.pitch > 0 && previous.line.y - line.y > previous.pitch * 1.4) return false;
    // An indented first line, or a centred line, starts a paragraph.
    if (segment.x0 > left + 0.5 * size) return false;
    // The line above was not full: its paragraph ended there.
    const firstWord = segment.text.split(' ')[0]!;
    const firstWordWidth = ((segment.x1 - segment.x0) * firstWord.length) / Math.max(1, segment.text.length);
    const room = Math.max(right, previous.right) - above.x1;
    return room < firstWordWidth + 0.6 * size;
  }
}

/**
 * Joins a wrapped line to its paragraph: with a space; without the hyphen that split a word
 * ("recom-" + "mend"; a hyphen before a capital or digit stays: "Covid-" + "19"); without a space
 * after a slash, where document symbols break ("192/2019/" + "NQ-HĐND").
 */
export function joinWrapped(paragraph: string, next: string): string {
  if (/\p{L}-$/u.test(paragraph)) {
    return /^\p{Ll}/u.test(next) ? paragraph.slice(0, -1) + next : paragraph + next;
  }
  if (/\S\/$/u.test(paragraph)) return paragraph + next;
  return `${paragraph} ${next}`;
}

/** Lines of a block whose lines have column gaps: two columns read one after the other, more as " | " rows. */
function columnText(block: PdfLine[]): string[] {
  const columns = Math.max(...block.map((line) => line.segments.length));
  if (columns > 2) return block.map((line) => line.segments.map((segment) => segment.text).join(' | '));
  // Two columns: split at the gap between them, so a line with only a right-hand part goes right.
  const split = Math.min(...block.map((line) => line.segments[1]?.x0 ?? Infinity));
  const leftColumn: string[] = [];
  const rightColumn: string[] = [];
  for (const line of block) {
    for (const segment of line.segments) (segment.x0 < split ? leftColumn : rightColumn).push(segment.text);
  }
  return [...leftColumn, ...rightColumn];
}

function medianPitch(lines: PdfLine[]): number {
  const gaps = lines
    .slice(1)
    .map((line, i) => lines[i]!.y - line.y)
    .filter((gap) => gap > 0)
    .sort((a, b) => a - b);
  return gaps.length > 0 ? gaps[Math.floor(gaps.length / 2)]! : 0;
}
