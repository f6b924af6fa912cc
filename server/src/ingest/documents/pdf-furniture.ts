/**
 * Page furniture: the running header or footer office software prints on every page (a page
 * number, "Trang 2/38", a title). It is not the document's text, and left in it would cut the
 * paragraph that runs on over the page. A line is furniture when it is the first or last line of
 * its page and, with its digits ignored, is also the first (or last) line of at least half of the
 * other pages; or when it is only the page's own number ("2", "- 2 -", "Trang 2", "2/38").
 */
import type { PdfLine } from './pdf-lines.ts';

const PAGE_NUMBER = /^(?:trang\s*|page\s*|-\s*)?(\d{1,4})(?:\s*-)?(?:\s*(?:\/|trên|of)\s*\d{1,4})?$/iu;

/** Removes each page's running header and footer lines (pages' lines top to bottom). */
export function dropFurniture(pages: PdfLine[][]): PdfLine[][] {
  const key = (line: PdfLine) =>
    line.segments
      .map((segment) => segment.text)
      .join(' ')
      .replace(/\d+/g, '#');
  const ends = pages.map((lines) => ({ top: lines[0], bottom: lines.length > 1 ? lines.at(-1) : undefined }));
  const count = (position: 'top' | 'bottom') => {
    const counts = new Map<string, number>();
    for (const end of ends) if (end[position]) counts.set(key(end[position]), (counts.get(key(end[position])) ?? 0) + 1);
    return counts;
  };
  const tops = count('top');
  const bottoms = count('bottom');
  const repeated = (counts: Map<string, number>, line: PdfLine) => {
    const n = counts.get(key(line)) ?? 0;
    return n >= 2 && n >= 0.5 * (pages.length - 1);
  };
  return pages.map((lines, index) => {
    const { top, bottom } = ends[index]!;
    const isFurniture = (line: PdfLine | undefined, counts: Map<string, number>) =>
      line !== undefined && line.segments.length === 1 && (repeated(counts, line) || isPageNumber(line, index + 1));
    return lines.filter((line) => !((line === top && isFurniture(top, tops)) || (line === bottom && isFurniture(bottom, bottoms))));
  });
}

function isPageNumber(line: PdfLine, page: number): boolean {
  const match = PAGE_NUMBER.exec(line.segments[0]!.text.trim());
  return match !== null && Math.abs(Number(match[1]) - page) <= 1;
}
