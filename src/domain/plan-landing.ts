/**
 * Where /plan opens: the learner comes to do this week's work, so the page starts there rather than at the top
 * of a set-up they finished weeks ago. In the seven days before the exam the dated day plan is the work.
 */
import { daysBetween, type IsoDate } from './dates';
import { currentWeekIndex, type Route } from './route';

/** The id of the element /plan scrolls to on opening, or null to open at the top. */
export function planLandingTarget(route: Route, examDate: IsoDate | null, today: IsoDate): string | null {
  if (examDate) {
    const daysLeft = daysBetween(today, examDate);
    if (daysLeft >= 1 && daysLeft <= 7) return 'last-7';
  }
  const week = currentWeekIndex(route, today);
  if (week === null || week < 0 || week >= route.weeks.length) return null;
  return `week-${route.weeks[week]!.number}`;
}
