/**
 * What the learner types for a mixed set or a miss, and the checks it must pass before anything is saved.
 * Drafts are plain strings, exactly as typed, so a failed save can hand every character back to the form.
 */
import { isIsoDate, type IsoDate } from './dates';
import type { MixedSetRecord, RevisitTarget } from './records';
import {
  failureModeIds,
  isLessonId,
  isOneOf,
  weakDomainIds,
  type FailureModeId,
  type WeakDomainId,
} from './seed-ids';

export const maxRuleLength = 200;
/** A question cue says what the question was about in a few words, never its answer. */
export const maxCueLength = 120;
export const maxSetLabelLength = 80;
export const maxDocTitleLength = 160;
export const maxQuestions = 500;

export interface SetDraft {
  date: string;
  label: string;
  questions: string;
  correct: string;
}

export type SetErrors = Partial<Record<keyof SetDraft, string>>;

export type SetValues = Pick<MixedSetRecord, 'date' | 'label' | 'questions' | 'correct'>;

export type Parsed<T, E> = { ok: true; value: T } | { ok: false; errors: E };

function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

export function parseSetDraft(draft: SetDraft): Parsed<SetValues, SetErrors> {
  const errors: SetErrors = {};
  const label = draft.label.trim();
  if (!isIsoDate(draft.date)) errors.date = 'Enter the date you took the set.';
  if (label.length === 0) errors.label = 'Name the set, e.g. "Mixed set 3".';
  else if (label.length > maxSetLabelLength)
    errors.label = `Keep the name to ${maxSetLabelLength} characters.`;
  const questions = wholeNumber(draft.questions);
  const correct = wholeNumber(draft.correct);
  if (questions === null || questions < 1 || questions > maxQuestions) {
    errors.questions = `Enter a whole number of questions from 1 to ${maxQuestions}.`;
  }
  if (correct === null) errors.correct = 'Enter how many you got right (a whole number, 0 or more).';
  else if (questions !== null && correct > questions) {
    errors.correct = `You cannot get more right than the ${questions} questions in the set.`;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { date: draft.date as IsoDate, label, questions: questions!, correct: correct! },
  };
}

/** The revisit select: a lesson id, `doc` for an official doc, or empty for "not chosen yet". */
export type RevisitChoice = string;
export const docChoice = 'doc';

export interface MissDraft {
  setId: string;
  domain: string;
  failureMode: string;
  rule: string;
  revisit: RevisitChoice;
  docTitle: string;
  docUrl: string;
  saferAction: string;
  cue: string;
}

export const emptyMissDraft = (setId = ''): MissDraft => ({
  setId,
  domain: '',
  failureMode: '',
  rule: '',
  revisit: '',
  docTitle: '',
  docUrl: '',
  saferAction: '',
  cue: '',
});

export type MissErrors = Partial<Record<keyof MissDraft, string>>;

export interface MissValues {
  setId: string | null;
  domain: WeakDomainId;
  failureMode: FailureModeId;
  rule: string;
  saferAction: string;
  revisit: RevisitTarget | null;
  cue: string;
}

/**
 * A sentence ends at . ! or ? followed by a space and a capital letter; "e.g. use aliases" stays one sentence
 * because the text after the stop does not start a new one.
 */
export function isOneSentence(text: string): boolean {
  return !/[\r\n]/.test(text) && !/[.!?]["')\]]?\s+[A-Z]/.test(text.trim());
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

function ruleError(text: string, what: string, required: boolean): string | undefined {
  if (text.length === 0) return required ? `Write the ${what} in one sentence.` : undefined;
  if (text.length > maxRuleLength) {
    return `Keep the ${what} to one sentence of at most ${maxRuleLength} characters (now ${text.length}).`;
  }
  if (!isOneSentence(text)) return `Keep the ${what} to one sentence.`;
  return undefined;
}

/**
 * `allowNoSet` is for misses written in a session, which belong to no mixed set; a miss typed on the miss log
 * always belongs to one.
 */
export function parseMissDraft(draft: MissDraft, allowNoSet = false): Parsed<MissValues, MissErrors> {
  const errors: MissErrors = {};
  const rule = draft.rule.trim();
  const saferAction = draft.saferAction.trim();
  if (!draft.setId && !allowNoSet) errors.setId = 'Record the mixed set first, or choose it here.';
  if (!isOneOf(weakDomainIds, draft.domain)) errors.domain = 'Choose the weak domain.';
  if (!isOneOf(failureModeIds, draft.failureMode)) errors.failureMode = 'Choose the failure mode.';
  const ruleMessage = ruleError(rule, 'rule', true);
  if (ruleMessage) errors.rule = ruleMessage;
  const saferMessage = ruleError(saferAction, 'safer-action rule', false);
  if (saferMessage) errors.saferAction = saferMessage;
  const cue = draft.cue.trim();
  if (cue.length > maxCueLength) {
    errors.cue = `Keep the cue to ${maxCueLength} characters (now ${cue.length}).`;
  }

  let revisit: RevisitTarget | null = null;
  if (draft.revisit === docChoice) {
    const title = draft.docTitle.trim();
    const url = draft.docUrl.trim();
    if (title.length === 0) errors.docTitle = 'Give the official doc a title.';
    else if (title.length > maxDocTitleLength) {
      errors.docTitle = `Keep the title to ${maxDocTitleLength} characters.`;
    }
    if (!isWebLink(url)) errors.docUrl = 'Enter a link that starts with https:// or http://.';
    revisit = { kind: 'doc', title, url };
  } else if (draft.revisit !== '') {
    if (isLessonId(draft.revisit)) revisit = { kind: 'lesson', lessonId: draft.revisit };
    else errors.revisit = 'Choose a chapter lesson or an official doc.';
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      setId: draft.setId || null,
      domain: draft.domain as WeakDomainId,
      failureMode: draft.failureMode as FailureModeId,
      rule,
      saferAction,
      revisit,
      cue,
    },
  };
}

/** The form's view of a saved miss, for editing. */
export function draftOfMiss(miss: {
  setId: string | null;
  domain: string | null;
  failureMode: string | null;
  rule: string;
  saferAction: string;
  revisit: RevisitTarget | null;
  cue?: string | undefined;
}): MissDraft {
  return {
    setId: miss.setId ?? '',
    domain: miss.domain ?? '',
    failureMode: miss.failureMode ?? '',
    rule: miss.rule,
    saferAction: miss.saferAction,
    revisit: miss.revisit ? (miss.revisit.kind === 'doc' ? docChoice : miss.revisit.lessonId) : '',
    docTitle: miss.revisit?.kind === 'doc' ? miss.revisit.title : '',
    docUrl: miss.revisit?.kind === 'doc' ? miss.revisit.url : '',
    cue: miss.cue ?? '',
  };
}
