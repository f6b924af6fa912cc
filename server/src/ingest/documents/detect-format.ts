/**
 * Decides what a file is from its bytes, not its name: a PDF, a Word file (.docx, .doc), a web
 * page, plain text — or something else, named as precisely as its signature allows, so that the
 * refusal tells the analyst what they gave us ("an Excel workbook", "a PNG image").
 */
import { unzipSync } from 'fflate';
import { byteOrderMark, sniffUtf16 } from './text-encoding.ts';
import type { DocumentFormat } from './document-text.ts';

export type Detected = { format: DocumentFormat } | { format: null; looksLike: string };

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) => signature.every((byte, i) => bytes[offset + i] === byte);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** Signatures of files people mistake for documents, with what to call them. */
const OTHER_SIGNATURES: { signature: number[]; offset?: number; looksLike: string }[] = [
  { signature: [0x89, 0x50, 0x4e, 0x47], looksLike: 'a PNG image' },
  { signature: [0xff, 0xd8, 0xff], looksLike: 'a JPEG image' },
  { signature: ascii('GIF8'), looksLike: 'a GIF image' },
  { signature: [0x49, 0x49, 0x2a, 0x00], looksLike: 'a TIFF image' },
  { signature: [0x4d, 0x4d, 0x00, 0x2a], looksLike: 'a TIFF image' },
  { signature: ascii('WEBP'), offset: 8, looksLike: 'a WebP image' },
  { signature: ascii('BM'), looksLike: 'a BMP image' },
  { signature: ascii('{\\rtf'), looksLike: 'an RTF document (save it as .docx)' },
  { signature: [0x1f, 0x8b], looksLike: 'a gzip archive' },
  { signature: ascii('7z'), looksLike: 'a 7-Zip archive' },
  { signature: ascii('Rar!'), looksLike: 'a RAR archive' },
  { signature: [0x7f, 0x45, 0x4c, 0x46], looksLike: 'a program (ELF)' },
  { signature: ascii('MZ'), looksLike: 'a Windows program' },
  { signature: ascii('ftyp'), offset: 4, looksLike: 'a video or audio file (MP4)' },
  { signature: ascii('ID3'), looksLike: 'an MP3 audio file' },
  { signature: ascii('SQLite format 3'), looksLike: 'an SQLite database' },
];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** Detects the format of a file's bytes. */
export function detectFormat(bytes: Uint8Array): Detected {
  // PDF allows junk before the header; readers accept it within the first kilobyte.
  if (indexOf(bytes.subarray(0, 1024), ascii('%PDF-')) >= 0) return { format: 'pdf' };
  if (startsWith(bytes, ZIP)) return detectZip(bytes);
  if (startsWith(bytes, OLE2)) return detectOle2(bytes);
  for (const { signature, offset, looksLike } of OTHER_SIGNATURES) {
    if (startsWith(bytes, signature, offset)) return { format: null, looksLike };
  }
  if (!isText(bytes)) return { format: null, looksLike: 'binary data, not a document or text' };
  return { format: looksLikeHtml(bytes) ? 'html' : 'text' };
}

/** Office Open XML, OpenDocument and EPUB are ZIP archives; their parts say which. */
function detectZip(bytes: Uint8Array): Detected {
  const names: string[] = [];
  let mimetype: string;
  try {
    const files = unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return file.name === 'mimetype' && file.originalSize < 200;
      },
    });
    mimetype = files.mimetype ? new TextDecoder().decode(files.mimetype).trim() : '';
  } catch {
    return { format: null, looksLike: 'a damaged ZIP archive' };
  }
  if (names.includes('word/document.xml')) return { format: 'docx' };
  if (names.some((name) => name.startsWith('xl/'))) return { format: null, looksLike: 'an Excel workbook (.xlsx)' };
  if (names.some((name) => name.startsWith('ppt/'))) return { format: null, looksLike: 'a PowerPoint presentation (.pptx)' };
  if (mimetype === 'application/vnd.oasis.opendocument.text') return { format: null, looksLike: 'an OpenDocument text (.odt; save it as .docx)' };
  if (mimetype.startsWith('application/vnd.oasis.opendocument')) return { format: null, looksLike: 'an OpenDocument file that is not text' };
  if (mimetype === 'application/epub+zip') return { format: null, looksLike: 'an EPUB book' };
  return { format: null, looksLike: 'a ZIP archive (unpack it and import the document inside)' };
}

/** OLE2 compound files hold .doc, .xls, .ppt and .msg alike; the stream names in the directory tell them apart. */
function detectOle2(bytes: Uint8Array): Detected {
  const has = (name: string) => indexOf(bytes, utf16le(name)) >= 0;
  if (has('WordDocument')) return { format: 'doc' };
  if (has('Workbook') || has('Book')) return { format: null, looksLike: 'an Excel workbook (.xls)' };
  if (has('PowerPoint Document')) return { format: null, looksLike: 'a PowerPoint presentation (.ppt)' };
  return { format: null, looksLike: 'an Office file (OLE2) that is not a Word document' };
}

/** Text when it has a BOM or is UTF-16, or (UTF-8 or 8-bit) has no NUL bytes and few control characters. */
function isText(bytes: Uint8Array): boolean {
  if (byteOrderMark(bytes) || sniffUtf16(bytes)) return true;
  const sample = bytes.subarray(0, 65536);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control <= sample.length * 0.01;
}

/** A web page starts with a doctype or an html/head tag, or has its head and body tags near the top. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = latin1(bytes.subarray(0, 4096))
    .replaceAll('\u0000', '')
    .replace(/^(ï»¿|ÿþ|þÿ)/, '')
    .trimStart()
    .toLowerCase();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<!doctype html|^<html[\s>]/.test(head)) return true;
  return /<head[\s>]/.test(head) && /<(body|meta|title)[\s>]/.test(head);
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

function utf16le(text: string): number[] {
  return [...text].flatMap((char) => [char.charCodeAt(0), 0]);
}

function indexOf(haystack: Uint8Array, needle: number[]): number {
  const first = needle[0]!;
  for (let i = haystack.indexOf(first); i >= 0 && i <= haystack.length - needle.length; i = haystack.indexOf(first, i + 1)) {
    if (startsWith(haystack, needle, i)) return i;
  }
  return -1;
}
