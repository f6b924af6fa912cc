/**
 * A PDF's paragraphs rebuilt from its printed lines, so the parser gets one paragraph per line as
 * in a web page's text. A line continues the paragraph above when all of these hold:
 * - it follows at the paragraph's line pitch (paragraph spacing, or a heading's space, ends it);
 *   across a page break this is not asked;
 * - it starts where the paragraph's wrapped lines start: the left margin or the paragraph's own
 *   indent (first-line indents, block indents), or the text after a list label (a hanging indent);
 *   once a paragraph has two lines, exactly where its second line started; centred lines wrap centred;
 * - the line above was full: the first word of this line would not have fitted at its end (that
 *   is why the line was wrapped), measured against the page's right margin, or the column for
 *   centred text;
 * - it is set in the same size.
 * Lines cut into columns (the two-column header and signature) are read column after column when
 * there are two, as " | " rows when more; ruled tables come whole from pdf-tables.ts.
 * Written here because no maintained library does paragraph reconstruction for pdf.js output.
 */
import { joinWrapped, LABEL, type PdfLine, type Segment } from './pdf-lines.ts';
import { continuation, continuesTable, type PdfTable } from './pdf-tables.ts';

/** A page's text: its lines outside tables (furniture removed) and its tables. */
export interface PdfPage {
  width: number;
  lines: PdfLine[];
  tables: PdfTable[];
}

/** A paragraph of the document with the page it starts on and its position among the paragraphs starting on that page. */
export interface PdfParagraph {
  text: string;
  page: number;
  paragraph: number;
}

interface Open {
  paragraph: PdfParagraph;
  first: Segment;
  last: PdfLine;
  lines: number;
  /** Where the paragraph's second line started. */
  wrapX: number | null;
  right: number;
  left: number;
}

interface Geometry {
  left: number;
  right: number;
}

/** Paragraphs of a whole document from its pages (index 0 = page 1). */
export function paragraphs(pages: PdfPage[]): PdfParagraph[] {
  const result: PdfParagraph[] = [];
  const geometry = pageGeometry(pages);
  const pitch = linePitch(pages);
  let open: Open | null = null;
  /** The table being read (it may go on over the next page), its rows so far and the paragraph of its last row. */
  let table: { columns: PdfTable; rows: string[][]; last: PdfParagraph | null } | null = null;

  pages.forEach((page, pageIndex) => {
    const number = pageIndex + 1;
    let count = 0;
    const start = (text: string) => {
      const paragraph = { text, page: number, paragraph: ++count };
      result.push(paragraph);
      return paragraph;
    };
    const { left, right } = geometry.get(Math.round(page.width))!;
    const blocks: (PdfLine | PdfTable)[] = [...page.lines, ...page.tables].sort((a, b) => top(b) - top(a));
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      if (!('segments' in block)) {
        let rows = block.rows;
        if (table && i === 0 && continuesTable(table.columns, block)) {
          const { last, added } = continuation(table.rows, block);
          if (last && table.last) {
            table.rows[table.rows.length - 1] = last;
            table.last.text = last.join(' | ');
          }
          rows = added;
        } else table = { columns: block, rows: [], last: null };
        for (const cells of rows) {
          table.rows.push(cells);
          table.last = start(cells.join(' | '));
        }
        open = null;
        continue;
      }
      table = null;
      if (block.segments.length > 1) {
        // A run of column lines: read as the page shows them.
        const run = [block];
        while (i + 1 < blocks.length && isColumnLine(blocks[i + 1]!)) run.push(blocks[++i] as PdfLine);
        for (const text of columnText(run)) start(text);
        open = null;
        continue;
      }
      const segment = block.segments[0]!;
      if (open && continues(open, block, i === 0, left, right)) {
        open.paragraph.text = joinWrapped(open.paragraph.text, segment.text);
        open.wrapX ??= segment.x0;
        open.last = block;
        open.lines++;
        continue;
      }
      open = { paragraph: start(segment.text), first: segment, last: block, lines: 1, wrapX: null, left, right };
    }
  });
  return result;

  function continues(above: Open, line: PdfLine, firstOnPage: boolean, left: number, right: number): boolean {
    const segment = line.segments[0]!;
    const size = line.size;
    const last = above.last;
    if (Math.abs(size - last.size) > 0.15 * Math.max(size, last.size)) return false;
    if (!firstOnPage && last.y - line.y > (pitch + 0.12) * size) return false;
    const tolerance = 0.6 * size;
    const previous = last.segments[0]!;
    const starts = above.wrapX !== null ? [above.wrapX] : [left, above.first.x0, ...(above.first.textX !== null ? [above.first.textX] : [])];
    if (!starts.some((x) => Math.abs(segment.x0 - x) < tolerance)) {
      // Centred lines wrap centred: as much room on the left as on the right (a line that nearly
      // fills the measure has little of either).
      const balanced = (s: Segment, least: number) => s.x0 - left > least && right - s.x1 > least && Math.abs(s.x0 - left - (right - s.x1)) < 0.25 * size + 1;
      return balanced(previous, 1) && balanced(segment, 0.5 * size) && right - left - (previous.x1 - previous.x0) < wordRoom(segment, size);
    }
    // A new item of a hanging list starts where the item above started, label first.
    if (above.lines === 1 && above.first.textX !== null && Math.abs(segment.x0 - above.first.x0) < tolerance && startsWithLabel(segment)) return false;
    return Math.max(right, above.right) - previous.x1 < wordRoom(segment, size);
  }
}

const top = (block: PdfLine | PdfTable) => ('segments' in block ? block.y + block.size : block.top);

const isColumnLine = (block: PdfLine | PdfTable) => 'segments' in block && block.segments.length > 1;

function startsWithLabel(segment: Segment): boolean {
  return LABEL.test(segment.text.split(' ')[0]!);
}

/**
 * Room a segment's first word needs at the end of the line above: its letters at the segment's
 * average letter width (spaces, narrower, taken out), a quarter more since letters are wider than
 * punctuation, plus a space.
 */
function wordRoom(segment: Segment, size: number): number {
  const word = segment.text.split(' ')[0]!;
  const spaces = segment.text.length - segment.text.replace(/ /g, '').length;
  const letters = Math.max(1, segment.text.length - spaces);
  const letterWidth = Math.max(0, segment.x1 - segment.x0 - spaces * 0.28 * size) / letters;
  return word.length * letterWidth * 1.25 + 0.45 * size;
}

/**
 * The left and right margins of each page width (portrait and landscape pages differ): the
 * leftmost start and the rightmost end that lines share, ignoring the odd line beyond them.
 */
function pageGeometry(pages: PdfPage[]): Map<number, Geometry> {
  const byWidth = new Map<number, PdfLine[]>();
  for (const page of pages) {
    const key = Math.round(page.width);
    byWidth.set(key, [...(byWidth.get(key) ?? []), ...page.lines.filter((line) => line.segments.length === 1)]);
  }
  const result = new Map<number, Geometry>();
  for (const [width, lines] of byWidth) {
    const x0s = lines.map((line) => line.segments[0]!.x0).sort((a, b) => a - b);
    const x1s = lines.map((line) => line.segments[0]!.x1).sort((a, b) => b - a);
    const at = (values: number[]) => values[Math.floor(values.length * 0.02)] ?? 0;
    result.set(width, { left: at(x0s), right: at(x1s) });
  }
  return result;
}

/**
 * The usual distance between the baselines of two lines of one paragraph, in font sizes: the most
 * common distance between consecutive lines of the same size (wrapped lines outnumber paragraph breaks).
 */
function linePitch(pages: PdfPage[]): number {
  const ratios: number[] = [];
  for (const page of pages) {
    page.lines.forEach((line, i) => {
      const above = page.lines[i - 1];
      if (!above || Math.abs(above.size - line.size) > 0.5) return;
      const ratio = (above.y - line.y) / line.size;
      if (ratio > 0.8 && ratio < 3) ratios.push(Math.round(ratio * 50) / 50);
    });
  }
  const counts = new Map<number, number>();
  for (const ratio of ratios) counts.set(ratio, (counts.get(ratio) ?? 0) + 1);
  let best = 1.2;
  let bestCount = 0;
  for (const [ratio, n] of counts) {
    // Neighbouring bins count too: a pitch of 1.15 rounds to 1.14 or 1.16.
    const around = n + (counts.get(ratio - 0.02) ?? 0) + (counts.get(ratio + 0.02) ?? 0);
    if (around > bestCount || (around === bestCount && ratio < best)) [best, bestCount] = [ratio, around];
  }
  return best;
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
