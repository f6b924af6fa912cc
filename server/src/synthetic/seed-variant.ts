/**
 * A plan made from the seed by edits you can name: weaknesses dropped, merged, split or reworded,
 * lead units and deadlines changed, tasks left out, in another province and year. Used for the
 * demo series, the labelled recurrence pairs and the follow-through and comparison tests, where the
 * answers must be known in advance; the bench corpus (bench/corpus.ts) makes random variants.
 *
 * Every edit works on the seed's own lines, found through the real parser's provenance, so the
 * variant keeps the seed's layout and words; the result carries the synthetic marker.
 */
import { slug } from '../../../shared/fold.ts';
import { parsePlan } from '../ingest/parse-plan.ts';
import { markSynthetic } from '../ingest/synthetic-marker.ts';
import type { Glossary, ParsedPlan, WeaknessRecord } from '../ingest/types.ts';
import { clauses, joinClauses, lowerFirst, reword, upperFirst, type RewordLevel } from './rewording.ts';
import { headerRewriter, renameProvince, shiftYearPhrases, type SeedFacts } from './text-rewrites.ts';

/** What to make of the seed; weakness codes are the seed's ("VII.1"). */
export interface PlanSpec {
  province: string;
  year: number;
  /** The plan's number: its symbol becomes "<number>/KH-UBND". */
  number: number;
  day: number;
  month: number;
  /** Signer's name (the seed's signer is a real person and never signs a synthetic plan). */
  signer: string;
  /** Weaknesses left out. */
  drop?: string[];
  /** [into, from]: `from`'s statement joins `into`'s, its causes and tasks are appended, and its own block goes. */
  merge?: [string, string][];
  /** Weakness → how many leading clauses stay; the other clauses become a weakness of their own right after it. */
  split?: Record<string, number>;
  reword?: Record<string, RewordLevel>;
  /** New "Đơn vị chủ trì" / "Đơn vị phối hợp" / "Thời gian khắc phục" text, verbatim. */
  lead?: Record<string, string>;
  coordinating?: Record<string, string>;
  deadline?: Record<string, string>;
  /** Weakness → task positions (1-based) left out. */
  dropTasks?: Record<string, number[]>;
  /** Weakness → cause positions (1-based) left out (a cause written on its label line cannot be). */
  dropCauses?: Record<string, number[]>;
}

export interface SeedVariant {
  fileName: string;
  text: string;
  province: string;
  year: number;
  symbol: string;
  /** Each weakness of the variant, in order: its code in the variant and the seed weaknesses it came from. */
  lineage: { code: string; from: string[] }[];
}

interface Block {
  /** Seed code of the weakness the block states. */
  code: string;
  from: string[];
  lines: string[];
  /** Nested under an area (section III) or stated by its section heading (II): edited in place only. */
  fixed: boolean;
}

const NUMBERED = /^(\s*)(\d{1,2})((?:\.\d{1,2}){0,3}\.?)(?!\d)(\s*\S)/;
const CAUSE_LABEL = /^\s*\d{1,2}(?:\.\d{1,2}){0,3}\.?\s*Nguyên nhân\s*:?\s*(.*)$/u;
const PLAN_LABEL = /^\s*\d{1,2}(?:\.\d{1,2}){0,3}\.?\s*Kế hoạch khắc phục/u;
const TASK_HEADING = /^\s*b\s*[).]\s*\.?\s*(?:Nhiệm vụ|Giải pháp|Biện pháp)/iu;
const DEADLINE = /Thời gian khắc phục[^:]*:/u;

/** Makes one variant of the seed. @throws Error naming the edit that cannot be applied. */
export function makeSeedVariant(seedText: string, seed: ParsedPlan, facts: SeedFacts, spec: PlanSpec): SeedVariant {
  const symbol = facts.symbol.replace(/^\d+/, String(spec.number));
  const rewriteHeader = headerRewriter(facts, { symbol, year: spec.year }, { day: spec.day, month: spec.month, year: spec.year });
  const rewrite = (line: string) => {
    let out = rewriteHeader(line);
    out = shiftYearPhrases(out, facts.year, spec.year - facts.year);
    out = renameProvince(out, facts.province, spec.province);
    return facts.signer ? out.replaceAll(facts.signer, spec.signer) : out;
  };
  // Rewrites that keep the line count go first, so the seed's line numbers still find every block.
  const lines = seedText.normalize('NFC').split('\n').map(rewrite);
  const sections = seed.plan.sections;
  const out: string[] = lines.slice(0, sections[0]!.provenance.lineStart - 1);
  const lineage: SeedVariant['lineage'] = [];

  sections.forEach((section, s) => {
    const sectionEnd = (sections[s + 1]?.provenance.lineStart ?? section.provenance.lineEnd + 1) - 1;
    const starts = section.weaknesses.map((w) => w.provenance.lineStart);
    out.push(...lines.slice(section.provenance.lineStart - 1, (starts[0] ?? sectionEnd + 1) - 1));
    // A section whose weaknesses sit under areas (III) or whose heading is its weakness (II) keeps its shape.
    const flat = section.weaknesses.every((w) => w.code.split('.').length === 2);
    const blocks: Block[] = section.weaknesses.map((w, k) => {
      const block: Block = {
        code: w.code,
        from: [w.code],
        lines: lines.slice(w.provenance.lineStart - 1, (starts[k + 1] ?? sectionEnd + 1) - 1),
        fixed: !flat,
      };
      editInPlace(block, w, spec, rewrite);
      return block;
    });
    const edited = editStructure(blocks, section.weaknesses, spec, rewrite);
    edited.forEach((block, k) => {
      const code = block.fixed ? block.code : `${section.numeral}.${k + 1}`;
      if (!block.fixed) renumber(block, k + 1);
      lineage.push({ code, from: block.from });
      out.push(...block.lines);
    });
  });
  out.push(...lines.slice(sections.at(-1)!.provenance.lineEnd));

  const text = markSynthetic(out.join('\n'), 'demo and test series (server/src/synthetic/seed-variant.ts), made from seeds/83-KH-UBND-2022.page.txt');
  return { fileName: `${slug(symbol)}-${spec.year}-${slug(spec.province)}.synthetic.txt`, text, province: spec.province, year: spec.year, symbol, lineage };
}

/** Rewording, new units and deadlines, tasks left out: edits that keep the block where it is. */
function editInPlace(block: Block, weakness: WeaknessRecord, spec: PlanSpec, rewrite: (line: string) => string): void {
  const { code } = block;
  const level = spec.reword?.[code];
  if (level) setStatement(block, rewrite(weakness.statement), reword(rewrite(weakness.statement), level));
  if (spec.lead?.[code]) replaceLabelled(block, /Đơn vị chủ trì[^:]*:/u, spec.lead[code]);
  if (spec.coordinating?.[code]) replaceLabelled(block, /Đơn vị phối hợp[^:]*:/u, spec.coordinating[code]);
  if (spec.deadline?.[code]) replaceLabelled(block, DEADLINE, spec.deadline[code]);
  const first = weakness.provenance.lineStart;
  const gone = new Set<number>();
  const leaveOut = (items: { provenance: { lineStart: number; lineEnd: number } }[], orders: number[], what: string) => {
    for (const order of orders) {
      const item = items[order - 1];
      if (!item) throw new Error(`${code} has no ${what} ${order} to drop`);
      if (CAUSE_LABEL.test(block.lines[item.provenance.lineStart - first] ?? '')) throw new Error(`${code}: its ${what} ${order} is on its label line`);
      for (let line = item.provenance.lineStart; line <= item.provenance.lineEnd; line++) gone.add(line - first);
      // The blank line after a paragraph goes with it.
      if (block.lines[item.provenance.lineEnd - first + 1]?.trim() === '') gone.add(item.provenance.lineEnd - first + 1);
    }
  };
  leaveOut(weakness.tasks, spec.dropTasks?.[code] ?? [], 'task');
  leaveOut(weakness.causes, spec.dropCauses?.[code] ?? [], 'cause');
  dropEmptyOwners(block.lines, gone);
  block.lines = block.lines.filter((_, i) => !gone.has(i));
}

/**
 * A "- Sở X" line over "+" bullets names their owner; with all its bullets gone it would read as a
 * task of its own, so it goes too.
 */
function dropEmptyOwners(lines: string[], gone: Set<number>): void {
  const marker = (i: number) => lines[i]!.trim().charAt(0);
  for (let i = 0; i < lines.length; i++) {
    if (marker(i) !== '-' || gone.has(i)) continue;
    const bullets: number[] = [];
    for (let j = i + 1; j < lines.length && (lines[j]!.trim() === '' || marker(j) === '+'); j++) if (marker(j) === '+') bullets.push(j);
    if (bullets.length > 0 && bullets.every((j) => gone.has(j))) {
      gone.add(i);
      if (lines[i + 1]?.trim() === '') gone.add(i + 1);
    }
  }
}

/** Merges, splits and drops, in that order; blocks nested in areas or stated by a section heading refuse them. */
function editStructure(blocks: Block[], weaknesses: WeaknessRecord[], spec: PlanSpec, rewrite: (line: string) => string): Block[] {
  const byCode = new Map(blocks.map((block) => [block.code, block]));
  const statement = (code: string) => rewrite(weaknesses.find((w) => w.code === code)!.statement);
  const movable = (code: string, edit: string) => {
    const block = byCode.get(code);
    if (block?.fixed) throw new Error(`${code} cannot be ${edit}: only weaknesses numbered directly under their section can`);
    return block;
  };
  for (const code of spec.drop ?? []) movable(code, 'dropped');
  const removed = new Set<string>();
  for (const [into, from] of spec.merge ?? []) {
    const target = movable(into, 'merged');
    const source = movable(from, 'merged');
    if (!target || !source) continue;
    const current = currentStatement(target, statement(into));
    setStatement(target, current, `${current}; ${lowerFirst(statement(from))}`);
    mergeInto(target, source);
    target.from.push(...source.from);
    removed.add(from);
  }
  let result = blocks.filter((block) => !removed.has(block.code) && !(spec.drop ?? []).includes(block.code));
  for (const [code, keep] of Object.entries(spec.split ?? {})) {
    const block = movable(code, 'split');
    if (!block || !result.includes(block)) continue;
    const parts = clauses(currentStatement(block, statement(code)));
    if (keep < 1 || keep >= parts.length) throw new Error(`${code} has ${parts.length} clauses; cannot keep ${keep} in its first part`);
    const second: Block = { ...block, from: [...block.from], lines: [...block.lines] };
    const whole = currentStatement(block, statement(code));
    setStatement(block, whole, joinClauses(parts.slice(0, keep)));
    setStatement(second, whole, upperFirst(joinClauses(parts.slice(keep))));
    result = result.flatMap((b) => (b === block ? [block, second] : [b]));
  }
  return result;
}

/** The statement as the heading now reads (rewording may have changed the seed's). */
function currentStatement(block: Block, seedStatement: string): string {
  const heading = block.lines[0]!;
  return heading.includes(seedStatement) ? seedStatement : heading.replace(/^\s*\d{1,2}(?:\.\d{1,2}){0,3}\.?\s*/, '');
}

function setStatement(block: Block, from: string, to: string): void {
  const heading = block.lines[0]!;
  if (!heading.includes(from)) throw new Error(`${block.code}: its heading does not read "${from.slice(0, 60)}…"`);
  block.lines[0] = heading.replace(from, to);
}

function replaceLabelled(block: Block, label: RegExp, value: string): void {
  const index = block.lines.findIndex((line) => label.test(line));
  if (index < 0) throw new Error(`${block.code} has no line matching ${label}`);
  const line = block.lines[index]!;
  const at = line.search(label) + label.exec(line)![0].length;
  block.lines[index] = `${line.slice(0, at)} ${value}`;
}

/** Appends `source`'s causes after the target's and its task list before the target's deadline line. */
function mergeInto(target: Block, source: Block): void {
  bulletInlineCause(target);
  const sourceCauses = causeLines(source);
  const planAt = target.lines.findIndex((line) => PLAN_LABEL.test(line));
  if (planAt < 0) throw new Error(`${target.code} has no "Kế hoạch khắc phục" line`);
  target.lines.splice(planAt, 0, ...sourceCauses);

  const taskAt = source.lines.findIndex((line) => TASK_HEADING.test(line));
  const sourceDeadline = source.lines.findIndex((line) => DEADLINE.test(line));
  const deadlineAt = target.lines.findIndex((line) => DEADLINE.test(line));
  if (taskAt < 0 || sourceDeadline < 0 || deadlineAt < 0) throw new Error(`${source.code} into ${target.code}: task list or deadline line not found`);
  target.lines.splice(deadlineAt, 0, ...source.lines.slice(taskAt + 1, sourceDeadline));
}

/** "1.1. Nguyên nhân: text" becomes a label and a bullet, so more causes can follow it. */
function bulletInlineCause(block: Block): void {
  const at = block.lines.findIndex((line) => CAUSE_LABEL.test(line));
  const inline = at >= 0 ? CAUSE_LABEL.exec(block.lines[at]!)![1]!.trim() : '';
  if (!inline) return;
  block.lines.splice(at, 1, block.lines[at]!.slice(0, block.lines[at]!.indexOf(':')), '', `- ${inline}`, '');
}

function causeLines(block: Block): string[] {
  const at = block.lines.findIndex((line) => CAUSE_LABEL.test(line));
  const planAt = block.lines.findIndex((line) => PLAN_LABEL.test(line));
  if (at < 0 || planAt < 0) throw new Error(`${block.code}: causes not found`);
  const inline = CAUSE_LABEL.exec(block.lines[at]!)![1]!.trim();
  return inline ? [`- ${inline}`, ''] : block.lines.slice(at + 1, planAt);
}

/** Gives a block its new position: the leading number of its numbered lines ("2.", "2.1.", "2.3.") becomes `to`. */
function renumber(block: Block, to: number): void {
  const from = NUMBERED.exec(block.lines[0]!)?.[2];
  if (from === undefined || Number(from) === to) return;
  block.lines = block.lines.map((line) => {
    const m = NUMBERED.exec(line);
    return m && m[2] === from ? line.replace(NUMBERED, `$1${to}$3$4`) : line;
  });
}

/** Parses the seed once for any number of variants. */
export function readSeed(seedText: string, glossary: Glossary): ParsedPlan {
  return parsePlan(seedText.normalize('NFC'), { sourceFile: 'seed', glossary });
}
