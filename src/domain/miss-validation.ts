/**
 * What the learner types for a mixed set or a miss, and the checks it must pass before anything is saved.
 * Drafts are plain strings, exactly as typed, so a failed save can hand every character back to the form.
 */
import type { IsoDate } from './dates';
import type { MixedSetRecord, RevisitTarget } from './records';
import {
  failureModeIds,
  isLessonId,
  isOneOf,
  weakDomainIds,
  type FailureModeId,
  type WeakDomainId,
} from './seed-ids';
import { validateMiss } from './validation/miss';
import { ruleProblem } from './validation/rule-text';
import { maxQuestions, validateSet } from './validation/set';
import { cleanText } from './validation/text';

export { maxDocTitleLength, maxCueLength, isWebLink } from './validation/miss';
export { maxRuleLength } from './validation/rule-text';
export { maxSetLabelLength, maxQuestions } from './validation/set';
export { isOneSentence } from './validation/text';

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
  const questions = wholeNumber(draft.questions);
  const correct = wholeNumber(draft.correct);
  const value: SetValues = {
    date: draft.date as IsoDate,
    label: cleanText(draft.label),
    questions: questions ?? Number.NaN,
    correct: correct ?? Number.NaN,
  };
  const errors: SetErrors = validateSet(value);
  if (questions === null) errors.questions = `Enter a whole number of questions from 1 to ${maxQuestions}.`;
  if (correct === null) errors.correct = 'Enter how many you got right (a whole number, 0 or more).';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value };
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
 * `allowNoSet` is for misses written in a session, which belong to no mixed set; a miss typed on the miss log
 * always belongs to one.
 */
export function parseMissDraft(draft: MissDraft, allowNoSet = false): Parsed<MissValues, MissErrors> {
  const errors: MissErrors = {};
  const rule = cleanText(draft.rule);
  const saferAction = cleanText(draft.saferAction);
  if (!isOneOf(weakDomainIds, draft.domain)) errors.domain = 'Choose the weak domain.';
  if (!isOneOf(failureModeIds, draft.failureMode)) errors.failureMode = 'Choose the failure mode.';
  const cue = cleanText(draft.cue);

  let revisit: RevisitTarget | null = null;
  if (draft.revisit === docChoice) {
    revisit = { kind: 'doc', title: cleanText(draft.docTitle), url: draft.docUrl.trim() };
  } else if (draft.revisit !== '') {
    if (isLessonId(draft.revisit)) revisit = { kind: 'lesson', lessonId: draft.revisit };
    else errors.revisit = 'Choose a chapter lesson or an official doc.';
  }
  const problems = validateMiss({
    setId: draft.setId || null,
    // A session's miss may stay without a set; the check only needs to know one of the two is there.
    sessionId: allowNoSet ? 'session' : null,
    domain: null,
    failureMode: null,
    rule,
    saferAction,
    revisit,
    retests: [],
    cue,
  });
  // Every miss saved from a form states its rule in one sentence, also a session's miss completed on the log.
  const ruleMessage = ruleProblem(rule, 'rule', true);
  if (ruleMessage) errors.rule = ruleMessage;
  const saferMessage = ruleProblem(saferAction, 'safer-action rule', false);
  if (saferMessage) errors.saferAction = saferMessage;
  for (const key of ['setId', 'docTitle', 'docUrl', 'cue'] as const) {
    if (problems[key]) errors[key] = problems[key];
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
