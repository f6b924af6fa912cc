/** Value of a Roman numeral ("VII" → 7), for ordering sections; 0 for anything else. */
export function romanValue(numeral: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = values[numeral.charAt(i)];
    if (!value) return 0;
    const next = values[numeral.charAt(i + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
