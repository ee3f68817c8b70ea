import { cleanText, isOneSentence, visibleLength } from './text';

/** The one length limit of a rule, in characters as the learner sees them. */
export const maxRuleLength = 200;

/**
 * The checks every stored rule passes, wherever it is typed, imported or merged, kept apart from the miss checks
 * so the store, which needs only these, does not load those with the first page.
 */
export function lengthProblem(text: string, what: string): string | undefined {
  const length = visibleLength(text);
  if (length <= maxRuleLength) return undefined;
  return `Keep the ${what} to at most ${maxRuleLength} characters (now ${length}).`;
}

/** Checked on the text as the forms store it (cleanText), so an invisible character never hides a sentence end. */
export function sentenceProblem(text: string, what: string): string | undefined {
  return isOneSentence(cleanText(text)) ? undefined : `Keep the ${what} to one sentence.`;
}

/** A rule the learner writes in a form: one sentence of at most `maxRuleLength` characters. */
export function ruleProblem(text: string, what: string, required: boolean): string | undefined {
  if (text.length === 0) return required ? `Write the ${what} in one sentence.` : undefined;
  const length = visibleLength(text);
  if (length > maxRuleLength) {
    return `Keep the ${what} to one sentence of at most ${maxRuleLength} characters (now ${length}).`;
  }
  return sentenceProblem(text, what);
}
