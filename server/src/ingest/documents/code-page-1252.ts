/**
 * Windows-1252 as a byte ↔ character table. Legacy Vietnamese font encodings (TCVN3, VNI) were
 * typed through Windows' Western code page: bytes the font encoding leaves free (curly quotes,
 * dashes, "…" at 0x80–0x9F) show as Windows-1252 characters, and Word files and web pages store
 * such text as the Windows-1252 characters of its bytes.
 */

// Written out because Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1 (0x93 → U+0093,
// not “). The five bytes Windows-1252 leaves unassigned keep their C1 code point, as in WHATWG.
const C1_AREA = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Character of each byte 0x00–0xFF. */
export const CP1252_CHARS: readonly string[] = Array.from({ length: 256 }, (_, byte) =>
  byte >= 0x80 && byte < 0xa0 ? C1_AREA[byte - 0x80]! : String.fromCharCode(byte),
);

const byteOf = new Map(CP1252_CHARS.map((char, byte) => [char, byte]));

/**
 * The bytes behind a string that holds legacy font text as Windows-1252 characters; null when a
 * character has no byte (then the text was real Unicode, not font bytes). Symbol-font characters
 * (U+F000–U+F0FF, how Word stores text in fonts without a code page) map to their low byte.
 */
export function bytesOfCp1252Text(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // C1 controls too: text that went through ISO-8859-1 instead of Windows-1252 keeps its bytes there.
    const byte = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code >= 0x80 && code < 0xa0 ? code : byteOf.get(text[i]!);
    if (byte === undefined) return null;
    bytes[i] = byte;
  }
  return bytes;
}

/** The Windows-1252 byte of one character, or undefined when it has none. */
export function cp1252Byte(char: string): number | undefined {
  return byteOf.get(char);
}
