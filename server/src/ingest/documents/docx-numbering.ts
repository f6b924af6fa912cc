/**
 * Word's automatic numbering, rebuilt. A numbered paragraph's "1.", "1.2." or "a)" is not in its
 * text: the paragraph names a list (numId) and a level, and numbering.xml says how each level is
 * counted and printed. The parser's outline needs those numbers, and mammoth (the maintained .docx
 * reader) drops them, so the counters are kept here the way Word keeps them: per abstract list
 * (list instances that share one continue each other unless they override a level's start), a
 * level restarts when a level above it moves on, and "%1.%2." prints the current counters.
 */
import { toRoman } from '../outline.ts';
import { attr, child, children, isOn, parseXml, path, type Element } from './xml-tree.ts';

interface Level {
  start: number;
  format: string;
  text: string;
  /** Restart after this (1-based) level is used; 0 = never; null = after any level above. */
  restartAfter: number | null;
  /** "Legal" numbering: print every level in decimal. */
  legal: boolean;
  suffix: 'tab' | 'space' | 'nothing';
  /** The font the label is drawn in (a bullet's glyph depends on it). */
  font: string | undefined;
  /** The paragraph style this level numbers (numbered headings). */
  style: string | undefined;
}

interface ListInstance {
  abstractId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, Level>;
}

/** Where a paragraph's number comes from: a list instance and a level. */
export interface NumberingRef {
  numId: string;
  level: number;
}

// Bullets are often drawn from symbol fonts, whose characters Word stores in the private use area
// (U+F000 + the font's code). These are Wingdings' and Symbol's bullet shapes.
const SYMBOL_BULLETS: Record<string, string> = {
  '\uf0b7': '•',
  '\uf0a7': '▪',
  '\uf0a8': '□',
  '\uf0d8': '➢',
  '\uf076': '❖',
  '\uf0fc': '✓',
  '\uf02d': '-',
  '\uf0e0': '➢',
  '\uf06e': '■',
  '\uf071': '❑',
  o: '◦',
};

export class WordNumbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly instances = new Map<string, ListInstance>();
  /** Current counter of each level, per abstract list; absent = not used since its last restart. */
  private readonly counters = new Map<string, Map<number, number>>();
  private readonly overridesApplied = new Set<string>();

  /**
   * `styles`: the document's styles by id. A list may take its levels from a numbering style
   * (numStyleLink → the style's numId → the abstract list that defines it, marked styleLink), as
   * Word's list styles do; it then counts with that list.
   */
  constructor(numberingXml: string | null, styles: Map<string, Element> = new Map()) {
    const root = numberingXml ? parseXml(numberingXml).find((element) => element.name.endsWith('numbering')) : undefined;
    const links = new Map<string, string>();
    for (const abstract of children(root, 'abstractNum')) {
      const link = attr(child(abstract, 'numStyleLink'), 'val');
      if (link) links.set(attr(abstract, 'abstractNumId') ?? '', link);
      this.abstracts.set(
        attr(abstract, 'abstractNumId') ?? '',
        new Map(children(abstract, 'lvl').map((lvl) => [Number(attr(lvl, 'ilvl') ?? 0), readLevel(lvl)])),
      );
    }
    for (const num of children(root, 'num')) {
      const startOverrides = new Map<number, number>();
      const levelOverrides = new Map<number, Level>();
      for (const override of children(num, 'lvlOverride')) {
        const level = Number(attr(override, 'ilvl') ?? 0);
        const start = attr(child(override, 'startOverride'), 'val');
        if (start !== undefined) startOverrides.set(level, Number(start));
        const lvl = child(override, 'lvl');
        if (lvl) levelOverrides.set(level, readLevel(lvl));
      }
      this.instances.set(attr(num, 'numId') ?? '', { abstractId: attr(child(num, 'abstractNumId'), 'val') ?? '', startOverrides, levelOverrides });
    }
    for (const instance of this.instances.values()) {
      const style = links.get(instance.abstractId);
      const definingNum = style ? attr(path(styles.get(style), 'pPr', 'numPr', 'numId'), 'val') : undefined;
      const defining = definingNum ? this.instances.get(definingNum) : undefined;
      if (defining && !links.has(defining.abstractId)) instance.abstractId = defining.abstractId;
    }
  }

  /** The level of list `numId` that numbers paragraphs of style `styleId` (0 when none names it). */
  levelOfStyle(numId: string, styleId: string | undefined): number {
    const instance = this.instances.get(numId);
    const levels = instance ? this.abstracts.get(instance.abstractId) : undefined;
    for (const [ilvl, level] of levels ?? []) if (styleId !== undefined && level.style === styleId) return ilvl;
    return 0;
  }

  /**
   * The label of the next paragraph of list `numId` at `level`, with the separator Word puts
   * after it ("1.1. ", "- "); "" for lists that print nothing. Advances the counters.
   */
  next({ numId, level }: NumberingRef): string {
    const instance = this.instances.get(numId);
    if (!instance) return '';
    const levelOf = (ilvl: number) => instance.levelOverrides.get(ilvl) ?? this.abstracts.get(instance.abstractId)?.get(ilvl);
    const current = levelOf(level);
    if (!current) return '';
    let counters = this.counters.get(instance.abstractId);
    if (!counters) this.counters.set(instance.abstractId, (counters = new Map<number, number>()));

    const overrideKey = `${numId}/${level}`;
    const override = instance.startOverrides.get(level);
    if (override !== undefined && !this.overridesApplied.has(overrideKey)) {
      this.overridesApplied.add(overrideKey);
      counters.set(level, override - 1);
    }
    const value = counters.has(level) ? counters.get(level)! + 1 : (override ?? current.start);
    counters.set(level, value);
    for (const deeper of [...counters.keys()].filter((ilvl) => ilvl > level)) {
      const restartAfter = levelOf(deeper)?.restartAfter ?? null;
      if (restartAfter === null || (restartAfter !== 0 && restartAfter <= level + 1)) counters.delete(deeper);
    }

    if (current.format === 'none') return '';
    const label =
      current.format === 'bullet'
        ? [...current.text].map((char) => bulletGlyph(char, current.font)).join('')
        : current.text.replace(/%([1-9])/g, (_, n: string) => {
            const ilvl = Number(n) - 1;
            const shown = levelOf(ilvl);
            const count = counters.get(ilvl) ?? instance.startOverrides.get(ilvl) ?? shown?.start ?? 1;
            return formatNumber(count, current.legal ? 'decimal' : (shown?.format ?? 'decimal'));
          });
    if (!label) return '';
    return current.suffix === 'nothing' ? label : `${label} `;
  }
}

/**
 * The numbering a paragraph takes: list and level from its own numPr, else from its style's
 * (following basedOn). A level given by neither is the one whose definition names the
 * paragraph's style — Word's numbered headings: "Heading 2" names a list, and the list's second
 * level names "Heading 2". numId 0 switches numbering off.
 */
export function paragraphNumbering(paragraph: Element, styles: Map<string, Element>, numbering: WordNumbering): NumberingRef | null {
  const direct = path(paragraph, 'pPr', 'numPr');
  let numId = attr(child(direct, 'numId'), 'val');
  let level = attr(child(direct, 'ilvl'), 'val');
  const paragraphStyle = attr(path(paragraph, 'pPr', 'pStyle'), 'val');
  let styleId = paragraphStyle;
  for (let depth = 0; styleId && depth < 10 && (numId === undefined || level === undefined); depth++) {
    const style = styles.get(styleId);
    const numPr = path(style, 'pPr', 'numPr');
    numId ??= attr(child(numPr, 'numId'), 'val');
    level ??= attr(child(numPr, 'ilvl'), 'val');
    styleId = attr(child(style, 'basedOn'), 'val');
  }
  if (!numId || numId === '0') return null;
  return { numId, level: level !== undefined ? Number(level) : numbering.levelOfStyle(numId, paragraphStyle) };
}

function readLevel(lvl: Element): Level {
  const restart = attr(child(lvl, 'lvlRestart'), 'val');
  const suffix = attr(child(lvl, 'suff'), 'val');
  return {
    start: Number(attr(child(lvl, 'start'), 'val') ?? 0),
    format: attr(child(lvl, 'numFmt'), 'val') ?? 'decimal',
    text: attr(child(lvl, 'lvlText'), 'val') ?? '',
    restartAfter: restart === undefined ? null : Number(restart),
    legal: isOn(child(lvl, 'isLgl')),
    suffix: suffix === 'space' || suffix === 'nothing' ? suffix : 'tab',
    font: attr(path(lvl, 'rPr', 'rFonts'), 'ascii') ?? attr(path(lvl, 'rPr', 'rFonts'), 'hAnsi'),
    style: attr(child(lvl, 'pStyle'), 'val'),
  };
}

/**
 * A bullet's character as text. Symbol keeps ASCII's punctuation at its codes, so "+" drawn in
 * Symbol (U+F02B, as LibreOffice saves it) is "+"; other private-use codes are looked up.
 */
function bulletGlyph(char: string, font: string | undefined): string {
  const known = SYMBOL_BULLETS[char];
  if (known) return known;
  const code = char.codePointAt(0)! - 0xf000;
  if (/^symbol$/i.test(font ?? '') && code > 0x20 && code < 0x7f && /[\p{P}\p{S}]/u.test(String.fromCharCode(code))) return String.fromCharCode(code);
  return char;
}

/** A counter in one of Word's number formats; formats without a rule here print in decimal. */
export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    case 'upperRoman':
      return roman(value);
    case 'lowerRoman':
      return roman(value).toLowerCase();
    case 'upperLetter':
      return letters(value);
    case 'lowerLetter':
      return letters(value).toLowerCase();
    default:
      return String(value);
  }
}

/** Word's roman numbering: the outline's numerals (1..3999); zero and below as digits. */
function roman(value: number): string {
  return value <= 0 ? String(value) : toRoman(value);
}

/** Word's letter numbering: A..Z, then AA..ZZ, AAA... (the letter repeats). */
function letters(value: number): string {
  if (value <= 0) return String(value);
  const letter = String.fromCharCode(65 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}
