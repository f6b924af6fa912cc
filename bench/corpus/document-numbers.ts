/** Documents and dates of a variant: provincial documents renumbered per province, recent ones moved with the year. */
import type { SeedFacts } from '../../server/src/synthetic/text-rewrites.ts';
import { between, type Random } from './choices.ts';
import { PROVINCIAL_CODES } from './corpus-data.ts';

/** What renumbering needs to know of the variant being made. */
export interface ReferenceContext {
  facts: SeedFacts;
  province: string;
  year: number;
  numbers: DocumentNumbers;
}

/**
 * Numbers for renumbered documents, per province, so that a province's documents never collide
 * and the seed's own numbers (which analysts look up, e.g. "08-NQ/TU") stay the seed's.
 */
export class DocumentNumbers {
  private readonly byKey = new Map<string, number>();
  private readonly used = new Map<string, Set<number>>();

  constructor(private readonly rnd: Random) {}

  numberFor(province: string, key: string, original: number): number {
    const scoped = `${province}|${key}`;
    const known = this.byKey.get(scoped);
    if (known !== undefined) return known;
    const used = this.used.get(province) ?? new Set<number>();
    this.used.set(province, used);
    const [min, max] = original < 1000 ? [300, 999] : [1000, 19999];
    let number = between(this.rnd, min, max);
    while (used.has(number)) number = number === max ? min : number + 1;
    used.add(number);
    this.byKey.set(scoped, number);
    return number;
  }
}

const SYMBOL = /(?<![\p{L}\d/])(\d{1,5})(?:\/(\d{4}))?([/-])(\p{Lu}[\p{L}]*(?:[-/][\p{L}\d]+)*)(\s+ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4}))?/gu;

function isProvincial(codes: string): boolean {
  return codes.split(/[-/]/).some((code) => PROVINCIAL_CODES.has(code));
}

/** Provincial symbols of the seed issued in the plan's year or the year it reviews: they move with the year. */
export function recentProvincialSymbols(lines: string[], facts: SeedFacts): Set<string> {
  const recent = new Set<string>();
  for (const line of lines) {
    for (const m of line.matchAll(SYMBOL)) {
      if (!isProvincial(m[4]!)) continue;
      const year = Number(m[2] ?? m[8] ?? 0);
      if (year >= facts.year - 1) recent.add(symbolOf(m));
    }
  }
  return recent;
}

function symbolOf(m: RegExpMatchArray): string {
  return symbolText(m[1]!, m[2], m[3]!, m[4]!);
}

function symbolText(number: string, year: string | undefined, separator: string, codes: string): string {
  return `${number}${year ? `/${year}` : ''}${separator}${codes}`;
}

/** Renumbers provincial documents (the plan's own symbol aside) and moves recent ones to the plan's year. */
export function renumberReferences(line: string, ctx: ReferenceContext, recent: Set<string>, delta: number): string {
  return line.replace(SYMBOL, (...groups: (string | undefined)[]) => {
    const [whole, number, symbolYear, separator, codes, dated, day, month, dateYear] = groups as [
      string,
      string,
      string | undefined,
      string,
      string,
      string | undefined,
      string,
      string,
      string,
    ];
    const symbol = symbolText(number, symbolYear, separator, codes);
    if (!isProvincial(codes) || symbol === ctx.facts.symbol) return whole;
    const moves = recent.has(symbol);
    const key = moves ? `${symbol}@${ctx.year}` : symbol;
    const renumbered = ctx.numbers.numberFor(ctx.province, key, Number(number));
    const shift = (year: string) => Number(year) + (moves ? delta : 0);
    let out = symbolText(String(renumbered), symbolYear && String(shift(symbolYear)), separator, codes);
    if (dated) {
      const newYear = shift(dateYear);
      // 29 February exists only in leap years.
      const safeDay = Number(month) === 2 && Number(day) === 29 && newYear % 4 !== 0 ? '28' : day;
      out += ` ngày ${safeDay}/${month}/${newYear}`;
    }
    return out;
  });
}

/** A date late in March or in April of the plan's year, after the documents it cites (the seed's latest is 21 March). */
export function planDate(rnd: Random, year: number): { day: number; month: number; year: number } {
  const month = rnd() < 0.3 ? 3 : 4;
  return { day: month === 3 ? between(rnd, 25, 31) : between(rnd, 1, 30), month, year };
}
