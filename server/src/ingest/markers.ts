/**
 * What opens a paragraph: a part letter ("A."), a Roman numeral ("IV."), an Arabic number of any
 * depth ("2.", "1.2.3", "3)"), a letter ("a)", "b.", "đ/"), a small Roman numeral ("ii)"), a
 * parenthesised one ("(1)", "(a)"), or a bullet glyph of any kind. Each kind and glyph is a
 * *style*; the outline nests paragraphs by the order in which styles appear, not by what one
 * document happens to use ("+" is not "sub" by itself).
 */
import { LETTER as ANY_LETTER, startsUpper } from './letters.ts';

/** The opening of a paragraph and the text after it. */
export interface Marker {
  /** Identity used for nesting: "roman", "arabic-2", "letter)", "bullet:•", ... */
  style: string;
  kind: 'part' | 'roman' | 'arabic' | 'letter' | 'small-roman' | 'bullet';
  /** Number parts as printed ("1.2." → [1, 2]); letters and numerals give their position; bullets none. */
  parts: number[];
  /** The marker as printed, trimmed ("1.2.", "b).", "–"). */
  printed: string;
}

export interface Marked {
  marker: Marker | null;
  /** The text after the marker (the whole text when there is none). */
  body: string;
}

/** Bullet glyphs seen in Vietnamese administrative documents and in their Word/PDF renderings. */
const GLYPHS = '-–—•◦▪▫●○■□◆◇♦❖➢➤►▶>*+·∙⁃‣✓✔→';
const BULLET = new RegExp(`^([${GLYPHS.replace(/[-\]\\^]/g, '\\$&')}\\uf0a7\\uf0b7\\uf076\\uf0d8\\uf0fc])\\s*(\\S.*)$`, 'u');
const PART = /^(?:(PHẦN|Phần)\s+(?:THỨ\s+|thứ\s+)?(\S+?)[.:]?\s+|([A-H])\s*[.)]\s+)(\S.*)$/u;
const ROMAN = /^([IVXL]{1,6})\s*(?:[.)/:]|\s-)\s*(\S.*)$/u;
const ARABIC = /^(\d{1,2}(?:\.\d{1,2}(?!\d)){0,4})(\.|\)|\/)?(?!\d)\s*(\S.*)$/u;
const LETTER = /^([a-zđ])\s*(\)\s*\.?|\.|\/)\s*(\S.*)$/u;
const SMALL_ROMAN = /^(i{1,3}|iv|vi{0,3}|ix|x)\s*(\)|\.)\s*(\S.*)$/u;
const PARENS = /^\((\d{1,2}|[a-zđ]|i{1,3}|iv|vi{0,3}|ix|x)\)\s*(\S.*)$/u;

/** Value of a Roman numeral ("XIV" → 14), or NaN when it is not one. */
export function romanValue(numeral: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  const upper = numeral.toUpperCase();
  if (!/^(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(upper) || !upper) return Number.NaN;
  let total = 0;
  for (let i = 0; i < upper.length; i++) {
    const value = values[upper[i]!]!;
    const next = values[upper[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

const LETTERS = 'abcdđeghiklmnopqrstuvxy';
const LETTER_OR_QUOTE = new RegExp(`^[${ANY_LETTER}"“(‘'[]`);

/** True when a heading's first word is capitalised (a Roman-numeral heading, not a stray "I." in prose). */
function startsCapitalised(text: string): boolean {
  return startsUpper(text.replace(/^["“(]/, ''));
}

/**
 * Splits a paragraph into its marker and text.
 * @param previousLetter the last letter marker seen, so "i)" after "h)" is a letter and otherwise a small Roman numeral.
 */
export function markerOf(text: string, previousLetter: string | null = null): Marked {
  const part = PART.exec(text);
  if (part) {
    const title = part[4]!;
    // "Phần lớn các doanh nghiệp …" is prose: a part word needs an ordinal after it.
    if (part[1] && ordinalOfPart(part[2]!) > 0)
      return { marker: { style: 'part-word', kind: 'part', parts: [ordinalOfPart(part[2]!)], printed: `${part[1]} ${part[2]}` }, body: title };
    // Single capitals A–H open parts when the heading reads as one ("A. MỤC ĐÍCH", "B. Nội dung").
    if (part[3] && startsCapitalised(title))
      return { marker: { style: 'part', kind: 'part', parts: [part[3].charCodeAt(0) - 64], printed: `${part[3]}.` }, body: title };
  }
  const roman = ROMAN.exec(text);
  if (roman && startsCapitalised(roman[2]!) && !Number.isNaN(romanValue(roman[1]!))) {
    return { marker: { style: 'roman', kind: 'roman', parts: [romanValue(roman[1]!)], printed: `${roman[1]}.` }, body: roman[2]! };
  }
  const arabic = ARABIC.exec(text);
  if (arabic) {
    const parts = arabic[1]!.split('.').map(Number);
    const closer = arabic[2] ?? '';
    // "3 nhằm ..." is prose; a heading number ends in a mark or has several parts ("1.2 Kế hoạch").
    if ((closer || parts.length > 1) && LETTER_OR_QUOTE.test(arabic[3]!)) {
      const body = arabic[3]!.replace(/^[.)]\s*/, '');
      return { marker: { style: `arabic-${parts.length}${closer === ')' ? ')' : ''}`, kind: 'arabic', parts, printed: `${arabic[1]}${closer}` }, body };
    }
  }
  const small = SMALL_ROMAN.exec(text);
  // "i)" right after "h)" (or "v)" after "u)") continues a lettered list; otherwise it is a small Roman numeral.
  const continuesLetters = small?.[1]!.length === 1 && previousLetter !== null && LETTERS.indexOf(small[1]) === LETTERS.indexOf(previousLetter) + 1;
  if (small && !continuesLetters) {
    return {
      marker: { style: `small-roman${small[2]}`, kind: 'small-roman', parts: [romanValue(small[1]!)], printed: `${small[1]}${small[2]}` },
      body: small[3]!,
    };
  }
  const letter = LETTER.exec(text);
  if (letter) {
    const mark = letter[2]!.replace(/\s+/g, '');
    return {
      marker: { style: `letter${mark.startsWith(')') ? ')' : mark}`, kind: 'letter', parts: [LETTERS.indexOf(letter[1]!) + 1], printed: `${letter[1]}${mark}` },
      body: letter[3]!,
    };
  }
  const parens = PARENS.exec(text);
  if (parens) {
    const value = parens[1]!;
    const continuing = value.length === 1 && previousLetter !== null && LETTERS.indexOf(value) === LETTERS.indexOf(previousLetter) + 1;
    const kind = /^\d/.test(value) ? 'arabic' : Number.isNaN(romanValue(value)) || continuing ? 'letter' : 'small-roman';
    const parts = [kind === 'arabic' ? Number(value) : kind === 'letter' ? LETTERS.indexOf(value) + 1 : romanValue(value)];
    return { marker: { style: `(${kind})`, kind, parts, printed: `(${value})` }, body: parens[2]! };
  }
  const bullet = BULLET.exec(text);
  // "-5%" is a minus sign; "- 05 dự án" is a bullet.
  if (bullet && !/^-\d/.test(text)) {
    return { marker: { style: `bullet:${bullet[1]}`, kind: 'bullet', parts: [], printed: bullet[1]! }, body: bullet[2]!.trim() };
  }
  return { marker: null, body: text };
}

function ordinalOfPart(word: string): number {
  const words = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
  const lower = word.toLowerCase();
  if (/^\d+$/.test(word)) return Number(word);
  if (words.includes(lower)) return words.indexOf(lower) + 1;
  if (lower === 'i' || lower === 'nhứt') return 1;
  const roman = romanValue(word);
  if (!Number.isNaN(roman)) return roman;
  return /^[A-H]$/.test(word) ? word.charCodeAt(0) - 64 : 0;
}
