/**
 * Counted nouns for every sentence the app prints ("1 miss", "2 misses"), chosen by Intl.PluralRules so a count is
 * never glued to a hard-coded plural.
 */
const rules = new Intl.PluralRules('en');
const numbers = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

export interface Noun {
  one: string;
  other: string;
}

export const nouns = {
  miss: { one: 'miss', other: 'misses' },
  hour: { one: 'hour', other: 'hours' },
  day: { one: 'day', other: 'days' },
  week: { one: 'week', other: 'weeks' },
  task: { one: 'task', other: 'tasks' },
  set: { one: 'set', other: 'sets' },
  lesson: { one: 'lesson', other: 'lessons' },
  minute: { one: 'minute', other: 'minutes' },
  rule: { one: 'rule', other: 'rules' },
  // The verb that agrees with a count: "1 rule is", "2 rules are".
  is: { one: 'is', other: 'are' },
} as const satisfies Record<string, Noun>;

/** The noun alone, agreeing with `count`: "misses". */
export function nounFor(count: number, noun: Noun): string {
  return rules.select(count) === 'one' ? noun.one : noun.other;
}

/** "1 miss", "2 misses", "1.5 hours". */
export function countOf(count: number, noun: Noun): string {
  return `${numbers.format(count)} ${nounFor(count, noun)}`;
}
