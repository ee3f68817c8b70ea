import { visibleLength } from './text';

/** The one length limit of a rule, in characters as the learner sees them. */
export const maxRuleLength = 200;

/**
 * The length check alone, wherever a rule is typed or imported. A running session's worksheet saves every
 * keystroke with only this check; kept apart from the miss checks so the store, which needs only this, does not
 * load them with the first page.
 */
export function lengthProblem(text: string, what: string): string | undefined {
  const length = visibleLength(text);
  if (length <= maxRuleLength) return undefined;
  return `Keep the ${what} to at most ${maxRuleLength} characters (now ${length}).`;
}
