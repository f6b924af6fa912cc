/**
 * A saved web page → its visible text, one line per block (paragraph, heading, list item, table
 * row as cells joined by " | "), read through htmlparser2. The parser then finds the plan between
 * the site's menus and footers exactly as it does in a page's pasted text.
 *
 * Encoding: a byte-order mark, else the page's <meta charset> (the HTML spec's pre-scan, which is
 * a few lines and so written here), else UTF-8 when valid, else the 8-bit Vietnamese encodings
 * by letter statistics. Text set in .VnTime or VNI-Times fonts (font face or CSS font-family) is
 * converted from those encodings.
 */
import { isTag, isText, type ChildNode, type Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { decodeFontRun, decodeLegacyVietnamese, legacyFont, type LegacyFont } from './legacy-vietnamese.ts';
import { byteOrderMark, isUtf8, sniffUtf16 } from './text-encoding.ts';

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'legend',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'ul',
]);
const HIDDEN = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'select', 'button']);

/** Reads a web page's text. */
export function readHtml(bytes: Uint8Array): { text: string; encoding: string } {
  const { html, encoding } = decodeHtml(bytes);
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };

  const visit = (node: ChildNode, font: LegacyFont | null, pre: boolean) => {
    if (isText(node)) {
      const text = font ? decodeFontRun(node.data, font) : node.data;
      if (pre) {
        const [first, ...rest] = text.split('\n');
        current += first;
        for (const line of rest) {
          flush();
          current = line;
        }
      } else current += text;
      return;
    }
    if (!isTag(node) || HIDDEN.has(node.name) || isHiddenByStyle(node)) return;
    // An element that names a font switches the encoding for its text, to a legacy one or back to Unicode.
    const named = node.attribs.face ?? /font-family\s*:\s*([^;]+)/i.exec(node.attribs.style ?? '')?.[1];
    const childFont = named === undefined ? font : legacyFont(named);
    const childPre = pre || node.name === 'pre';
    switch (node.name) {
      case 'br':
        flush();
        return;
      case 'table': {
        flush();
        const rows = tableRows(node);
        if (isDataTable(node)) {
          for (const row of rows) lines.push(...tableRow(row, childFont));
        } else {
          // Layout (the two-column header and signature of official documents): column after column, a line per block.
          const grid = rows.map(cellsOf);
          const columns = Math.max(0, ...grid.map((cells) => cells.length));
          for (let column = 0; column < columns; column++) {
            for (const cells of grid) {
              const cell = cells[column];
              if (!cell) continue;
              cell.children.forEach((inner) => visit(inner, cellFont(cell, childFont), false));
              flush();
            }
          }
        }
        return;
      }
      case 'li': {
        flush();
        current = listMarker(node);
        node.children.forEach((inner) => visit(inner, childFont, childPre));
        flush();
        return;
      }
      case 'td':
      case 'th':
        // A cell outside a row (broken markup): a block of its own.
        flush();
        node.children.forEach((inner) => visit(inner, childFont, childPre));
        flush();
        return;
    }
    const block = BLOCKS.has(node.name);
    if (block) flush();
    node.children.forEach((inner) => visit(inner, childFont, childPre));
    if (block) flush();
  };

  /** A table row: its cells' text joined by " | ", each cell's blocks joined by spaces. Nested tables stay inside their cell. */
  const tableRow = (tr: Element, font: LegacyFont | null): string[] => {
    const texts = cellsOf(tr).map((cell) => {
      const saved = lines.length;
      cell.children.forEach((inner) => visit(inner, cellFont(cell, font), false));
      flush();
      return lines.splice(saved).join(' ');
    });
    return texts.some((text) => text.length > 0) ? [texts.join(' | ')] : [];
  };

  document.children.forEach((node) => visit(node, null, false));
  flush();
  return { text: lines.join('\n').normalize('NFC'), encoding };
}

const elements = (node: Element, ...names: string[]) => node.children.filter((child): child is Element => isTag(child) && names.includes(child.name));

/** Rows of a table, through thead/tbody/tfoot, not those of tables nested in its cells. */
function tableRows(table: Element): Element[] {
  return [...elements(table, 'tr'), ...elements(table, 'thead', 'tbody', 'tfoot').flatMap((group) => elements(group, 'tr'))];
}

function cellsOf(tr: Element): Element[] {
  return elements(tr, 'td', 'th');
}

function cellFont(cell: Element, inherited: LegacyFont | null): LegacyFont | null {
  return cell.attribs.face === undefined ? inherited : legacyFont(cell.attribs.face);
}

/** A table that draws its grid holds data; one without borders lays out the page. */
function isDataTable(table: Element): boolean {
  if (Number(table.attribs.border ?? 0) > 0) return true;
  const drawn = (element: Element) => /border(-\w+)?\s*:\s*(?!none|0\b|hidden)[^;]*\w/i.test(element.attribs.style ?? '');
  return drawn(table) || tableRows(table).some((row) => cellsOf(row).some(drawn));
}

/** "1. " for an item of an ordered list (counting from its start), "- " for a bullet; "" when the list hides its markers. */
function listMarker(li: Element): string {
  const list = li.parent as Element | null;
  if (!list || !isTag(list) || /list-style(-type)?\s*:\s*none/i.test(list.attribs.style ?? '')) return '';
  if (list.name !== 'ol') return list.name === 'ul' ? '- ' : '';
  const items = list.children.filter((item) => isTag(item) && item.name === 'li');
  const value = Number(li.attribs.value ?? Number(list.attribs.start ?? 1) + items.indexOf(li));
  const type = list.attribs.type ?? '1';
  const label = type === 'a' ? String.fromCharCode(96 + value) : type === 'A' ? String.fromCharCode(64 + value) : String(value);
  return `${label}. `;
}

function isHiddenByStyle(element: Element): boolean {
  return element.attribs.hidden !== undefined || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.attribs.style ?? '');
}

/** The page's characters: BOM, else <meta charset> in the first 1024 bytes, else UTF-8 when valid, else 8-bit Vietnamese. */
function decodeHtml(bytes: Uint8Array): { html: string; encoding: string } {
  const bom = byteOrderMark(bytes);
  const utf16 = bom ? null : sniffUtf16(bytes);
  if (bom || utf16) {
    const encoding = bom?.encoding ?? utf16!;
    return { html: new TextDecoder(encoding).decode(bytes.subarray(bom?.length ?? 0)), encoding };
  }
  const declared = metaCharset(bytes);
  if (declared && !/^utf-?8$/i.test(declared)) {
    try {
      const decoder = new TextDecoder(declared);
      // Pages declaring a Western code page while set in TCVN3/VNI fonts are fixed per run by the font; the rest by statistics below.
      if (decoder.encoding !== 'windows-1252') return { html: decoder.decode(bytes), encoding: decoder.encoding };
    } catch {
      // An unknown label: fall through to detection.
    }
  }
  if (isUtf8(bytes)) return { html: new TextDecoder().decode(bytes), encoding: 'utf-8' };
  const legacy = decodeLegacyVietnamese(bytes);
  return { html: legacy.text, encoding: legacy.encoding };
}

/** The charset a page declares in its first 1024 bytes (<meta charset> or <meta http-equiv content="...charset=...">). */
function metaCharset(bytes: Uint8Array): string | null {
  let head = '';
  for (const byte of bytes.subarray(0, 1024)) head += String.fromCharCode(byte);
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const charset = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (charset) return charset[1]!;
  }
  return null;
}
