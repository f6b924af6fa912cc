/**
 * Line rewrites that move the seed plan to another province, year, number and date. Shared by the
 * bench corpus (`bench/corpus.ts`) and the series generator (`seed-variant.ts`), so that every
 * synthetic plan is made the same way.
 */
import { fold, foldWithMap } from '../../../shared/fold.ts';
import { parsePlan } from '../ingest/parse-plan.ts';
import type { Glossary } from '../ingest/types.ts';

/** What a generator needs to know about the seed, read by the real parser. */
export interface SeedFacts {
  province: string;
  symbol: string;
  year: number;
  day: number;
  month: number;
  signer: string | null;
}

export interface PlanDate {
  day: number;
  month: number;
  year: number;
}

/** Reads the seed's province, symbol, date and signer with the real parser. */
export function seedFacts(seedText: string, glossary: Glossary): SeedFacts {
  const parsed = parsePlan(seedText, { sourceFile: 'seed', glossary });
  const [year, month, day] = parsed.plan.date.split('-').map(Number) as [number, number, number];
  return { province: parsed.plan.province, symbol: parsed.plan.symbol, year, month, day, signer: parsed.plan.signer };
}

/**
 * Rewrites the plan's own symbol and date in the header, the site's title and metadata lines and
 * its footer (patterns built once per plan).
 */
export function headerRewriter(facts: SeedFacts, target: { symbol: string; year: number }, date: PlanDate): (line: string) => string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const symbol = escapeRegExp(facts.symbol);
  const rules: [RegExp, string][] = [
    [new RegExp(`ngày\\s+0?${facts.day}\\s+tháng\\s+0?${facts.month}\\s+năm\\s+${facts.year}`, 'u'), `ngày ${date.day} tháng ${date.month} năm ${date.year}`],
    [
      new RegExp(`(Ngày ban hành:\\s*|${symbol}\\s+ngày\\s+)0?${facts.day}/0?${facts.month}/${facts.year}(?!\\d)`, 'u'),
      `$1${pad(date.day)}/${pad(date.month)}/${date.year}`,
    ],
    [new RegExp(`(?<![\\d/])${symbol} ${facts.year}(?!\\d)`, 'gu'), `${target.symbol} ${target.year}`],
    [new RegExp(`(?<![\\d/])${symbol}(?![\\p{L}\\d])`, 'gu'), target.symbol],
  ];
  const cues = [/^\d+/.exec(facts.symbol)?.[0] ?? facts.symbol, String(facts.year)];
  return (line) => (cues.some((cue) => line.includes(cue)) ? rules.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), line) : line);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** "năm 2021" (the year reviewed) and "năm 2022" (the plan's year) move with the plan; periods ("năm 2021 - 2025") stay. */
export function shiftYearPhrases(line: string, seedYear: number, delta: number): string {
  if (delta === 0) return line;
  return line.replace(/(?<![\p{L}])(năm|Năm|NĂM)(\s+)(\d{4})(?!\s*-\s*\d)(?![\d/])/gu, (whole, word: string, space: string, year: string) => {
    const y = Number(year);
    return y === seedYear || y === seedYear - 1 ? `${word}${space}${y + delta}` : whole;
  });
}

/** Replaces the seed's province wherever it is written, whatever its case or tone-mark placement ("Thanh Hóa", "Thanh Hoá", "THANH HÓA"). */
export function renameProvince(line: string, from: string, to: string): string {
  const target = fold(from);
  if (!fold(line).includes(target)) return line;
  const ft = foldWithMap(line);
  let out = '';
  let copied = 0;
  let at = ft.folded.indexOf(target);
  while (at >= 0) {
    const end = at + target.length;
    const wordBefore = at > 0 && /[a-z0-9]/.test(ft.folded[at - 1]!);
    const wordAfter = end < ft.folded.length && /[a-z0-9]/.test(ft.folded[end]!);
    if (!wordBefore && !wordAfter) {
      const start = ft.map[at]!;
      const stop = ft.map[end - 1]! + 1;
      const written = line.slice(start, stop);
      out += line.slice(copied, start) + (written === written.toUpperCase() ? to.toUpperCase() : to);
      copied = stop;
    }
    at = ft.folded.indexOf(target, end);
  }
  return out + line.slice(copied);
}
