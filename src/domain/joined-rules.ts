/**
 * Rules were once stored without the one-sentence check the forms make: the first release's worksheet had none,
 * and later ones stored every keystroke. Today every write and every import of this build asks for one
 * sentence, so a rule on several lines or in several sentences is joined into one wherever such a rule comes in:
 * a backup older than schema 4, a database upgraded to version 10, a sync file from a device on an older build.
 * Every word is kept: each line break and each sentence end becomes "; " (";" when the spaces would take the rule
 * past its length limit). It is a pure function of the text, so two devices joining one rule write the same.
 */
import type { MissRecord } from './records';
import { maxRuleLength } from './validation/rule-text';
import { cleanText, isOneSentence, sentenceEnds, visibleLength } from './validation/text';

const lineBreaks = /[\r\n\u2028\u2029]+/;
/** A line's own closing stop or comma, which the separator replaces. */
const lineEnd = /[.!?;,]+$/;

function joinedWith(text: string, separator: string): string {
  const lines = text
    .split(lineBreaks)
    .map((line, index, all) => (index < all.length - 1 ? line.trim().replace(lineEnd, '') : line).trim())
    .filter((line) => line.length > 0);
  const oneLine = lines.join(separator);
  let joined = oneLine;
  // From the last end back, so the earlier matches' places still hold.
  for (const end of sentenceEnds(oneLine).reverse()) {
    joined =
      joined.slice(0, end.index) + (end[2] ?? '') + separator + joined.slice(end.index + end[0].length);
  }
  return joined;
}

/**
 * The longest start of a text that stays within the limit with an ellipsis added, cut after a whole word where
 * one ends in its last quarter. Only a rule stored before the length limit was checked is this long.
 */
function cutToLimit(text: string): string {
  const points = [...text];
  let low = 0;
  let high = points.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (visibleLength(points.slice(0, middle).join('')) <= maxRuleLength - 1) low = middle;
    else high = middle - 1;
  }
  const start = points.slice(0, low).join('');
  const space = start.search(/\s\S*$/);
  const cut = space > (start.length * 3) / 4 ? start.slice(0, space) : start;
  return `${cut.trimEnd()}…`;
}

/**
 * Where a rule may be more than one sentence: a line break, or a stop followed (past closing quotes, brackets and
 * invisible characters) by a space. Most rules have neither and are passed without segmenting them, since every
 * rule of a backup, an upgrade or a merge is checked here.
 */
const mayNotBeOneSentence = /[\r\n\u2028\u2029]|[.!?][^\p{L}\p{N}]*\s/u;

function isStorable(text: string): boolean {
  // A string is never longer in characters a reader sees than in UTF-16 units.
  const short = text.length <= maxRuleLength;
  if (short && !mayNotBeOneSentence.test(text)) return true;
  return isOneSentence(cleanText(text)) && (short || visibleLength(text) <= maxRuleLength);
}

/** The rule as one sentence within the length limit; a rule that already is one comes back unchanged. */
export function joinedRule(text: string): string {
  if (isStorable(text)) return text;
  const clean = cleanText(text);
  const spaced = joinedWith(clean, '; ');
  if (visibleLength(spaced) <= maxRuleLength) return spaced;
  const tight = joinedWith(clean, ';');
  return visibleLength(tight) <= maxRuleLength ? tight : cutToLimit(tight);
}

/** The miss with its rule and safer-action rule joined; the same object when neither needed it. */
export function withRulesJoined<Miss extends Pick<MissRecord, 'rule' | 'saferAction'>>(miss: Miss): Miss {
  const rule = joinedRule(miss.rule);
  const saferAction = joinedRule(miss.saferAction);
  return rule === miss.rule && saferAction === miss.saferAction ? miss : { ...miss, rule, saferAction };
}

/** How many rules (a miss's rule and safer-action rule each count) joining changes in these misses. */
export function rulesToJoin(misses: readonly Pick<MissRecord, 'rule' | 'saferAction'>[]): number {
  let count = 0;
  for (const miss of misses) {
    if (joinedRule(miss.rule) !== miss.rule) count += 1;
    if (joinedRule(miss.saferAction) !== miss.saferAction) count += 1;
  }
  return count;
}
