/**
 * The mark that makes a generated plan synthetic, wherever its text goes.
 *
 * Generators (the bench corpus, the demo series, test variants) put one marker line at the top of
 * every text they make, above the document's header, where web pages carry their menus. The mark
 * travels with the text: a file saved from the demo and imported again, through the CLI or the
 * explorer, is still synthetic, with no option anyone has to remember.
 *
 * The parser honours the marker only as a whole line of its own before the document header, so no
 * real plan is marked by words in its body ("tổng hợp", "synthetic"), and the tag is one no
 * government document prints.
 */

/** The tag a marker line starts with. */
export const SYNTHETIC_TAG = '[accountability-graph:synthetic]';

/** The marker line: the tag, a warning a reader understands in either language, and what made the text. */
export function syntheticMarkerLine(madeBy: string): string {
  const note = madeBy.replace(/\s+/g, ' ').trim();
  return `${SYNTHETIC_TAG} DỮ LIỆU MÔ PHỎNG, KHÔNG PHẢI VĂN BẢN THẬT / SYNTHETIC PLAN, NOT A REAL DOCUMENT${note ? ` — ${note}` : ''}`;
}

/** The text with a marker line on top (a text already marked gets no second one). */
export function markSynthetic(text: string, madeBy: string): string {
  if (hasSyntheticMarker(text.split(/\r\n|\r|\n/), Number.POSITIVE_INFINITY)) return text;
  return `${syntheticMarkerLine(madeBy)}\n${text}`;
}

/**
 * True when one of the lines before `bodyStart` (1-based line of the document header) is a marker
 * line. Lines are raw or trimmed; a marker inside a paragraph or below the header does not count.
 */
export function hasSyntheticMarker(lines: readonly string[], bodyStart: number): boolean {
  const before = Math.min(lines.length, bodyStart - 1);
  for (let i = 0; i < before; i++) {
    if (lines[i]!.replace(/^[\s\u00a0\ufeff]+/, '').startsWith(SYNTHETIC_TAG)) return true;
  }
  return false;
}
