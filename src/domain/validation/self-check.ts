/** A booking self-check's justification: one line, required once the box is ticked. */
import { cleanText, hasLineBreak, visibleLength } from './text';

export const maxJustificationLength = 160;

export function justificationProblem(checked: boolean, justification: string): string | null {
  const text = cleanText(justification);
  if (checked && text.length === 0) return 'Write one line on why this is true before you tick it.';
  if (visibleLength(text) > maxJustificationLength) {
    return `Keep it to one line (${maxJustificationLength} characters).`;
  }
  if (hasLineBreak(text)) return 'Keep it to one line.';
  return null;
}
