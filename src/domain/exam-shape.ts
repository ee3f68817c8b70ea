/**
 * The exam's shape, when Today offers a rehearsal of it, and finished practice exams read back: kept apart from the practice exam's maths so the
 * views that only link to it (Today, the miss log, the session page) do not carry that code in their chunks.
 */
import type { MixedSetRecord, PracticeExamFacts } from './records';
import type { TodayState } from './today-phase';

export const examQuestions = 60;
export const examMinutes = 120;
export const examPassPercent = 70;

/**
 * Whether Today offers a practice exam: in the route's last two weeks, between the route and the last 7 days,
 * and in the last 7 days except Day 1, whose focus stays "one light mixed set".
 */
export function practiceExamOffered(state: TodayState, routeWeeks: number): boolean {
  switch (state.phase) {
    case 'route':
      return state.weekIndex >= routeWeeks - 2;
    case 'after-route':
      return true;
    case 'last-7':
      return state.countdownDay.day > 1;
    default:
      return false;
  }
}

/** Score as a whole percentage, and whether it reaches the 70% the learner aims for. */
export function scoreOf(set: Pick<MixedSetRecord, 'correct' | 'questions'>): {
  percent: number;
  passes: boolean;
} {
  const percent = set.questions === 0 ? 0 : Math.round((set.correct / set.questions) * 100);
  return { percent, passes: set.correct * 100 >= examPassPercent * set.questions };
}

/** The practice exams among the sets, newest first. */
export function practiceExamsOf(
  sets: Record<string, MixedSetRecord>,
): (MixedSetRecord & { practiceExam: PracticeExamFacts })[] {
  return Object.values(sets)
    .filter((set): set is MixedSetRecord & { practiceExam: PracticeExamFacts } => !!set.practiceExam)
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt);
}
