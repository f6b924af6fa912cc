/** Structure of a variant: weaknesses (numbered blocks) and task bullets dropped, duplicated and renumbered. */
import { labelOf } from '../../server/src/ingest/labels.ts';
import { CHANCE } from './corpus-data.ts';
import type { Random } from './choices.ts';

export const ROMAN_HEADING = /^([IVXL]+)\s*\.\s+(\S.*)$/u;
export const PART_HEADING = /^[A-H]\s*\.\s+\p{Lu}/u;
const TOP_NUMBER = /^(\d{1,2})\.\s+(\S.*)$/u;
/** A numbered heading or label: "1.", "1.2.", "2.2.1." or "1.2 Kế hoạch" (not "3 nhằm ..." nor "2022 ..."). */
export const ANY_NUMBER = /^\d{1,2}(?:\.\d{1,2}){0,3}\.(?!\d)\s*\S|^\d{1,2}(?:\.\d{1,2}){1,3}\s+\S/u;
export const TASK_HEADING = /^b\s*\)\s*\.?\s*(?:Nhiệm vụ|Giải pháp|Biện pháp)/iu;
export const BULLET = /^([-+•–*])\s*\S/u;

/** Line ranges [start, end) of the Roman-numeral sections of part B. */
function sectionRanges(lines: string[]): [number, number][] {
  const ranges: [number, number][] = [];
  let open: number | null = null;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const roman = ROMAN_HEADING.exec(line);
    const isSection = roman !== null && /^\p{Lu}/u.test(roman[2]!) && roman[2]!.split(/\s+/)[0] === roman[2]!.split(/\s+/)[0]!.toUpperCase();
    if (isSection || PART_HEADING.test(line)) {
      if (open !== null) ranges.push([open, i]);
      open = isSection ? i : null;
    }
  });
  if (open !== null) ranges.push([open, lines.length]);
  return ranges;
}

/** Drops and duplicates numbered blocks and task bullets in every section, then renumbers the blocks. */
export function editSections(lines: string[], rnd: Random): string[] {
  const out: string[] = [];
  let cursor = 0;
  for (const [start, end] of sectionRanges(lines)) {
    out.push(...lines.slice(cursor, start));
    out.push(...editSection(lines.slice(start, end), rnd));
    cursor = end;
  }
  out.push(...lines.slice(cursor));
  return out;
}

function editSection(section: string[], rnd: Random): string[] {
  // Numbered blocks: "1. Về tốc độ tăng trưởng ..." up to the next one; labels ("1. Nguyên nhân") are not blocks.
  const starts: number[] = [];
  section.forEach((raw, i) => {
    const m = TOP_NUMBER.exec(raw.trim());
    if (i > 0 && m && labelOf(m[2]!) === null) starts.push(i);
  });
  if (starts.length === 0) return editTasks(section, rnd);

  const head = section.slice(0, starts[0]);
  const blocks = starts.map((start, k) => ({
    number: Number(TOP_NUMBER.exec(section[start]!.trim())![1]),
    lines: section.slice(start, starts[k + 1] ?? section.length),
  }));
  let kept = blocks.flatMap((block) => {
    const roll = rnd();
    if (roll < CHANCE.dropBlock) return [];
    if (roll < CHANCE.dropBlock + CHANCE.duplicateBlock) return [block, block];
    return [block];
  });
  if (kept.length === 0) kept = [blocks[0]!];
  const renumbered = kept.flatMap((block, k) => renumberBlock(editTasks(block.lines, rnd), block.number, k + 1));
  return [...head, ...renumbered];
}

/** Rewrites the leading number of a block's numbered lines ("2.", "2.1.", "2.1.3.") from `from` to `to`. */
function renumberBlock(lines: string[], from: number, to: number): string[] {
  if (from === to) return lines;
  const pattern = new RegExp(`^(\\s*)${from}(?=\\.)`);
  return lines.map((line) => (ANY_NUMBER.test(line.trim()) ? line.replace(pattern, `$1${to}`) : line));
}

/** Task bullets of every "b) Nhiệm vụ, giải pháp" list: some dropped, some duplicated; at least one stays. */
function editTasks(lines: string[], rnd: Random): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    out.push(lines[i]!);
    if (!TASK_HEADING.test(lines[i]!.trim())) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < lines.length && !ANY_NUMBER.test(lines[end]!.trim()) && !TASK_HEADING.test(lines[end]!.trim())) end++;
    out.push(...editTaskList(lines.slice(i + 1, end), rnd));
    i = end;
  }
  return out;
}

function editTaskList(list: string[], rnd: Random): string[] {
  const starts = list.flatMap((raw, i) => (BULLET.test(raw.trim()) ? [i] : []));
  if (starts.length < 2) return list;
  const units = starts.map((start, k) => list.slice(start, starts[k + 1] ?? list.length));
  const marker = (unit: string[]) => unit[0]!.trim()[0];
  // A "- Sở X" line over "+" bullets names their owner: it stays, and is never copied.
  const isOwnerLine = (k: number) => marker(units[k]!) !== '+' && units[k + 1] !== undefined && marker(units[k + 1]!) === '+';
  const edited: string[][] = [];
  let tasksLeft = units.filter((_, k) => !isOwnerLine(k)).length;
  units.forEach((unit, k) => {
    if (isOwnerLine(k)) {
      edited.push(unit);
      return;
    }
    const roll = rnd();
    if (roll < CHANCE.dropTask && tasksLeft > 1) {
      tasksLeft--;
      return;
    }
    edited.push(unit);
    if (roll > 1 - CHANCE.duplicateTask) edited.push(unit);
  });
  return [...list.slice(0, starts[0]), ...edited.flat()];
}
