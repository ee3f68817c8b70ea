/** Counts in words: "1 miss", "2 misses", "1,204 misses", chosen by the language's plural rules. */
const plurals = new Intl.PluralRules('en');
const numbers = new Intl.NumberFormat('en');

export function countText(count: number, one: string, other: string): string {
  return `${numbers.format(count)} ${plurals.select(count) === 'one' ? one : other}`;
}
