/**
 * Roman numerals as the sources print them: month numbers in dates (`2.VI.1927`), section numbers of a
 * text (`IV. Левая оппозиция и СССР.`). One reading of the numerals for both.
 */

const VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

/** The value of a numeral in I, V, X by the usual rule (a smaller value before a larger one is subtracted): `IV` → 4. */
export function romanSum(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const v = VALUES[numeral[i]!] ?? Number.NaN;
    const next = VALUES[numeral[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** `n` (1–39) as a roman numeral written the usual way: 4 → `IV`. */
export function romanNumeral(n: number): string {
  const units = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];
  return `${'X'.repeat(Math.floor(n / 10))}${units[n % 10]}`;
}
