/**
 * TCVN3 (TCVN 5712:1993 VN3, the "ABC" encoding of the .VnTime fonts) ↔ Unicode.
 *
 * No maintained npm package converts TCVN3 (iconv-lite's "tcvn" is VN1, whose upper half places
 * capitals where VN3 has none), so the table is written here from the standard. VN3 keeps ASCII
 * and adds 67 lower-case letters, 7 capitals without tone (Ă Â Ê Ô Ơ Ư Đ) and the no-break space,
 * all in 0xA0–0xFF. Toned capitals do not exist in VN3: typists switched to an all-capitals font
 * (.VnTimeH), which draws the lower-case codes as capitals, so plain TCVN3 text has lost their case.
 * {@link restoreCapitals} puts it back from the words around them.
 */
import { CP1252_CHARS, cp1252Byte } from './code-page-1252.ts';

// 0xA0–0xFF, 16 a row. "·" marks the 21 codes VN3 leaves free; the decoder reads them as VN1
// (the same standard's full table) assigns them: capitals and, at 0xB0–0xB4, combining tones.
const VN3_ROWS = ['\u00a0ĂÂÊÔƠƯĐăâêôơưđ·', '·····àảãáạ·ằẳẵắ·', '······ặầẩẫấậè·ẻẽ', 'éẹềểễếệìỉ···ĩíịò', '·ỏõóọồổỗốộờởỡớợù', '·ủũúụừửữứựỳỷỹýỵ·'];
const VN1_EXTRAS: Record<number, string> = {
  0xaf: 'Ằ',
  0xb0: '\u0300',
  0xb1: '\u0309',
  0xb2: '\u0303',
  0xb3: '\u0301',
  0xb4: '\u0323',
  0xba: 'Ẳ',
  0xbf: 'Ẵ',
  0xc0: 'Ắ',
  0xc1: 'Ầ',
  0xc2: 'Ẩ',
  0xc3: 'Ẫ',
  0xc4: 'Ấ',
  0xc5: 'Ề',
  0xcd: 'Ể',
  0xd9: 'Ễ',
  0xda: 'Ế',
  0xdb: 'Ồ',
  0xe0: 'Ổ',
  0xf0: 'Ỗ',
  0xff: 'Ố',
};

const VN3_HIGH = [...VN3_ROWS.join('')];
/** Character of each byte: ASCII, Windows-1252 in 0x80–0x9F (the fonts' host code page), then VN3 (VN1 where VN3 is free). */
const DECODE: readonly string[] = Array.from({ length: 256 }, (_, byte) => {
  if (byte < 0xa0) return CP1252_CHARS[byte]!;
  const char = VN3_HIGH[byte - 0xa0]!;
  return char === '·' ? VN1_EXTRAS[byte]! : char;
});
const ENCODE = new Map<string, number>();
VN3_HIGH.forEach((char, i) => {
  if (char !== '·') ENCODE.set(char, 0xa0 + i);
});

/** Lower-case letters VN3 has no capital for: every vowel with a tone mark. A word in an all-capitals line shows them in lower case. */
const CASELESS = new Set([...ENCODE.keys()].filter((char) => char !== char.toUpperCase() && !ENCODE.has(char.toUpperCase())));

/** Decodes TCVN3 bytes to NFC Unicode, restoring the case of toned capitals. */
export function decodeTcvn3(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += DECODE[byte];
  return restoreCapitals(text.normalize('NFC'));
}

/**
 * Encodes NFC text as TCVN3 bytes the way a .VnTime typist stored it: toned capitals as their
 * lower-case codes; characters outside VN3 as their Windows-1252 byte, else "?".
 */
export function encodeTcvn3(text: string): Uint8Array {
  const chars = [...text.normalize('NFC')];
  const bytes = new Uint8Array(chars.length);
  chars.forEach((char, i) => {
    const code = char.charCodeAt(0);
    bytes[i] = code < 0x80 ? code : (ENCODE.get(char) ?? ENCODE.get(char.toLowerCase()) ?? cp1252Byte(char) ?? 0x3f);
  });
  return bytes;
}

type WordCase = 'upper' | 'lower' | 'unknown';

/**
 * Puts back the capitals TCVN3 text lost. Within a line, a word is upper case when its letters
 * that have a VN3 capital are all capitals (at least two, or one after a caseless letter: "ủY" is
 * "ỦY"); lower case when one is not; otherwise ("Kế", "ở") it takes the case of the nearest word
 * that tells. A caseless letter that opens a line or a sentence is a capital.
 */
export function restoreCapitals(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const words = [...line.matchAll(/\p{L}+/gu)];
      const cases = words.map((match) => wordCase(match[0]));
      let result = line;
      words.forEach((match, i) => {
        const word = match[0];
        if (![...word].some((char) => CASELESS.has(char))) return;
        const upper = cases[i] === 'upper' || (cases[i] === 'unknown' && nearestCase(cases, i) === 'upper');
        const fixed = upper ? word.toUpperCase() : capitaliseIfOpening(line, match.index, word);
        if (fixed !== word) result = result.slice(0, match.index) + fixed + result.slice(match.index + word.length);
      });
      return result;
    })
    .join('\n');
}

function wordCase(word: string): WordCase {
  // Acronyms in capitals ("KH-UBND", "KCN") stand beside lower-case text too: they tell nothing.
  if (/^[A-Z]+$/.test(word)) return 'unknown';
  let capitals = 0;
  let afterCaseless = false;
  let sawCaseless = false;
  for (const char of word) {
    if (CASELESS.has(char)) {
      sawCaseless = true;
    } else if (char !== char.toUpperCase()) {
      return 'lower';
    } else if (char !== char.toLowerCase()) {
      capitals++;
      if (sawCaseless) afterCaseless = true;
    }
  }
  return capitals >= 2 || afterCaseless ? 'upper' : 'unknown';
}

function nearestCase(cases: WordCase[], index: number): WordCase {
  for (let distance = 1; distance < cases.length; distance++) {
    const before = cases[index - distance];
    if (before && before !== 'unknown') return before;
    const after = cases[index + distance];
    if (after && after !== 'unknown') return after;
  }
  return 'unknown';
}

/** Capitalises a word that starts a line (after any bullet or number) or a sentence, when its first letter is caseless. */
function capitaliseIfOpening(line: string, index: number, word: string): string {
  if (!CASELESS.has(word[0]!)) return word;
  const before = line.slice(0, index);
  const opens = /^[\s\p{P}\p{S}\d]*$/u.test(before) || /[.!?:]["”)]?\s+$/u.test(before);
  return opens ? word[0]!.toUpperCase() + word.slice(1) : word;
}
