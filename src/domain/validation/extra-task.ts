/** A task added to a plan week. */
import type { ExtraTaskRecord } from '../records';
import { isStudyDate, studyDateMessage } from './dates';
import { cleanText, visibleLength } from './text';

export const maxTaskLabelLength = 500;

export function validateExtraTask(task: Pick<ExtraTaskRecord, 'label' | 'weekOf'>) {
  const problems: Partial<Record<'label' | 'weekOf', string>> = {};
  const label = cleanText(task.label);
  if (label.length === 0) problems.label = 'must not be empty';
  else if (visibleLength(label) > maxTaskLabelLength) {
    problems.label = `must be at most ${maxTaskLabelLength} characters`;
  }
  if (!isStudyDate(task.weekOf)) problems.weekOf = studyDateMessage;
  return problems;
}
