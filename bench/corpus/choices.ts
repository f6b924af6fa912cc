/** Pseudo-random choices over a seeded generator (shared/seeded-random.ts), so a corpus is reproducible. */

export type Random = () => number;
export const pick = <T>(rnd: Random, items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
export const between = (rnd: Random, min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
export function shuffle<T>(rnd: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
