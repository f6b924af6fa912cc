/**
 * Small helpers over htmlparser2's DOM for WordprocessingML: elements by local name (the "w:"
 * prefix is conventional, not fixed) and attribute values by local name.
 */
import { isTag, isText, type ChildNode, type Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

export type { Element };

/** Parses an XML part; entities are decoded, names keep their case. */
export function parseXml(xml: string): Element[] {
  return parseDocument(xml, { xmlMode: true }).children.filter(isTag);
}

/** An element's name without its namespace prefix ("w:p" → "p"). */
export function localName(element: Element): string {
  const colon = element.name.indexOf(':');
  return colon < 0 ? element.name : element.name.slice(colon + 1);
}

/** The value of an attribute by local name ("w:val" and "val" alike). */
export function attr(element: Element | undefined, name: string): string | undefined {
  if (!element) return undefined;
  for (const [key, value] of Object.entries(element.attribs)) {
    const colon = key.indexOf(':');
    if ((colon < 0 ? key : key.slice(colon + 1)) === name) return value;
  }
  return undefined;
}

/** Child elements, optionally only those with the given local name. */
export function children(element: Element | undefined, name?: string): Element[] {
  if (!element) return [];
  return element.children.filter((node): node is Element => isTag(node) && (name === undefined || localName(node) === name));
}

/** The first child element with the given local name. */
export function child(element: Element | undefined, name: string): Element | undefined {
  return children(element, name)[0];
}

/** Follows a path of local names through first children ("pPr", "numPr", "numId"). */
export function path(element: Element | undefined, ...names: string[]): Element | undefined {
  let current = element;
  for (const name of names) current = child(current, name);
  return current;
}

/** Every descendant element with the given local name, in document order. */
export function descendants(root: Element | undefined, name: string): Element[] {
  const found: Element[] = [];
  const visit = (node: ChildNode) => {
    if (!isTag(node)) return;
    if (localName(node) === name) found.push(node);
    node.children.forEach(visit);
  };
  root?.children.forEach(visit);
  return found;
}

/** The text nodes inside an element, concatenated. */
export function textContent(element: Element): string {
  return element.children.map((node) => (isText(node) ? node.data : isTag(node) ? textContent(node) : '')).join('');
}

/** True for an on/off property that is present and not switched off ("<w:caps/>", "<w:caps w:val="true"/>"). */
export function isOn(property: Element | undefined): boolean {
  if (!property) return false;
  const value = attr(property, 'val');
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value);
}
