/**
 * VNI (the encoding of the VNI-Times fonts) ↔ Unicode.
 *
 * No maintained npm package converts VNI, so the table is written here from the encoding's
 * design: ASCII letters are followed by one byte for their marks ("Vieät" = V i e + 0xE4 = "Việt"),
 * ư ơ đ, ỵ and the toned i have a byte of their own, and capitals take the mark byte 0x20 below
 * the lower-case one. Decoding maps every byte to a letter or to combining marks and lets NFC
 * compose them; encoding inverts that table.
 */
import { CP1252_CHARS, cp1252Byte } from './code-page-1252.ts';

const GRAVE = '\u0300';
const ACUTE = '\u0301';
const TILDE = '\u0303';
const HOOK = '\u0309';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

/** Lower-case mark bytes after a vowel; the capital form is the byte minus 0x20. */
const MARK_BYTES: Record<number, string> = {
  0xf8: GRAVE,
  0xf9: ACUTE,
  0xf5: TILDE,
  0xfb: HOOK,
  0xef: DOT,
  0xe2: CIRCUMFLEX,
  0xe0: CIRCUMFLEX + GRAVE,
  0xe1: CIRCUMFLEX + ACUTE,
  0xe3: CIRCUMFLEX + TILDE,
  0xe5: CIRCUMFLEX + HOOK,
  0xe4: CIRCUMFLEX + DOT,
  0xea: BREVE,
  0xe8: BREVE + GRAVE,
  0xe9: BREVE + ACUTE,
  0xfc: BREVE + TILDE,
  0xfa: BREVE + HOOK,
  0xeb: BREVE + DOT,
};

/** Letters with a byte of their own, lower case; the capital is again 0x20 below. */
const LETTER_BYTES: Record<number, string> = {
  0xf4: 'ơ',
  0xf6: 'ư',
  0xf1: 'đ',
  0xee: 'ỵ',
  0xec: 'ì',
  0xed: 'í',
  0xe6: 'ỉ',
  0xf3: 'ĩ',
  0xf2: 'ị',
};

const DECODE: string[] = [...CP1252_CHARS];
for (const [byte, marks] of Object.entries(MARK_BYTES)) {
  DECODE[Number(byte)] = marks;
  DECODE[Number(byte) - 0x20] = marks;
}
for (const [byte, letter] of Object.entries(LETTER_BYTES)) {
  DECODE[Number(byte)] = letter;
  DECODE[Number(byte) - 0x20] = letter.toUpperCase();
}

/** Each precomposed letter VNI can write, with its bytes (one or two). */
const ENCODE = new Map<string, number[]>();
for (const [byte, letter] of Object.entries(LETTER_BYTES)) {
  ENCODE.set(letter, [Number(byte)]);
  ENCODE.set(letter.toUpperCase(), [Number(byte) - 0x20]);
}
for (const base of ['a', 'e', 'o', 'u', 'y', 'ơ', 'ư']) {
  const baseBytes = ENCODE.get(base) ?? [base.charCodeAt(0)];
  const capitalBytes = ENCODE.get(base.toUpperCase()) ?? [base.toUpperCase().charCodeAt(0)];
  for (const [byte, marks] of Object.entries(MARK_BYTES)) {
    // Vietnamese puts the circumflex on a, e, o only and the breve on a only.
    if ((marks.includes(CIRCUMFLEX) && !'aeo'.includes(base)) || (marks.includes(BREVE) && base !== 'a')) continue;
    const letter = (base + marks).normalize('NFC');
    ENCODE.set(letter, [...baseBytes, Number(byte)]);
    ENCODE.set(letter.toUpperCase(), [...capitalBytes, Number(byte) - 0x20]);
  }
}

/** Decodes VNI bytes to NFC Unicode. */
export function decodeVni(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += DECODE[byte];
  return text.normalize('NFC');
}

/** Encodes NFC text as VNI bytes; characters outside VNI become their Windows-1252 byte, else "?". */
export function encodeVni(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text.normalize('NFC')) {
    const code = char.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else bytes.push(...(ENCODE.get(char) ?? [cp1252Byte(char) ?? 0x3f]));
  }
  return Uint8Array.from(bytes);
}
