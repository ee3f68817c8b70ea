/**
 * The one way the app counts in words: "1 miss", "2 misses", "1,204 misses", "1.5 hours". The noun is chosen by
 * the language's plural rules, so a count is never glued to a hard-coded plural.
 */
const plurals = new Intl.PluralRules('en');
const numbers = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/** The noun alone, agreeing with `count`: "misses". `other` defaults to `one` with an "s". */
export function nounFor(count: number, one: string, other = `${one}s`): string {
  return plurals.select(count) === 'one' ? one : other;
}

/** The count and the noun that agrees with it: "1 study day", "3 study days", "1,204 misses". */
export function countText(count: number, one: string, other = `${one}s`): string {
  return `${numbers.format(count)} ${nounFor(count, one, other)}`;
}
