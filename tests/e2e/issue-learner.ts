import type { Setup } from '../../src/domain/setup';

/**
 * The issues' learner: start Mon 2026-06-01, exam Mon 2026-07-20 10:00, 6-8 hrs/week, a 6-week route, so Jul 13-19
 * are exactly the last 7 days.
 */
export const learner: Setup = {
  startingPoint: 'lighter-on-mlops',
  hoursBand: '6-8',
  examDate: '2026-07-20',
  examTime: '10:00',
  startDate: '2026-06-01',
  routeOverride: null,
  partTimeWeeks: 10,
};
