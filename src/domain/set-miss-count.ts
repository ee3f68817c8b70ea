/**
 * A set scored 17/20 has three wrong answers, so a fourth miss means a miss went to the wrong set or the score
 * was typed wrong. The learner is told before saving it rather than finding a lane weighted by phantom misses.
 */
import { countText } from './count-text';
import type { MixedSetRecord } from './records';

export function setMissCountWarning(
  set: Pick<MixedSetRecord, 'label' | 'questions' | 'correct'>,
  missesAlreadyInSet: number,
): string | null {
  const wrong = set.questions - set.correct;
  if (missesAlreadyInSet < wrong) return null;
  return (
    `${set.label} (${set.correct}/${set.questions}) has ${countText(wrong, 'wrong answer', 'wrong answers')} ` +
    `and already ${countText(missesAlreadyInSet, 'miss', 'misses')}: another miss would be more than it had. ` +
    'Check the set chosen here and its score.'
  );
}
