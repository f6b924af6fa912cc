/**
 * Decodes the bytes of a text file: UTF-8 (with or without BOM), UTF-16 (with BOM, or without one
 * when its zero bytes give it away), else an 8-bit Vietnamese encoding chosen by letter statistics
 * (Windows-1258, TCVN3, VNI). UTF-8 text that holds TCVN3/VNI characters (legacy text pasted into a
 * UTF-8 file) is converted too. The result is NFC.
 */
import { decodeLegacyVietnamese, repairFontText } from './legacy-vietnamese.ts';

export interface DecodedText {
  text: string;
  /** "utf-8", "utf-16le", "utf-16be", "windows-1258", "tcvn3", "vni", or "utf-8 (tcvn3 characters)" for repaired text. */
  encoding: string;
}

/** The Unicode encoding named by a byte-order mark, and the mark's length. */
export function byteOrderMark(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 without a BOM: most text has ASCII characters (spaces, digits, punctuation) whose high
 * byte is zero, so zeros crowd the odd (little-endian) or even (big-endian) positions.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 16) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.02) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.02) return 'utf-16be';
  return null;
}

/** True when the bytes are well-formed UTF-8. */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Decodes a text file's bytes (see the module comment). */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = byteOrderMark(bytes);
  const unicode = bom?.encoding ?? sniffUtf16(bytes) ?? (isUtf8(bytes) ? 'utf-8' : null);
  if (!unicode) return decodeLegacyVietnamese(bytes);
  const text = new TextDecoder(unicode).decode(bytes.subarray(bom?.length ?? 0)).normalize('NFC');
  const repaired = repairFontText(text);
  return repaired ? { text: repaired.text, encoding: `${unicode} (${repaired.encoding} characters)` } : { text, encoding: unicode };
}
