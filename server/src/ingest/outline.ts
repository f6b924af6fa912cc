/**
 * Builds the section → (area) → weakness tree of a plan by meaning, not by trusting printed numbers.
 *
 * Printed numbering in these plans is unreliable (part B printed "A.", a "2.2." with no "2.",
 * labels numbered "1.1." under item 2), so structure comes from what headings say: a numbered
 * heading followed by "Nguyên nhân" / "Kế hoạch khắc phục" / "Thời gian khắc phục" labels is a
 * weakness; one followed by further numbered headings first is an area grouping weaknesses; a
 * Roman-numeral section whose first numbered heading is already a label states its weakness in its
 * own heading. Codes are reckoned from positions, and every disagreement with print is reported.
 */
import { fold } from '../../../shared/fold.ts';
import type { SourceLine } from './locate-body.ts';
import type { ParseWarning } from './types.ts';

/** A paragraph of the plan (one non-empty source line). */
export type Para = SourceLine;

export type LabelKind = 'cause' | 'remedy' | 'deadline';

/** A labelled line with the text after its label ("Nguyên nhân: <inline>"). */
export interface Labelled {
  para: Para;
  /** Text after the label's colon, or null. */
  value: string | null;
}

export interface OutlineWeakness {
  code: string;
  printedNumber: string | null;
  order: number;
  statement: string;
  area: string | null;
  /** The heading paragraph (the section heading for a section that is its own weakness). */
  heading: Para;
  startLine: number;
  endLine: number;
  /** One entry per cause: the inline text after "Nguyên nhân:" or a bullet (with its continuation paragraphs). */
  causes: Para[][];
  lead: Labelled | null;
  coordinating: Labelled | null;
  /** Text after "b) Nhiệm vụ, giải pháp khắc phục:" naming who carries out the bullets below, if any. */
  taskOwner: Labelled | null;
  /** Paragraphs of the task list, bullets included, in order. */
  taskParas: Para[];
  deadline: Labelled | null;
}

export interface OutlineSection {
  numeral: string;
  printedNumeral: string;
  order: number;
  title: string;
  heading: Para;
  endLine: number;
  weaknesses: OutlineWeakness[];
}

export interface Outline {
  /** Paragraphs before the first part or section heading ("Căn cứ ..."). */
  preamble: Para[];
  /** Paragraphs outside any section (purpose, implementation parts) — they still belong to the plan. */
  planParas: Para[];
  sections: OutlineSection[];
  warnings: ParseWarning[];
}

const PART = /^([A-H])\s*\.\s+(\S.*)$/u;
const ROMAN = /^([IVXL]+)\s*\.\s+(\S.*)$/u;
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,3})(\.)?\s*(\S.*)$/u;
const LETTER = /^([a-zđ])\s*(\)\s*\.?|\.)\s*(\S.*)$/u;
const BULLET = /^([-+•–*])\s*(\S.*)$/u;

/** Bullet marker and text of a paragraph, or null when it is not a bullet. */
export function bulletOf(text: string): { marker: '-' | '+'; text: string } | null {
  const m = BULLET.exec(text);
  if (!m) return null;
  return { marker: m[1] === '+' ? '+' : '-', text: m[2]!.trim() };
}

interface Numbered {
  parts: number[];
  text: string;
  label: LabelKind | null;
}

function numberedOf(text: string): Numbered | null {
  const m = NUMBERED.exec(text);
  if (!m) return null;
  const parts = m[1]!.split('.').map(Number);
  // "3 nhằm ..." is prose; a heading number ends in a dot or has several parts ("1.2 Kế hoạch").
  if (!m[2] && parts.length < 2) return null;
  const rest = m[3]!.replace(/^[.)]\s*/, '');
  return { parts, text: rest, label: labelKind(rest) };
}

/** Which weakness label a heading's text is, if any. */
export function labelKind(text: string): LabelKind | null {
  const f = fold(text);
  if (/^nguyen nhan\b/.test(f)) return 'cause';
  if (/^(?:ke hoach|bien phap|giai phap)(?: va giai phap)? khac phuc\b/.test(f)) return 'remedy';
  if (/^thoi (?:gian|han) (?:khac phuc|hoan thanh|thuc hien)\b/.test(f)) return 'deadline';
  return null;
}

/** The text after a label's first colon, trimmed; null when nothing follows. */
export function afterColon(text: string): string | null {
  const i = text.indexOf(':');
  if (i < 0) return null;
  const value = text.slice(i + 1).trim();
  return value ? value : null;
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

function isHeadingWord(text: string): boolean {
  const firstWord = text.split(/\s+/)[0] ?? '';
  return /\p{Lu}/u.test(firstWord) && firstWord === firstWord.toUpperCase();
}

type Block =
  { kind: 'part'; para: Para; letter: string; title: string } | { kind: 'roman'; para: Para; numeral: string; title: string } | { kind: 'para'; para: Para };

/**
 * Builds the outline from the content paragraphs (title to signature).
 * @param paras non-empty paragraphs in order, with their original line numbers.
 */
export function buildOutline(paras: Para[]): Outline {
  const warnings: ParseWarning[] = [];
  const blocks: Block[] = paras.map((para) => {
    const part = PART.exec(para.text);
    // Single capital letters A–H open parts; "I", "V", "X" are Roman numerals of sections.
    if (part && part[2] === part[2]!.toUpperCase()) return { kind: 'part', para, letter: part[1]!, title: part[2] };
    const roman = ROMAN.exec(para.text);
    if (roman && isHeadingWord(roman[2]!)) return { kind: 'roman', para, numeral: roman[1]!, title: roman[2]! };
    return { kind: 'para', para };
  });

  const preamble: Para[] = [];
  const planParas: Para[] = [];
  const candidates: { heading: Para; printed: string; title: string; body: Para[] }[] = [];
  let partIndex = 0;
  let current: (typeof candidates)[number] | null = null;
  let seenHeading = false;
  for (const block of blocks) {
    if (block.kind === 'part') {
      seenHeading = true;
      current = null;
      const expected = String.fromCharCode('A'.charCodeAt(0) + partIndex);
      if (block.letter !== expected) {
        warnings.push({
          kind: 'numbering-repaired',
          line: block.para.line,
          message: `part "${block.letter}. ${block.title}" is printed "${block.letter}." but is part ${expected} by position`,
        });
      }
      partIndex++;
      planParas.push(block.para);
    } else if (block.kind === 'roman') {
      seenHeading = true;
      current = { heading: block.para, printed: block.numeral, title: block.title, body: [] };
      candidates.push(current);
    } else if (current) {
      current.body.push(block.para);
    } else if (!seenHeading) {
      preamble.push(block.para);
    } else {
      planParas.push(block.para);
    }
  }

  const sections: OutlineSection[] = [];
  for (const candidate of candidates) {
    const hasLabels = candidate.body.some((p) => numberedOf(p.text)?.label);
    // A Roman heading without any weakness labels (e.g. "I. MỤC ĐÍCH, YÊU CẦU" in plans that number
    // their parts in Roman) is not a section of weaknesses.
    if (!hasLabels) {
      planParas.push(candidate.heading, ...candidate.body);
      continue;
    }
    const order = sections.length + 1;
    const numeral = toRoman(order);
    if (candidate.printed !== numeral) {
      warnings.push({
        kind: 'numbering-repaired',
        line: candidate.heading.line,
        message: `section printed "${candidate.printed}." is section ${numeral} by position`,
      });
    }
    const section: OutlineSection = {
      numeral,
      printedNumeral: candidate.printed,
      order,
      title: candidate.title,
      heading: candidate.heading,
      endLine: candidate.body.at(-1)?.line ?? candidate.heading.line,
      weaknesses: [],
    };
    buildWeaknesses(section, candidate.body, warnings);
    sections.push(section);
  }
  return { preamble, planParas, sections, warnings };
}

function buildWeaknesses(section: OutlineSection, body: Para[], warnings: ParseWarning[]): void {
  const numbered = body.map((para) => ({ para, n: numberedOf(para.text) }));
  const firstNumbered = numbered.find((x) => x.n);
  if (firstNumbered?.n?.label) {
    // The section heading itself states the weakness (section II of Plan 83/KH-UBND).
    section.weaknesses.push(
      makeWeakness({
        section,
        code: section.numeral,
        printedNumber: null,
        order: 1,
        statement: section.title,
        area: null,
        heading: section.heading,
        prefix: [],
        body,
        warnings,
      }),
    );
    return;
  }

  // Topic headings (numbered, not labels), each with the paragraphs up to the next topic heading.
  const topics: { para: Para; n: Numbered; body: Para[] }[] = [];
  for (const { para, n } of numbered) {
    if (n && !n.label) topics.push({ para, n, body: [] });
    else topics.at(-1)?.body.push(para);
  }

  let topPosition = 0;
  let area: { parts: number[]; position: number; text: string; items: number } | null = null;
  for (const topic of topics) {
    const isWeakness = topic.body.some((p) => numberedOf(p.text)?.label);
    const printed = `${topic.n.parts.join('.')}.`;
    if (!isWeakness) {
      topPosition++;
      area = { parts: topic.n.parts, position: topPosition, text: topic.n.text, items: 0 };
      checkNumber(warnings, topic.para, printed, [topPosition], 'area');
      continue;
    }
    const nested = area !== null && topic.n.parts.length > area.parts.length;
    let code: string;
    let areaText: string | null = null;
    let statement = topic.n.text;
    let expected: number[];
    if (nested && area) {
      area.items++;
      code = `${section.numeral}.${area.position}.${area.items}`;
      areaText = area.text;
      expected = [...area.parts, area.items];
    } else {
      area = null;
      topPosition++;
      code = `${section.numeral}.${topPosition}`;
      expected = [topPosition];
      // "2. Lĩnh vực công nghiệp: Một số sản phẩm ..." names its area and states the weakness after the colon.
      const areaAndStatement = /^(Lĩnh vực [^:]+):\s*(\S.*)$/iu.exec(topic.n.text);
      if (areaAndStatement) {
        areaText = areaAndStatement[1]!.trim();
        statement = areaAndStatement[2]!.trim();
      }
    }
    checkNumber(warnings, topic.para, printed, expected, 'weakness');
    section.weaknesses.push(
      makeWeakness({
        section,
        code,
        printedNumber: printed,
        order: section.weaknesses.length + 1,
        statement,
        area: areaText,
        heading: topic.para,
        prefix: topic.n.parts,
        body: topic.body,
        warnings,
      }),
    );
  }
}

function checkNumber(warnings: ParseWarning[], para: Para, printed: string, expected: number[], what: string): void {
  const wanted = `${expected.join('.')}.`;
  if (printed !== wanted) {
    warnings.push({ kind: 'numbering-repaired', line: para.line, message: `${what} printed "${printed}" is "${wanted}" by position` });
  }
}

const LEAD = /^don vi chu tri(?: thuc hien)?\s*:/;
const COORDINATING = /^don vi ph\S* h\S*p(?: thuc hien)?\s*:/;

interface WeaknessInput {
  section: OutlineSection;
  code: string;
  printedNumber: string | null;
  order: number;
  statement: string;
  area: string | null;
  heading: Para;
  /** The weakness's printed number parts, which its labels should extend ("2." → "2.1.", "2.2."). */
  prefix: number[];
  body: Para[];
  warnings: ParseWarning[];
}

function makeWeakness(input: WeaknessInput): OutlineWeakness {
  const { body, warnings } = input;
  const weakness: OutlineWeakness = {
    code: input.code,
    printedNumber: input.printedNumber,
    order: input.order,
    statement: input.statement,
    area: input.area,
    heading: input.heading,
    startLine: input.heading.line,
    endLine: body.at(-1)?.line ?? input.heading.line,
    causes: [],
    lead: null,
    coordinating: null,
    taskOwner: null,
    taskParas: [],
    deadline: null,
  };
  let label: LabelKind | null = null;
  let labelCount = 0;
  let subpart: 'responsibility' | 'tasks' | null = null;
  for (const para of body) {
    const n = numberedOf(para.text);
    if (n?.label) {
      label = n.label;
      labelCount++;
      const wanted = [...input.prefix, labelCount];
      if (n.parts.join('.') !== wanted.join('.')) {
        warnings.push({
          kind: 'numbering-repaired',
          line: para.line,
          message: `"${n.parts.join('.')}." under weakness ${input.code} is "${wanted.join('.')}." by position`,
        });
      }
      const value = afterColon(n.text);
      if (label === 'cause' && value) weakness.causes.push([{ line: para.line, text: value }]);
      if (label === 'deadline') weakness.deadline = { para, value };
      subpart = null;
      continue;
    }
    if (label === 'cause') {
      const bullet = bulletOf(para.text);
      const last = weakness.causes.at(-1);
      // A plain paragraph after a bullet continues that bullet; bullets each open a new cause.
      if (!bullet && last && bulletOf(last[0]!.text)) last.push(para);
      else weakness.causes.push([para]);
    } else if (label === 'deadline') {
      if (weakness.deadline && !weakness.deadline.value) weakness.deadline = { para, value: para.text };
    } else if (label === 'remedy') {
      const letter = LETTER.exec(para.text);
      if (letter) {
        const f = fold(letter[3]!);
        const mark = letter[2]!.replace(/\s+/g, '');
        if (mark !== ')') {
          warnings.push({ kind: 'label-variant', line: para.line, message: `sub-heading "${letter[1]}${mark}" read as "${letter[1]})"` });
        }
        if (/^trach nhiem/.test(f)) {
          subpart = 'responsibility';
          continue;
        }
        if (/^(?:nhiem vu|giai phap|bien phap)/.test(f)) {
          subpart = 'tasks';
          const owner = afterColon(letter[3]!);
          if (owner) weakness.taskOwner = { para, value: owner };
          continue;
        }
      }
      const bullet = bulletOf(para.text);
      const plain = bullet ? bullet.text : para.text;
      const f = fold(plain);
      if (LEAD.test(f) || COORDINATING.test(f)) {
        if (bullet?.marker === '+') {
          warnings.push({ kind: 'label-variant', line: para.line, message: 'responsibility line bulleted with "+" instead of "-"' });
        }
        const value = afterColon(plain);
        const target: 'lead' | 'coordinating' = LEAD.test(f) ? 'lead' : 'coordinating';
        const previous = weakness[target];
        weakness[target] = previous ? { para: previous.para, value: [previous.value, value].filter(Boolean).join('; ') } : { para, value };
        if (!/^don vi (?:chu tri|phoi hop)/.test(f)) {
          warnings.push({ kind: 'label-variant', line: para.line, message: `misspelt label "${plain.slice(0, plain.indexOf(':'))}"` });
        }
        continue;
      }
      if (subpart === 'responsibility') {
        // Kept as task text rather than dropped: plans without a "b)" heading list tasks right here.
        warnings.push({ kind: 'label-variant', line: para.line, message: 'line under "Trách nhiệm" that names no lead or coordinating units; read as a task' });
      }
      weakness.taskParas.push(para);
    }
  }
  return weakness;
}
