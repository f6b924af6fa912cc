/**
 * Word 97–2003's automatic numbering, rebuilt ([MS-DOC] PlfLst, PlfLfo, LVL). A numbered
 * paragraph names a list override (ilfo) and a level (ilvl); the override names a list (lsid)
 * whose levels say how each is counted and printed: a number text with placeholders 0–8 for the
 * levels' counters, a number format, and what follows the number. Counters are kept per list
 * definition, a deeper level restarting when one above it moves on, as in docx-numbering.ts.
 * Lists defined alike count on from each other unless an override restarts them: LibreOffice
 * writes a restarted list as a copy of the list, and shows the copy's neighbours counting on.
 */
import { formatNumber } from './docx-numbering.ts';

interface Level {
  start: number;
  format: string;
  /** The number text: characters 0x00–0x08 stand for the counters of levels 1–9. */
  text: string;
  legal: boolean;
  /** Restart after a level above moves on (false: never restart). */
  restart: boolean;
  follow: 'tab' | 'space' | 'nothing';
}

interface Override {
  lsid: number;
  /** Levels whose start the override sets. */
  starts: Map<number, number>;
}

/** Word's number formats (nfc) by code; others print in decimal. */
const FORMATS: Record<number, string> = {
  0: 'decimal',
  1: 'upperRoman',
  2: 'lowerRoman',
  3: 'upperLetter',
  4: 'lowerLetter',
  22: 'decimalZero',
  23: 'bullet',
  255: 'none',
};

export class DocNumbering {
  private readonly lists = new Map<number, Level[]>();
  /** Lists defined alike share one set of counters: the definition, by list id. */
  private readonly counterKeys = new Map<number, string>();
  private readonly overrides: Override[] = [];
  private readonly counters = new Map<string, Map<number, number>>();
  private readonly startsApplied = new Set<string>();

  constructor(plfLst: Uint8Array | null, plfLfo: Uint8Array | null) {
    if (plfLst && plfLst.length >= 2) this.readLists(plfLst);
    if (plfLfo && plfLfo.length >= 4) this.readOverrides(plfLfo);
  }

  /** The label of the next paragraph of override `ilfo` (1-based) at level `ilvl`, with what follows it; "" when none. */
  next(ilfo: number, ilvl: number): string {
    const override = this.overrides[ilfo - 1];
    const levels = override && this.lists.get(override.lsid);
    const level = levels?.[ilvl];
    if (!override || !levels || !level) return '';
    const counterKey = this.counterKeys.get(override.lsid)!;
    let counters = this.counters.get(counterKey);
    if (!counters) this.counters.set(counterKey, (counters = new Map<number, number>()));
    const start = override.starts.get(ilvl);
    const key = `${ilfo}/${ilvl}`;
    if (start !== undefined && !this.startsApplied.has(key)) {
      this.startsApplied.add(key);
      counters.delete(ilvl);
    }
    counters.set(ilvl, counters.has(ilvl) ? counters.get(ilvl)! + 1 : (start ?? level.start));
    for (const deeper of [...counters.keys()]) if (deeper > ilvl && levels[deeper]?.restart !== false) counters.delete(deeper);
    if (level.format === 'none') return '';
    const label = [...level.text]
      .map((char) => {
        const placeholder = char.charCodeAt(0);
        if (placeholder > 8 || level.format === 'bullet') return bullet(char);
        const shown = levels[placeholder];
        const count = counters.get(placeholder) ?? shown?.start ?? 1;
        return formatNumber(count, level.legal ? 'decimal' : (shown?.format ?? 'decimal'));
      })
      .join('');
    if (!label) return '';
    return level.follow === 'nothing' ? label : `${label} `;
  }

  private readLists(bytes: Uint8Array): void {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const count = view.getInt16(0, true);
    // LSTFs (28 bytes each), then every list's LVLs in the same order.
    let at = 2 + count * 28;
    for (let i = 0; i < count && at < bytes.length; i++) {
      const lstf = 2 + i * 28;
      const lsid = view.getInt32(lstf, true);
      const simple = (bytes[lstf + 26]! & 0x01) !== 0;
      const levels: Level[] = [];
      for (let l = 0; l < (simple ? 1 : 9) && at + 28 <= bytes.length; l++) {
        const [level, next] = readLevel(bytes, view, at);
        levels.push(level);
        at = next;
      }
      this.lists.set(lsid, levels);
      this.counterKeys.set(lsid, JSON.stringify(levels.map(({ format, text, start }) => [format, text, start])));
    }
  }

  private readOverrides(bytes: Uint8Array): void {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const count = view.getInt32(0, true);
    // LFOs (16 bytes each), then for each its LFOData: a cp and clfolvl LFOLVLs (with an LVL when they reformat).
    let at = 4 + count * 16;
    for (let i = 0; i < count; i++) {
      const lfo = 4 + i * 16;
      const levelOverrides = bytes[lfo + 12] ?? 0;
      const override: Override = { lsid: view.getInt32(lfo, true), starts: new Map() };
      this.overrides.push(override);
      if (at + 4 > bytes.length) continue;
      at += 4;
      for (let j = 0; j < levelOverrides && at + 8 <= bytes.length; j++) {
        const startAt = view.getInt32(at, true);
        const flags = view.getUint32(at + 4, true);
        at += 8;
        if (flags & 0x10) override.starts.set(flags & 0x0f, startAt);
        if (flags & 0x20 && at + 28 <= bytes.length) at = readLevel(bytes, view, at)[1];
      }
    }
  }
}

/** One LVL: the fixed LVLF, its paragraph and character properties (skipped), its number text. */
function readLevel(bytes: Uint8Array, view: DataView, at: number): [Level, number] {
  const flags = bytes[at + 5]!;
  const follow = bytes[at + 15];
  const cbChpx = bytes[at + 24]!;
  const cbPapx = bytes[at + 25]!;
  let next = at + 28 + cbPapx + cbChpx;
  const length = next + 2 <= bytes.length ? view.getUint16(next, true) : 0;
  let text = '';
  for (let i = 0; i < length && next + 4 + i * 2 <= bytes.length; i++) text += String.fromCharCode(view.getUint16(next + 2 + i * 2, true));
  next += 2 + length * 2;
  const level: Level = {
    start: view.getInt32(at, true),
    format: FORMATS[bytes[at + 4]!] ?? 'decimal',
    text,
    legal: (flags & 0x04) !== 0,
    restart: (flags & 0x08) === 0,
    follow: follow === 1 ? 'space' : follow === 2 ? 'nothing' : 'tab',
  };
  return [level, next];
}

/** Bullets drawn in symbol fonts are private-use characters (U+F000 + the font's code). */
function bullet(char: string): string {
  const code = char.charCodeAt(0);
  if (code === 0xf0b7 || code === 0xb7) return '•';
  if (code === 0xf0a7) return '▪';
  if (code === 0xf0d8) return '➢';
  if (code >= 0xf021 && code < 0xf07f) return String.fromCharCode(code - 0xf000);
  return char;
}
