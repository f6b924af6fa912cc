/**
 * The parts of a Word 97–2003 (.doc) file the reader needs, read from the binary format
 * ([MS-DOC]): the File Information Block, the piece table that maps character positions to text
 * in the WordDocument stream, and paragraph properties (PAPX) as lists of property modifiers
 * (sprms). The compound file itself is opened with `cfb` (SheetJS's reader).
 *
 * Written here because the maintained-looking reader, word-extractor 1.0.4, misreads the length
 * of sprmTDefTable (2 bytes, not 1), so any .doc with a task table failed with a RangeError, and it
 * drops list numbers; nothing else on npm reads .doc.
 */
import CFB from 'cfb';
import { CP1252_CHARS } from './code-page-1252.ts';

/** A paragraph property modifier: its code and where its operand starts in `bytes`. */
export interface Sprm {
  code: number;
  bytes: Uint8Array;
  at: number;
}

export interface DocBinary {
  /** The main document's text (the first ccpText characters). */
  text: string;
  /** The property modifiers of the paragraph whose mark is at `cp`, and its style's index. */
  paragraphAt(cp: number): { istd: number; sprms: Sprm[] };
  /** A structure of the table stream by its index in FibRgFcLcb97 (fc, lcb), or null when absent. */
  tableStructure(index: number): Uint8Array | null;
  /** The table stream from a structure's start to its end (list levels follow the PlfLst outside its stated length). */
  tableFrom(index: number): Uint8Array | null;
}

/** Indexes into FibRgFcLcb97 ([MS-DOC] 2.5.6). */
export const FIB = { stshf: 1, plcfBtePapx: 13, clx: 33, plfLst: 73, plfLfo: 74 } as const;

export class DocFormatError extends Error {}

/** Opens a .doc file's streams and reads its text and paragraph properties. */
export function openDoc(bytes: Uint8Array): DocBinary {
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(bytes, { type: 'buffer' });
  } catch (error) {
    throw new DocFormatError(`not an OLE compound file (${(error as Error).message})`);
  }
  const stream = (name: string) => {
    const entry = CFB.find(container, name);
    return entry?.content ? new Uint8Array(entry.content) : null;
  };
  const word = stream('WordDocument');
  if (!word || word.length < 0x200) throw new DocFormatError('no WordDocument stream');
  const view = new DataView(word.buffer, word.byteOffset, word.byteLength);
  if (view.getUint16(0, true) !== 0xa5ec) throw new DocFormatError('not a Word 97–2003 document (a Word 6/95 file or older)');
  const flags = view.getUint16(0x0a, true);
  if (flags & 0x0100) throw new DocFormatError('the Word file is password-protected: save an unprotected copy');
  const table = stream(flags & 0x0200 ? '1Table' : '0Table');
  if (!table) throw new DocFormatError('the table stream is missing');
  const ccpText = view.getUint32(0x4c, true);
  // FibRgFcLcb starts after the fixed base, FibRgW and FibRgLw, whose lengths the file states.
  const fcLcbStart = 32 + 2 + view.getUint16(32, true) * 2 + 2 + view.getUint16(34 + view.getUint16(32, true) * 2, true) * 4 + 2;
  const fcLcbCount = view.getUint16(fcLcbStart - 2, true);
  const fcLcb = (index: number) =>
    index < fcLcbCount ? { fc: view.getUint32(fcLcbStart + index * 8, true), lcb: view.getUint32(fcLcbStart + index * 8 + 4, true) } : { fc: 0, lcb: 0 };
  const tableStructure = (index: number) => {
    const { fc, lcb } = fcLcb(index);
    return lcb > 0 && fc + lcb <= table.length ? table.subarray(fc, fc + lcb) : null;
  };
  const tableFrom = (index: number) => {
    const { fc, lcb } = fcLcb(index);
    return lcb > 0 && fc < table.length ? table.subarray(fc) : null;
  };
  const pieces = readPieces(tableStructure(FIB.clx));
  const text = readText(word, pieces, ccpText);
  const papx = readPapx(word, tableStructure(FIB.plcfBtePapx));
  return {
    text,
    tableStructure,
    tableFrom,
    paragraphAt(cp) {
      const fc = fileOffset(pieces, cp);
      // The run whose [start, end) holds the mark; runs are sorted by start.
      let low = 0;
      let high = papx.length - 1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        const run = papx[middle]!;
        if (fc < run.start) high = middle - 1;
        else if (fc >= run.end) low = middle + 1;
        else return { istd: run.istd, sprms: run.sprms };
      }
      return { istd: 0, sprms: [] };
    },
  };
}

interface Piece {
  cpStart: number;
  cpEnd: number;
  /** Byte offset of the piece's first character in the WordDocument stream. */
  fc: number;
  /** 8-bit Windows-1252 characters instead of UTF-16. */
  compressed: boolean;
}

/** The piece table (Clx: property runs to skip, then the PlcPcd). */
function readPieces(clx: Uint8Array | null): Piece[] {
  if (!clx) throw new DocFormatError('the piece table is missing');
  const view = new DataView(clx.buffer, clx.byteOffset, clx.byteLength);
  let at = 0;
  while (at < clx.length && clx[at] === 0x01) at += 3 + view.getUint16(at + 1, true);
  if (clx[at] !== 0x02) throw new DocFormatError('the piece table is damaged');
  const lcb = view.getUint32(at + 1, true);
  const plc = at + 5;
  const count = (lcb - 4) / 12;
  const pieces: Piece[] = [];
  for (let i = 0; i < count; i++) {
    const descriptor = plc + (count + 1) * 4 + i * 8;
    const raw = view.getUint32(descriptor + 2, true);
    const compressed = (raw & 0x40000000) !== 0;
    const fc = raw & 0x3fffffff;
    pieces.push({ cpStart: view.getUint32(plc + i * 4, true), cpEnd: view.getUint32(plc + (i + 1) * 4, true), fc: compressed ? fc / 2 : fc, compressed });
  }
  return pieces;
}

function readText(word: Uint8Array, pieces: Piece[], ccpText: number): string {
  let text = '';
  for (const piece of pieces) {
    const end = Math.min(piece.cpEnd, ccpText);
    for (let cp = piece.cpStart; cp < end; cp++) {
      const offset = piece.fc + (cp - piece.cpStart) * (piece.compressed ? 1 : 2);
      text += piece.compressed ? CP1252_CHARS[word[offset] ?? 0x20]! : String.fromCharCode((word[offset] ?? 0x20) | ((word[offset + 1] ?? 0) << 8));
    }
  }
  return text;
}

function fileOffset(pieces: Piece[], cp: number): number {
  const piece = pieces.find((candidate) => cp >= candidate.cpStart && cp < candidate.cpEnd) ?? pieces.at(-1)!;
  return piece.fc + (cp - piece.cpStart) * (piece.compressed ? 1 : 2);
}

interface PapxRun {
  start: number;
  end: number;
  istd: number;
  sprms: Sprm[];
}

/** Paragraph properties from the PAPX FKP pages (512-byte pages of the WordDocument stream). */
function readPapx(word: Uint8Array, plcBte: Uint8Array | null): PapxRun[] {
  if (!plcBte) return [];
  const bte = new DataView(plcBte.buffer, plcBte.byteOffset, plcBte.byteLength);
  const count = (plcBte.length - 4) / 8;
  const runs: PapxRun[] = [];
  for (let i = 0; i < count; i++) {
    const pn = bte.getUint32((count + 1) * 4 + i * 4, true) & 0x3fffff;
    const page = word.subarray(pn * 512, pn * 512 + 512);
    if (page.length < 512) continue;
    const view = new DataView(page.buffer, page.byteOffset, 512);
    const crun = page[511]!;
    for (let j = 0; j < crun; j++) {
      const offset = page[(crun + 1) * 4 + j * 13]! * 2;
      let grpprl: Uint8Array;
      if (offset === 0)
        grpprl = new Uint8Array(2); // no properties: style 0
      else {
        const cb = page[offset]!;
        grpprl = cb !== 0 ? page.subarray(offset + 1, offset + 1 + 2 * cb - 1) : page.subarray(offset + 2, offset + 2 + 2 * page[offset + 1]!);
      }
      runs.push({
        start: view.getUint32(j * 4, true),
        end: view.getUint32((j + 1) * 4, true),
        istd: grpprl.length >= 2 ? grpprl[0]! | (grpprl[1]! << 8) : 0,
        sprms: readSprms(grpprl, 2),
      });
    }
  }
  return runs.sort((a, b) => a.start - b.start);
}

/** The sprms of a grpprl from `at` on; a truncated last one is dropped. */
export function readSprms(bytes: Uint8Array, at: number): Sprm[] {
  const sprms: Sprm[] = [];
  while (at + 2 <= bytes.length) {
    const code = bytes[at]! | (bytes[at + 1]! << 8);
    at += 2;
    const size = operandSize(code, bytes, at);
    if (size === null || at + size > bytes.length) break;
    sprms.push({ code, bytes, at });
    at += size;
  }
  return sprms;
}

/** sprmTDefTable: its operand's length is a 2-byte count ([MS-DOC] 2.6.4), unlike other variable sprms. */
const TDEF_TABLE = 0xd608;
/** sprmPChgTabs: a length of 255 means the length follows from the tab lists inside. */
const CHG_TABS = 0xc615;

function operandSize(code: number, bytes: Uint8Array, at: number): number | null {
  switch (code >>> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default: {
      if (at >= bytes.length) return null;
      if (code === TDEF_TABLE) return at + 1 < bytes.length ? (bytes[at]! | (bytes[at + 1]! << 8)) + 1 : null;
      if (code === CHG_TABS && bytes[at] === 255) {
        const deleted = bytes[at + 1] ?? 0;
        const added = bytes[at + 2 + deleted * 4] ?? 0;
        return 1 + 1 + deleted * 4 + 1 + added * 3;
      }
      return 1 + bytes[at]!;
    }
  }
}

/** The operand of the last sprm with this code (later ones override earlier ones), as an unsigned number. */
export function sprmValue(sprms: Sprm[], code: number): number | undefined {
  const sprm = sprms.findLast((candidate) => candidate.code === code);
  if (!sprm) return undefined;
  const { bytes, at } = sprm;
  switch (code >>> 13) {
    case 0:
    case 1:
      return bytes[at];
    case 2:
    case 4:
    case 5:
      return bytes[at]! | (bytes[at + 1]! << 8);
    case 3:
      return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
    default:
      return undefined;
  }
}
