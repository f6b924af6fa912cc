/**
 * Builds the section → (area) → weakness tree of a plan by meaning, not by trusting printed numbers.
 *
 * Paragraphs are nested by shape (`outline-tree.ts`). A heading whose children include the labels
 * of a weakness ("Nguyên nhân", "Kế hoạch khắc phục", "Đơn vị chủ trì", "Thời gian khắc phục") is
 * a weakness; headings above it group weaknesses into sections and areas, whatever their marks
 * (Roman, Arabic, letters, capitals without a number). Parts ("A.", "Phần I") hold sections but are
 * not one; a section whose own heading carries the labels states its weakness itself; weaknesses
 * in a task table join the outline as sections of their own. Printed numbering in these
 * plans is unreliable (part B printed "A.", a "2.2." with no "2.", labels "1.1." under item 2),
 * so codes are reckoned from positions, and every disagreement with print is reported.
 */
import { fold } from '../../../shared/fold.ts';
import { buildTree, subtree, type Item, type Para } from './outline-tree.ts';
import { readTaskTables, type TableSection } from './task-table.ts';
import { readWeaknessBody, type WeaknessBody } from './weakness-body.ts';
import type { ParseWarning } from './types.ts';

export type { Para } from './outline-tree.ts';

export interface OutlineWeakness extends WeaknessBody {
  code: string;
  printedNumber: string | null;
  order: number;
  statement: string;
  area: string | null;
  /** The heading paragraph (the section heading for a section that is its own weakness). */
  heading: Para;
  startLine: number;
  endLine: number;
}

export interface OutlineSection {
  numeral: string;
  order: number;
  title: string;
  heading: Para;
  endLine: number;
  weaknesses: OutlineWeakness[];
}

export interface Outline {
  /** Paragraphs before the first heading ("Căn cứ ..."). */
  preamble: Para[];
  /** Paragraphs outside any weakness (purpose, implementation parts, section headings) — they still belong to the plan. */
  planParas: Para[];
  sections: OutlineSection[];
  warnings: ParseWarning[];
}

/** Roman numeral for 1..3999. */
export function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, symbol] of table) {
    while (n >= value) {
      out += symbol;
      n -= value;
    }
  }
  return out;
}

/** Label kinds whose presence under a heading makes it a weakness. */
const WEAKNESS_LABELS = new Set(['cause', 'remedy', 'tasks', 'responsibility', 'lead', 'deadline']);

/**
 * Builds the outline from the content paragraphs (title to signature).
 * @param paras non-empty paragraphs in order, with their original line numbers.
 */
export function buildOutline(paras: Para[]): Outline {
  const warnings: ParseWarning[] = [];
  const tables = readTaskTables(paras);
  const items = buildTree(paras.filter((para) => !tables.lines.has(para.line)));
  checkParts(items, warnings);
  const isWeakness = items.map((item) => isWeaknessHeading(items, item));
  liftNestedWeaknesses(items, isWeakness);
  const weaknessIndexes = items.flatMap((_, i) => (isWeakness[i] ? [i] : []));

  const inWeakness = new Set<number>();
  for (const index of weaknessIndexes) for (const i of subtree(items, index)) inWeakness.add(i);
  const firstHeading = items.findIndex((item) => item.style !== null);
  const beforeHeadings = (i: number) => firstHeading < 0 || i < firstHeading;
  const preamble = items.filter((item, i) => beforeHeadings(i) && item.style === null).map((item) => item.para);
  const sections = groupSections(items, isWeakness, weaknessIndexes, warnings);
  // A section that states its own weakness (II) still titles part of the plan, so the plan cites its heading too.
  const ownSections = new Set(sections.filter((s) => s.weaknesses.length === 1 && s.weaknesses[0]!.heading === s.heading).map((s) => s.heading.line));
  const planParas = items.filter((item, i) => !beforeHeadings(i) && (!inWeakness.has(i) || ownSections.has(item.para.line))).map((item) => item.para);
  warnings.push(...markVariants(sections.flatMap((s) => s.weaknesses)));
  for (const table of tables.sections) addTableSection(sections, table, planParas);
  return { preamble, planParas, sections, warnings };
}

/**
 * Adds a section read from a task table. A weakness the prose already states (an annex listing
 * the tasks of the plan's own weaknesses) gives that weakness its tasks and units; the others form
 * a section of their own after the prose ones.
 */
function addTableSection(sections: OutlineSection[], table: TableSection, planParas: Para[]): void {
  const known = new Map(sections.flatMap((s) => s.weaknesses).map((w) => [fold(w.statement), w]));
  const fresh = table.weaknesses.filter((weakness) => {
    const same = known.get(fold(weakness.statement));
    if (!same) return true;
    if (same.tasks.length === 0 && !same.tableTasks?.length) same.tableTasks = weakness.tableTasks;
    same.lead ??= weakness.lead;
    same.coordinating ??= weakness.coordinating;
    same.deadline ??= weakness.deadline;
    return false;
  });
  if (fresh.length === 0) return;
  const order = sections.length + 1;
  const numeral = toRoman(order);
  planParas.push(table.heading);
  sections.push({
    numeral,
    order,
    title: table.title,
    heading: table.heading,
    endLine: table.endLine,
    weaknesses: fresh.map((weakness, k) => {
      const own = weakness.heading.line === table.heading.line;
      return {
        ...weakness,
        code: own ? numeral : `${numeral}.${k + 1}`,
        order: k + 1,
        area: null,
        printedNumber: own ? null : weakness.printedNumber,
        startLine: weakness.heading.line,
      };
    }),
  });
}

/**
 * Sub-headings and responsibility lines marked otherwise than the plan's habit ("b)." where it
 * writes "b)", "+ Đơn vị chủ trì" where it writes "- Đơn vị chủ trì") are read the same and
 * reported. Without a habit of its own, a plan is held to the official style (Nghị định
 * 30/2020/NĐ-CP): "a)" and "-".
 */
function markVariants(weaknesses: OutlineWeakness[]): ParseWarning[] {
  const warnings: ParseWarning[] = [];
  const letters = weaknesses.flatMap((w) => w.letterLabels);
  const mark = habit(
    letters.map((l) => l.printed.slice(1)),
    ')',
  );
  for (const { para, printed } of letters) {
    if (printed.slice(1) !== mark)
      warnings.push({ kind: 'label-variant', line: para.line, message: `sub-heading "${printed}" read as "${printed[0]}${mark}"` });
  }
  const marks = weaknesses.flatMap((w) => w.responsibilityMarks);
  const glyph = habit(
    marks.map((m) => m.printed),
    '-',
  );
  for (const { para, printed } of marks) {
    if (printed !== glyph)
      warnings.push({ kind: 'label-variant', line: para.line, message: `responsibility line bulleted with "${printed}" instead of "${glyph}"` });
  }
  return warnings;
}

/** The most frequent value when it occurs at least twice and more often than any other, else the fallback. */
function habit(values: string[], fallback: string): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && first[1] >= 2 && (!second || first[1] > second[1]) ? first[0] : fallback;
}

function isWeaknessHeading(items: Item[], item: Item): boolean {
  if (item.marker?.kind === 'part' || !item.style) return false;
  if (!item.label) return hasLabelChild(items, item);
  // A heading that happens to open with a label's words ("Thời gian …") but has causes under it states a weakness.
  if (item.label.kind === 'statement') return hasLabelChild(items, item);
  return ['deadline', 'lead', 'coordinating', 'output'].includes(item.label.kind) && item.children.some((c) => items[c]!.label?.kind === 'cause');
}

function hasLabelChild(items: Item[], item: Item): boolean {
  return item.children.some((c) => {
    const label = items[c]!.label;
    return label !== null && WEAKNESS_LABELS.has(label.kind);
  });
}

/**
 * A weakness never holds another: a heading with labels found among a weakness's children (the
 * seed's "2.2." after weakness "1.") is the next weakness, so it and what follows it move up.
 */
function liftNestedWeaknesses(items: Item[], isWeakness: boolean[]): void {
  for (let index = 0; index < items.length; index++) {
    if (!isWeakness[index]) continue;
    const item = items[index]!;
    const cut = item.children.findIndex((c) => isWeakness[c]);
    if (cut < 0) continue;
    const moved = item.children.splice(cut);
    const siblings = item.parent < 0 ? null : items[item.parent]!.children;
    for (const child of moved) items[child]!.parent = item.parent;
    if (siblings) siblings.splice(siblings.indexOf(index) + 1, 0, ...moved);
  }
}

function checkParts(items: Item[], warnings: ParseWarning[]): void {
  let position = 0;
  for (const item of items) {
    if (item.marker?.style !== 'part') continue;
    position++;
    const expected = String.fromCharCode(64 + position);
    const printed = item.marker.printed.replace(/\.$/, '');
    if (printed !== expected) {
      warnings.push({
        kind: 'numbering-repaired',
        line: item.para.line,
        message: `part "${printed}. ${item.body}" is printed "${printed}." but is part ${expected} by position`,
      });
    }
  }
}

/** Ancestors of an item, top first, then the item itself. */
function chainOf(items: Item[], index: number): number[] {
  const chain: number[] = [];
  for (let i = index; i >= 0; i = items[i]!.parent) chain.unshift(i);
  return chain;
}

function groupSections(items: Item[], isWeakness: boolean[], weaknessIndexes: number[], warnings: ParseWarning[]): OutlineSection[] {
  if (weaknessIndexes.length === 0) return [];
  const heads = sectionHeads(items, isWeakness, weaknessIndexes);
  const bySection = new Map<number, number[]>();
  weaknessIndexes.forEach((index, k) => bySection.set(heads[k]!, [...(bySection.get(heads[k]!) ?? []), index]));
  const sections: OutlineSection[] = [];
  for (const [head, members] of [...bySection].sort((a, b) => a[0] - b[0])) {
    const order = sections.length + 1;
    const numeral = toRoman(order);
    const item = items[head]!;
    if (item.marker?.kind === 'roman' && item.marker.printed !== `${numeral}.`) {
      warnings.push({
        kind: 'numbering-repaired',
        line: item.para.line,
        message: `section printed "${item.marker.printed}" is section ${numeral} by position`,
      });
    }
    const section: OutlineSection = {
      numeral,
      order,
      title: headingText(item),
      heading: item.para,
      endLine: items[subtree(items, head).at(-1)!]!.para.line,
      weaknesses: [],
    };
    for (const member of members) section.weaknesses.push(buildWeakness(items, isWeakness, head, member, section, warnings));
    sections.push(section);
  }
  return sections;
}

const isPart = (item: Item) => item.marker?.kind === 'part';

/** Headings that only announce the plan's content ("II. NỘI DUNG KẾ HOẠCH", "NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC"), not a domain. */
const GENERIC_CONTAINER = /^(?:noi dung|(?:cac )?nhiem vu|(?:cac )?giai phap|ke hoach khac phuc|(?:nhung |cac )?(?:han che|ton tai|yeu kem))\b/;

/**
 * The section of each weakness: its highest ancestor that is not a part ("A.", "Phần I"), so
 * Roman domains under part B are sections, and a domain whose own heading carries the labels is a
 * section stating its weakness. When one generic heading ("II. NỘI DUNG KẾ HOẠCH") holds every
 * weakness, the domains under it are the sections; when the weaknesses sit directly under a part,
 * the part is.
 */
function sectionHeads(items: Item[], isWeakness: boolean[], weaknessIndexes: number[]): number[] {
  const chains = weaknessIndexes.map((index) => chainOf(items, index).filter((i) => !isPart(items[i]!)));
  const tops = new Set(chains.map((c) => c[0]!));
  if (tops.size === 1 && chains.length > 1) {
    const top = chains[0]![0]!;
    if (!isWeakness[top] && GENERIC_CONTAINER.test(fold(headingText(items[top]!))) && chains.some((c) => c.length > 2)) {
      return chains.map((c) => c[Math.min(1, c.length - 1)]!);
    }
  }
  if (chains.length > 1 && chains.every((c) => c.length === 1)) {
    const parents = new Set(weaknessIndexes.map((i) => items[i]!.parent));
    if (parents.size === 1 && !parents.has(-1)) return weaknessIndexes.map((i) => items[i]!.parent);
  }
  return chains.map((c) => c[0]!);
}

/** Items between section and weakness that hold weaknesses, for the weakness's code. */
function bears(items: Item[], isWeakness: boolean[], index: number): boolean {
  return isWeakness[index]! || subtree(items, index).some((i) => isWeakness[i]);
}

function buildWeakness(items: Item[], isWeakness: boolean[], head: number, index: number, section: OutlineSection, warnings: ParseWarning[]): OutlineWeakness {
  const item = items[index]!;
  const chain = chainOf(items, index);
  const path = chain.slice(chain.indexOf(head) + 1);
  const positions: number[] = [];
  let printedParent: number[] = [];
  for (const node of path) {
    const parent = items[node]!.parent;
    const siblings = parent < 0 ? [] : items[parent]!.children.filter((c) => items[c]!.style !== null && bears(items, isWeakness, c));
    const position = siblings.indexOf(node) + 1;
    positions.push(position);
    const marker = items[node]!.marker;
    if (marker?.kind === 'arabic') {
      const expected = [...printedParent, position];
      const printed = `${marker.parts.join('.')}.`;
      const wanted = `${expected.join('.')}.`;
      if (printed !== wanted) {
        warnings.push({
          kind: 'numbering-repaired',
          line: items[node]!.para.line,
          message: `${node === index ? 'weakness' : 'area'} printed "${printed}" is "${wanted}" by position`,
        });
      }
      printedParent = marker.parts;
    } else printedParent = [];
  }
  const isSection = index === head;
  let statement = isSection ? section.title : headingText(item);
  let area: string | null = path.length > 1 ? headingText(items[path.at(-2)!]!) : null;
  if (!isSection && path.length === 1) {
    // "2. Lĩnh vực công nghiệp: Một số sản phẩm ..." names its area and states the weakness after the colon.
    const areaAndStatement = /^(Lĩnh vực [^:]+):\s*(\S.*)$/iu.exec(statement);
    if (areaAndStatement) {
      area = areaAndStatement[1]!.trim();
      statement = areaAndStatement[2]!.trim();
    }
  }
  const printedNumber =
    isSection || !item.marker || item.marker.kind === 'bullet' ? null : item.marker.kind === 'arabic' ? `${item.marker.parts.join('.')}.` : item.marker.printed;
  const code = isSection ? section.numeral : [section.numeral, ...positions].join('.');
  // A weakness left nested in another (damaged numbering) keeps its own paragraphs: none is read twice.
  const inner = subtree(items, index).slice(1);
  const nested = new Set(inner.filter((i) => isWeakness[i]).flatMap((i) => subtree(items, i)));
  const bodyIndexes = inner.filter((i) => !nested.has(i));
  const body = readWeaknessBody(items, bodyIndexes, item, code, warnings);
  return {
    ...body,
    code,
    printedNumber,
    order: section.weaknesses.length + 1,
    statement,
    area,
    heading: item.para,
    startLine: item.para.line,
    endLine: items[bodyIndexes.at(-1) ?? index]!.para.line,
  };
}

function headingText(item: Item): string {
  return item.label?.kind === 'statement' ? (item.label.value ?? item.body) : item.body;
}
