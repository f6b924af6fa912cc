/**
 * A PDF page's text pieces (pdf.js text items) grouped into printed lines. A PDF has no lines,
 * only glyph runs at coordinates, and office software splits one printed line into many runs (a
 * bold word, a tab, a justified gap, a superscript). Pieces whose heights overlap by half form a
 * line, read in x order, with a space where the gap is a space's width and a column break where it
 * is wider than two characters (the two-column header and signature of official documents).
 * Written here because no maintained library rebuilds lines from pdf.js output.
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

/** A run of text on one line between column gaps. */
export interface Segment {
  text: string;
  x0: number;
  x1: number;
  /** Where the text after a list label starts ("1.2." or "-" then a tab): the indent its wrapped lines take in a hanging list. */
  textX: number | null;
}

export interface PdfLine {
  segments: Segment[];
  /** Baseline of the line's largest text. */
  y: number;
  size: number;
}

/** A list label on its own: a bullet glyph, or a number or letter closed by "." or ")". */
export const LABEL = /^(?:[-–—•◦▪●■□*+·❖➢>✓]|\(?(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[a-zđ])[.)])$/u;

/** Items of one page (or one table cell) grouped into lines, top to bottom, each cut into segments at column gaps. */
export function pageLines(items: PdfItem[]): PdfLine[] {
  const sorted = items.filter((item) => item.text.trim().length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: { items: PdfItem[]; top: number; bottom: number; main: PdfItem }[] = [];
  for (const item of sorted) {
    const row = rows.at(-1);
    // Vertical overlap with the line's main text: a superscript or a bigger word stays on its line.
    const overlap = row ? Math.min(row.top, item.y + item.size) - Math.max(row.bottom, item.y) : 0;
    if (row && overlap >= 0.5 * Math.min(row.main.size, item.size)) {
      row.items.push(item);
      if (item.size > row.main.size) row.main = item;
    } else rows.push({ items: [item], top: item.y + item.size, bottom: item.y, main: item });
  }
  return rows.map((row) => {
    row.items.sort((a, b) => a.x - b.x);
    const size = row.main.size;
    const segments: Segment[] = [];
    let labelEnd: number | null = null;
    for (const item of row.items) {
      const last = segments.at(-1);
      const gap = last ? item.x - last.x1 : Infinity;
      if (!last || gap > 2 * size) {
        segments.push({ text: item.text, x0: item.x, x1: item.x + item.width, textX: null });
        labelEnd = LABEL.test(item.text.trim()) ? item.x + item.width : null;
        continue;
      }
      // A label printed as its own piece is followed by a tab or a space, however narrow.
      const afterLabel = labelEnd !== null && last.textX === null && gap > 0;
      if (afterLabel) last.textX = item.x;
      const space = (afterLabel || gap > 0.15 * item.size) && !/\s$/.test(last.text) && !/^\s/.test(item.text) ? ' ' : '';
      last.text += space + item.text;
      last.x1 = Math.max(last.x1, item.x + item.width);
    }
    for (const segment of segments) segment.text = segment.text.replace(/\s+/g, ' ').trim();
    // A label set off by a tab wider than a column gap ("1." then the text at the next tab stop) belongs to its text.
    if (segments.length === 2 && LABEL.test(segments[0]!.text)) {
      const [label, text] = segments as [Segment, Segment];
      segments.splice(0, 2, { text: `${label.text} ${text.text}`, x0: label.x0, x1: text.x1, textX: text.x0 });
    }
    for (const segment of segments) if (segment.textX === null) segment.textX = inlineLabelEnd(segment);
    return { segments, y: row.main.y, size };
  });
}

/**
 * Where the text after a label starts, for a label printed in the same run as its text ("- Tập
 * trung", or "1.1.Nguyên" where the label filled the hanging indent): estimated by characters.
 */
function inlineLabelEnd(segment: Segment): number | null {
  const label = [/^(\S+)\s/u.exec(segment.text), /^(\d{1,3}(?:\.\d{1,3})*\.)(?=\p{L})/u.exec(segment.text)].find((found) => found && LABEL.test(found[1]!));
  if (!label) return null;
  return segment.x0 + ((segment.x1 - segment.x0) * label[0].length) / segment.text.length;
}

/**
 * Joins a wrapped line to its paragraph: with a space; without the hyphen that split a word
 * ("recom-" + "mend"); without a space after a hyphen or slash that ends a symbol or a number
 * range, where lines break inside them ("26-" + "KH/TU", "2021-" + "2025", "192/2019/" + "NQ-HĐND").
 * A hyphen after a space is a dash ("kinh tế -" + "xã hội") and keeps its spaces.
 */
export function joinWrapped(paragraph: string, next: string): string {
  if (/\p{L}-$/u.test(paragraph)) {
    return /^\p{Ll}/u.test(next) ? paragraph.slice(0, -1) + next : paragraph + next;
  }
  if (/\d-$/u.test(paragraph) && /^[\p{Lu}\d]/u.test(next)) return paragraph + next;
  if (/\S\/$/u.test(paragraph)) return paragraph + next;
  return `${paragraph} ${next}`;
}
