/** Units of a variant: bodies of one level trade places in responsibility lines and task bullets. */
import { foldWithMap } from '../../shared/fold.ts';
import type { AgencyMatch, AgencyMatcher } from '../../server/src/ingest/agency-matcher.ts';
import type { Glossary, GlossaryEntry } from '../../server/src/ingest/types.ts';
import { shuffle, type Random } from './choices.ts';
import { PLACE_BOUND, SWAP_SHARE } from './corpus-data.ts';
import { BULLET, TASK_HEADING } from './structure-edits.ts';

/** A pairing of bodies of the same level (central with central, provincial with provincial). */
export function unitSwaps(glossary: Glossary, rnd: Random): Map<string, GlossaryEntry> {
  const swaps = new Map<string, GlossaryEntry>();
  for (const level of ['central', 'province'] as const) {
    // Governing organs (UBND, HĐND, Tỉnh ủy, Chính phủ...) are not units a plan assigns work to.
    const bodies = glossary.agencies.filter(
      (entry) => entry.level === level && entry.kind === 'body' && entry.collectiveMember !== false && !PLACE_BOUND.has(entry.key),
    );
    const order = shuffle(rnd, bodies);
    const pairs = Math.floor((bodies.length * SWAP_SHARE) / 2);
    for (let k = 0; k < pairs; k++) {
      const [a, b] = [order[2 * k]!, order[2 * k + 1]!];
      swaps.set(a.key, b);
      swaps.set(b.key, a);
    }
  }
  return swaps;
}

const RESPONSIBILITY = /^[-+•–*]?\s*đơn vị (?:chủ trì|phối hợp)[^:]*:/iu;

/** Swaps the bodies named in a responsibility line, an agency bullet or a "b) ...: Sở X chủ trì" heading. */
export function swapUnits(line: string, matcher: AgencyMatcher, swaps: Map<string, GlossaryEntry>): string {
  const trimmed = line.trim();
  let from: number;
  const label = RESPONSIBILITY.exec(trimmed);
  if (label) from = line.indexOf(':') + 1;
  else if (TASK_HEADING.test(trimmed) && trimmed.includes(':')) from = line.indexOf(':') + 1;
  else if (BULLET.test(trimmed)) {
    const bulletEnd = line.indexOf(trimmed) + 1;
    if (matcher.leadingList(line, bulletEnd).matches.length === 0) return line;
    from = bulletEnd;
  } else return line;

  let out = line;
  for (const match of allMatches(line, matcher, from).reverse()) {
    const target = swaps.get(match.entry.key);
    if (target) out = out.slice(0, match.start) + target.name + out.slice(match.end);
  }
  return out;
}

/** Every glossary body named in the text from `from` on, longest first at each position, without overlaps. */
function allMatches(text: string, matcher: AgencyMatcher, from: number): AgencyMatch[] {
  const ft = foldWithMap(text);
  const matches: AgencyMatch[] = [];
  let at = ft.map.findIndex((original) => original >= from);
  while (at >= 0 && at < ft.folded.length) {
    const match = matcher.matchFolded(ft, at);
    if (!match) {
      at++;
      continue;
    }
    matches.push(match);
    at = ft.map.findIndex((original) => original >= match.end);
  }
  return matches;
}
