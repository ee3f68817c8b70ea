/** A mixed set: the one check the set form and the import share. */
import type { MixedSetRecord } from '../records';
import { isStudyDate, studyDateMessage } from './dates';
import { cleanText, hasLineBreak, visibleLength } from './text';

export const maxSetLabelLength = 80;
export const maxQuestions = 500;

export type SetFields = Pick<MixedSetRecord, 'date' | 'label' | 'questions' | 'correct'>;
export type SetProblems = Partial<Record<keyof SetFields, string>>;

export function validateSet(set: SetFields): SetProblems {
  const problems: SetProblems = {};
  if (!isStudyDate(set.date)) problems.date = studyDateMessage;
  const label = cleanText(set.label);
  if (label.length === 0) problems.label = 'Name the set, e.g. "Mixed set 3".';
  else if (label !== set.label || hasLineBreak(label)) problems.label = 'Keep the name to one trimmed line.';
  else if (visibleLength(label) > maxSetLabelLength) {
    problems.label = `Keep the name to ${maxSetLabelLength} characters.`;
  }
  if (!Number.isInteger(set.questions) || set.questions < 1 || set.questions > maxQuestions) {
    problems.questions = `Enter a whole number of questions from 1 to ${maxQuestions}.`;
  }
  if (!Number.isInteger(set.correct) || set.correct < 0) {
    problems.correct = 'Enter how many you got right (a whole number, 0 or more).';
  } else if (set.correct > set.questions) {
    problems.correct = `You cannot get more right than the ${set.questions} questions in the set.`;
  }
  return problems;
}
