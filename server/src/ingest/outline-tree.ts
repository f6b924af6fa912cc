/**
 * Nests a document's paragraphs by their shape. Every marker kind and bullet glyph is a style; a
 * style not yet open nests under the paragraph before it, a style already open closes everything
 * opened after it. Two more signals nest paragraphs of the same style: a lead-in line ending in ":"
 * ("- Sở Y tế:" then "- Tham mưu …"), and deeper indentation. Unmarked paragraphs belong to the
 * paragraph above them, except headings in capitals and the labels of a weakness, which open a
 * level of their own.
 */
import type { SourceLine } from './source-lines.ts';
import { labelOf, type Label } from './labels.ts';
import { markerOf, type Marker } from './markers.ts';

/** A paragraph of the plan (one non-empty source line). */
export type Para = SourceLine;

/** One paragraph with what its shape says. */
export interface Item {
  para: Para;
  marker: Marker | null;
  /** Text after the marker. */
  body: string;
  label: Label | null;
  /** The style it nests by, or null for a plain paragraph that belongs to the one above. */
  style: string | null;
  /** Ends with ":" (a lead-in), or states a weakness ("Hạn chế: …"): what follows in its own style belongs to it. */
  opener: boolean;
  /** Index of the parent item, -1 for the top level. */
  parent: number;
  depth: number;
  children: number[];
}

/** Indentation (in spaces) that makes a paragraph of the same style a child of the one above. */
const INDENT_STEP = 2;

/**
 * A marker alone on its line: "2.2", "1.", "IV.", "b)", "(2)", "–". Arabic numbers need a dot or a
 * closer, so a page number ("12") left in a rendering is not one.
 */
const LONE_MARKER = /^(?:\d{1,2}(?:\.\d{1,2}){0,4}[.)]|\d{1,2}(?:\.\d{1,2}){1,4}|[IVXL]{1,6}\.|[a-zđ][.)]|\((?:\d{1,2}|[a-zđ]|[ivx]{1,4})\)|[-–—•◦▪●*+·❖➢>])$/u;

/**
 * Joins a marker alone on its line to the text on the next ("2.2" / "Vi phạm trật tự xây dựng …"),
 * as renderings of Word and PDF files wrap a heading after its number: one paragraph, at the
 * marker's line.
 */
function joinLoneMarkers(paras: Para[]): Para[] {
  const out: Para[] = [];
  for (let i = 0; i < paras.length; i++) {
    const para = paras[i]!;
    const next = paras[i + 1];
    if (next && LONE_MARKER.test(para.text) && !LONE_MARKER.test(next.text)) {
      out.push({ ...para, text: /^[.)]/.test(next.text) ? para.text + next.text : `${para.text} ${next.text}` });
      i++;
    } else out.push(para);
  }
  return out;
}

/** Classifies paragraphs and nests them. */
export function buildTree(paras: Para[]): Item[] {
  const items: Item[] = [];
  let previousLetter: string | null = null;
  for (const para of joinLoneMarkers(paras)) {
    const { marker, body } = markerOf(para.text, previousLetter);
    if (marker?.kind === 'letter') previousLetter = marker.printed.replace(/[()]/g, '')[0]!;
    else if (marker && marker.kind !== 'bullet') previousLetter = null;
    const label = labelOf(body);
    items.push({ para, marker, body, label, style: marker?.style ?? null, opener: false, parent: -1, depth: 0, children: [] });
  }
  for (const [index, item] of items.entries()) {
    item.opener = item.label?.kind === 'statement' || (/:\s*$/.test(item.body) && item.label?.kind !== 'tasks');
    if (item.style) continue;
    if (item.label && item.label.kind !== 'output') item.style = item.label.kind === 'statement' ? 'statement' : 'label';
    else if (isCapsHeading(item.body)) item.style = 'caps';
    else if (opensWeakness(items, index)) item.style = 'plainhead';
  }
  nest(items);
  return items;
}

/**
 * A heading printed in capitals without a number ("VỀ PHÁT TRIỂN CÁC NGÀNH KINH TẾ"), perhaps with
 * a lower-case gloss after it ("CÓ 05 CHỈ TIÊU CHỦ YẾU CHƯA ĐẠT KẾ HOẠCH (gồm: …)").
 */
function isCapsHeading(text: string): boolean {
  if (/[;]$/.test(text) || text.replace(/[^A-ZĐ\u00c0-\u1ef9]/g, '').length < 6) return false;
  const words = text.split(/\s+/);
  let run = 0;
  while (run < words.length && words[run] === words[run]!.toUpperCase() && !/^[([]/.test(words[run]!)) run++;
  if (run === words.length) return words.length >= 2 && !/[.]$/.test(text);
  return run >= 6 || (run >= 3 && run >= words.length * 0.3);
}

/**
 * True for an unmarked paragraph that states a weakness: the next paragraph opens one ("Nguyên
 * nhân", "Hạn chế:") and this one is not itself the content of a cause label before it.
 */
function opensWeakness(items: Item[], index: number): boolean {
  const next = items[index + 1];
  const previous = items[index - 1];
  if (!next?.label || (next.label.kind !== 'cause' && next.label.kind !== 'statement')) return false;
  if (previous?.label?.kind === 'cause' && previous.label.value === null) return false;
  const text = items[index]!.body;
  return text.length < 600 && !/;$/.test(text);
}

/** Sets parent, depth and children of every item (see the module comment). */
function nest(items: Item[]): void {
  const stack: number[] = [];
  const at = (i: number) => items[stack[i]!]!;
  for (const [index, item] of items.entries()) {
    const top = stack.length > 0 ? at(stack.length - 1) : null;
    if (!item.style) {
      attach(items, index, top ? stack.at(-1)! : -1);
      continue;
    }
    let k = -1;
    if (item.opener) k = findLast(stack, (i) => items[i]!.style === item.style && items[i]!.opener);
    let parent: number;
    if (k < 0 && top && top.style === item.style && top.opener && !item.opener) {
      parent = stack.at(-1)!;
    } else {
      // Its style's open item at its own level: one indented a step deeper is a child, not a sibling
      // ("- Sở X" / "    - Tham mưu …" / "- Sở Y …": "- Sở Y" closes both).
      if (k < 0) k = findLast(stack, (i) => items[i]!.style === item.style && items[i]!.para.indent < item.para.indent + INDENT_STEP);
      if (k >= 0 && item.para.indent >= at(k).para.indent + INDENT_STEP) {
        while (stack.length > k + 1 && at(stack.length - 1).para.indent >= item.para.indent + INDENT_STEP) stack.pop();
        parent = stack.at(-1)!;
      } else if (k >= 0) {
        stack.length = k;
        parent = stack.at(-1) ?? -1;
      } else {
        // A new style nests, unless it is indented less than the paragraphs it would nest under,
        // or it is a heading (part, Roman numeral, capitals) and they are bullets: a heading never
        // belongs to a bullet ("+ Căn cứ …" bulleted by mistake does not swallow the plan).
        while (
          stack.length > 0 &&
          (item.para.indent + INDENT_STEP <= at(stack.length - 1).para.indent || (isHeading(item) && at(stack.length - 1).marker?.kind === 'bullet'))
        )
          stack.pop();
        parent = stack.at(-1) ?? -1;
      }
    }
    attach(items, index, parent);
    stack.push(index);
  }
}

function isHeading(item: Item): boolean {
  return item.marker?.kind === 'part' || item.marker?.kind === 'roman' || item.style === 'caps';
}

function attach(items: Item[], index: number, parent: number): void {
  const item = items[index]!;
  item.parent = parent;
  item.depth = parent < 0 ? 0 : items[parent]!.depth + 1;
  if (parent >= 0) items[parent]!.children.push(index);
}

function findLast(stack: number[], test: (item: number) => boolean): number {
  for (let i = stack.length - 1; i >= 0; i--) if (test(stack[i]!)) return i;
  return -1;
}

/** The item and all its descendants, in document order. */
export function subtree(items: Item[], index: number): number[] {
  const out: number[] = [];
  const walk = (i: number) => {
    out.push(i);
    for (const child of items[i]!.children) walk(child);
  };
  walk(index);
  return out.sort((a, b) => a - b);
}
