/**
 * Word 97–2003 (.doc) → one line per paragraph, with Word's automatic numbers put back in front,
 * and the 1-based paragraph index as each line's location, as the .docx reader gives them.
 * The binary format is read by doc-binary.ts and doc-lists.ts. Tables: a table with borders is
 * data (a task table), one line per row with its cells joined by " | " (a vertically merged cell
 * read once, in its first row); a borderless table is layout — the two-column header and signature
 * of official documents — read column after column, one line per paragraph.
 */
import { DocFormatError, FIB, openDoc, readSprms, sprmValue, type DocBinary, type Sprm } from './doc-binary.ts';
import { DocNumbering } from './doc-lists.ts';
import { DocumentReadError, type SourceLocation } from './document-text.ts';

// Paragraph property modifiers read here ([MS-DOC] 2.6.2, 2.6.3).
const IN_TABLE = 0x2416;
const ROW_END = 0x2417;
const DEPTH = 0x6649;
const INNER_ROW_END = 0x244c;
const LIST_LEVEL = 0x260a;
const LIST_OVERRIDE = 0x460b;
const TABLE_DEFINITION = 0xd608;
const TABLE_BORDERS_80 = 0xd605;
const TABLE_BORDERS = 0xd613;

interface Line {
  text: string;
  paragraph: number;
}

interface Row {
  cells: Line[][];
  bordered: boolean;
  /** Cells that continue a vertical merge from the row above. */
  continued: boolean[];
}

/** Reads a .doc file's body text. */
export function readDoc(bytes: Uint8Array, fileName: string): { text: string; locations: SourceLocation[] } {
  let binary: DocBinary;
  try {
    binary = openDoc(bytes);
  } catch (error) {
    if (error instanceof DocFormatError) throw new DocumentReadError(fileName, `the Word 97–2003 file cannot be read: ${error.message}`);
    throw error;
  }
  const styles = paragraphStyles(binary.tableStructure(FIB.stshf));
  const numbering = new DocNumbering(binary.tableFrom(FIB.plfLst), binary.tableFrom(FIB.plfLfo));
  const lines: Line[] = [];
  let rows: Row[] = [];
  let cells: Line[][] = [];
  let cell: Line[] = [];
  let paragraph = 0;
  let start = 0;
  const text = binary.text;
  for (let cp = 0; cp < text.length; cp++) {
    const mark = text[cp];
    // Paragraphs end at a paragraph mark, a cell mark, or a section mark (a page break).
    if (mark !== '\r' && mark !== '\x07' && mark !== '\x0c') continue;
    const raw = text.slice(start, cp);
    start = cp + 1;
    const { istd, sprms } = binary.paragraphAt(cp);
    const depth = sprmValue(sprms, DEPTH) ?? (sprmValue(sprms, IN_TABLE) ? 1 : 0);
    if (depth >= 1 && mark === '\x07' && sprmValue(sprms, ROW_END)) {
      // The row's end mark: the row's definition (borders, merges) is on it.
      rows.push({ cells, ...rowDefinition(sprms, cells.length) });
      cells = [];
      continue;
    }
    if (depth >= 2 && sprmValue(sprms, INNER_ROW_END)) continue;
    paragraph++;
    const list = listOf(sprms, istd, styles);
    const label = list ? numbering.next(list.ilfo, list.ilvl) : '';
    const own = visibleLines(label + raw).map((line) => ({ text: line, paragraph }));
    if (depth === 0) {
      if (rows.length > 0) lines.push(...tableLines(rows));
      rows = [];
      lines.push(...own);
      continue;
    }
    cell.push(...own);
    // An inner table's cells stay inside the outer cell.
    if (mark === '\x07' && depth === 1) {
      cells.push(cell);
      cell = [];
    }
  }
  if (rows.length > 0) lines.push(...tableLines(rows));
  return { text: lines.map((line) => line.text).join('\n'), locations: lines.map((line) => ({ paragraph: line.paragraph })) };
}

function tableLines(rows: Row[]): Line[] {
  const bordered = rows.filter((row) => row.bordered).length > rows.length / 2;
  if (!bordered || rows.every((row) => row.cells.length <= 1)) {
    const columns = Math.max(0, ...rows.map((row) => row.cells.length));
    const lines: Line[] = [];
    for (let column = 0; column < columns; column++) for (const row of rows) lines.push(...(row.cells[column] ?? []));
    return lines;
  }
  return rows
    .map((row) => row.cells.map((cell, i) => (row.continued[i] ? [] : cell)))
    .filter((cells) => cells.some((cell) => cell.length > 0))
    .map((cells) => ({
      text: cells.map((cell) => cell.map((line) => line.text).join(' ')).join(' | '),
      paragraph: cells.find((cell) => cell.length > 0)![0]!.paragraph,
    }));
}

/** What the text of a paragraph shows: field codes, objects and marks dropped, line breaks kept. */
function visibleLines(raw: string): string[] {
  let shown = '';
  const fields: boolean[] = []; // per open field: true while in its code, false in its result
  for (const char of raw) {
    switch (char) {
      case '\x13':
        fields.push(true);
        continue;
      case '\x14':
        if (fields.length > 0) fields[fields.length - 1] = false;
        continue;
      case '\x15':
        fields.pop();
        continue;
    }
    if (fields.includes(true)) continue;
    if (char === '\x0b') shown += '\n';
    else if (char === '\t') shown += ' ';
    else if (char === '\x1e') shown += '-';
    else if (char >= ' ' || char === '\n') shown += char;
    // Other control characters are anchors of pictures, notes and drawings, or the optional hyphen (0x1F): not shown.
  }
  return shown
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line.length > 0);
}

/** The list a paragraph is numbered in: its own list override, else its style's (following the styles it is based on). */
function listOf(sprms: Sprm[], istd: number, styles: Map<number, { base: number; sprms: Sprm[] }>): { ilfo: number; ilvl: number } | null {
  let ilfo = sprmValue(sprms, LIST_OVERRIDE);
  let ilvl = sprmValue(sprms, LIST_LEVEL);
  for (let style = styles.get(istd), depth = 0; style && depth < 10 && (ilfo === undefined || ilvl === undefined); depth++) {
    ilfo ??= sprmValue(style.sprms, LIST_OVERRIDE);
    ilvl ??= sprmValue(style.sprms, LIST_LEVEL);
    style = style.base === istd ? undefined : styles.get(style.base);
  }
  // 0 is "no list"; values from 0xF801 up are special "no list" markers.
  return ilfo && ilfo < 0x8000 ? { ilfo, ilvl: ilvl ?? 0 } : null;
}

/** Whether a row draws borders (its table's, or most of its cells'), and which cells continue a vertical merge. */
function rowDefinition(sprms: Sprm[], cellCount: number): { bordered: boolean; continued: boolean[] } {
  const continued = Array.from({ length: cellCount }, () => false);
  let bordered = false;
  const tableBorders80 = sprms.findLast((sprm) => sprm.code === TABLE_BORDERS_80);
  if (tableBorders80) bordered ||= [0, 1, 2, 3, 4, 5].some((i) => visibleBrc80(tableBorders80.bytes, tableBorders80.at + 1 + i * 4));
  const tableBorders = sprms.findLast((sprm) => sprm.code === TABLE_BORDERS);
  if (tableBorders) bordered ||= [0, 1, 2, 3, 4, 5].some((i) => ![0, 0xff].includes(tableBorders.bytes[tableBorders.at + 1 + i * 8 + 5] ?? 0));
  const definition = sprms.findLast((sprm) => sprm.code === TABLE_DEFINITION);
  if (definition) {
    const { bytes, at } = definition;
    const columns = bytes[at + 2] ?? 0;
    const cellsAt = at + 3 + (columns + 1) * 2;
    const end = at + 2 + (bytes[at]! | (bytes[at + 1]! << 8)) - 1;
    let withBorders = 0;
    for (let i = 0; i < columns && cellsAt + (i + 1) * 20 <= end; i++) {
      const tc = cellsAt + i * 20;
      if (i < cellCount) continued[i] = (((bytes[tc]! | (bytes[tc + 1]! << 8)) >> 5) & 0x3) === 1;
      if ([0, 1, 2, 3].some((side) => visibleBrc80(bytes, tc + 4 + side * 4))) withBorders++;
    }
    bordered ||= withBorders > columns / 2;
  }
  return { bordered, continued };
}

/** A Brc80 that draws a line: not nil (0xFFFFFFFF) and of a line type other than none. */
function visibleBrc80(bytes: Uint8Array, at: number): boolean {
  const nil = bytes[at] === 0xff && bytes[at + 1] === 0xff && bytes[at + 2] === 0xff && bytes[at + 3] === 0xff;
  return !nil && (bytes[at + 1] ?? 0) !== 0;
}

/** Paragraph styles' property modifiers and the style each is based on, from the style sheet (STSH). */
function paragraphStyles(stsh: Uint8Array | null): Map<number, { base: number; sprms: Sprm[] }> {
  const styles = new Map<number, { base: number; sprms: Sprm[] }>();
  if (!stsh || stsh.length < 6) return styles;
  const view = new DataView(stsh.buffer, stsh.byteOffset, stsh.byteLength);
  const cbStshi = view.getUint16(0, true);
  const count = view.getUint16(2, true);
  const baseSize = view.getUint16(4, true);
  let at = 2 + cbStshi;
  for (let istd = 0; istd < count && at + 2 <= stsh.length; istd++) {
    const cbStd = view.getUint16(at, true);
    const std = at + 2;
    at = std + cbStd;
    if (cbStd < 10 || at > stsh.length) continue;
    const kind = view.getUint16(std + 2, true) & 0x000f;
    if (kind !== 1) continue; // only paragraph styles number paragraphs
    const base = view.getUint16(std + 2, true) >> 4;
    const nameLength = view.getUint16(std + baseSize, true);
    const upx = std + baseSize + 2 + (nameLength + 1) * 2;
    if (upx + 4 > at) continue;
    const cbUpx = view.getUint16(upx, true);
    // UpxPapx: the style's index again, then its grpprl.
    styles.set(istd, { base, sprms: readSprms(stsh.subarray(upx + 4, Math.min(at, upx + 2 + cbUpx)), 0) });
  }
  return styles;
}
