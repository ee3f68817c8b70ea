const pluralRules = new Intl.PluralRules('en');
const numberFormat = new Intl.NumberFormat('en');
const hoursFormat = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "1 study day", "3 study days", "1,204 misses": the count and the noun that agrees with it. */
export function countText(count: number, one: string, other: string): string {
  return `${numberFormat.format(count)} ${pluralRules.select(count) === 'one' ? one : other}`;
}

/** "7.5 h": hours with one decimal, rounded down so study time is never overstated. */
export function hoursText(minutes: number): string {
  return `${hoursFormat.format(Math.floor((minutes / 60) * 10) / 10)} h`;
}
