/**
 * A miss: the one check the miss form, the session worksheet and the import share. Text arrives cleaned
 * (cleanText); a miss written on the miss log belongs to a mixed set, one written in a session to its session,
 * and either must point at a row that exists.
 */
import type { MissRecord } from '../records';
import { lengthProblem, sentenceProblem } from './rule-text';
import { cleanText, visibleLength } from './text';

export const maxDocTitleLength = 160;
/** A question cue says what the question was about in a few words, never its answer. */
export const maxCueLength = 120;

export type MissFields = Pick<
  MissRecord,
  'setId' | 'sessionId' | 'domain' | 'failureMode' | 'rule' | 'saferAction' | 'revisit' | 'retests' | 'cue'
>;
export type MissProblems = Partial<Record<keyof MissFields | 'docTitle' | 'docUrl', string>>;

/** The rows a miss may point at; leave a side out to skip that check. */
export interface MissReferences {
  setIds?: ReadonlySet<string>;
  sessionIds?: ReadonlySet<string>;
  /**
   * A stored miss may point at neither: a merge keeps a miss whose set or session another device removed, without
   * it (src/sync/merge-repairs.ts). The form still asks for one.
   */
  unattached?: boolean;
}

/** http and https only: a `javascript:` or `data:` link in a learner's own log must never be clickable. */
export function isWebLink(text: string): boolean {
  if (!/^https?:\/\//i.test(text.trim())) return false;
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** Text that is there but shows nothing (only zero-width spaces): the forms store it as empty, never as is. */
function invisibleProblem(text: string): string | undefined {
  return text.length > 0 && cleanText(text).length === 0 ? 'has only invisible characters' : undefined;
}

function storedRuleProblem(text: string, what: string): string | undefined {
  return invisibleProblem(text) ?? lengthProblem(text, what) ?? sentenceProblem(text, what);
}

/** A miss with nothing recorded yet: counted in its set, shown as "needs details". */
export function isBlankMiss(miss: Pick<MissFields, 'domain' | 'failureMode' | 'rule' | 'revisit'>): boolean {
  return !miss.domain && !miss.failureMode && miss.rule.trim().length === 0 && !miss.revisit;
}

export function validateMiss(miss: MissFields, references: MissReferences = {}): MissProblems {
  const problems: MissProblems = {};
  if (miss.setId === null && miss.sessionId === null && !references.unattached) {
    problems.setId = 'Record the mixed set first, or choose it here.';
  }
  if (miss.setId !== null && references.setIds && !references.setIds.has(miss.setId)) {
    problems.setId = 'That set no longer exists; choose another.';
  }
  if (miss.sessionId !== null && references.sessionIds && !references.sessionIds.has(miss.sessionId)) {
    problems.sessionId = 'points at a study session that is not there';
  }
  // Stored rules are held to the one length limit, to one sentence (rules stored before that was checked are
  // joined where they come in: domain/joined-rules.ts) and, in a set, to being there at all. A miss left blank
  // ("later", walking a practice exam's misses) holds its place in the set until filled in; a session's miss
  // may wait for its rule, also once its session is deleted and it stays in the log on its own.
  const rule =
    miss.setId !== null && cleanText(miss.rule).length === 0 && !isBlankMiss(miss)
      ? 'Write the rule in one sentence.'
      : storedRuleProblem(miss.rule, 'rule');
  if (rule) problems.rule = rule;
  const safer = storedRuleProblem(miss.saferAction, 'safer-action rule');
  if (safer) problems.saferAction = safer;
  if (miss.revisit?.kind === 'doc') {
    const title = cleanText(miss.revisit.title);
    if (title.length === 0) problems.docTitle = 'Give the official doc a title.';
    else if (visibleLength(title) > maxDocTitleLength) {
      problems.docTitle = `Keep the title to ${maxDocTitleLength} characters.`;
    }
    if (!isWebLink(miss.revisit.url)) problems.docUrl = 'Enter a link that starts with https:// or http://.';
  }
  if (miss.cue !== undefined && visibleLength(miss.cue) > maxCueLength) {
    problems.cue = `Keep the cue to ${maxCueLength} characters (now ${visibleLength(miss.cue)}).`;
  }
  const days = miss.retests.map((retest) => retest.day);
  if (new Set(days).size !== days.length) problems.retests = 'has the same retest day twice';
  return problems;
}
