import { addDays, daysBetween, type IsoDate } from './dates';
import { compressionPlan, defaultPlan, type SeedTask, type SeedWeek } from './seed';
import { hoursBandById } from './seed-lookups';
import { countText } from './count-text';
import { partTimeWeekRange, type RouteKind, type Setup } from './setup';
import type { ExtraTaskRecord } from './records';
import type { LessonId } from './seed-ids';

export interface RouteInfo {
  kind: RouteKind;
  /** How the seed names it. */
  name: string;
  /** Its true length in days ("42 days"): the seed's title rounds to 30, 60 and 90, which misleads a planner. */
  days: string;
  span: string;
}

export function routeInfo(kind: RouteKind, partTimeWeeks = 10): RouteInfo {
  const weeks = routeWeekCount(kind, partTimeWeeks);
  const name =
    kind === 'compression'
      ? '4-week compression'
      : kind === 'default'
        ? 'default 6-week plan'
        : '8-12 week part-time plan';
  return { kind, name, days: countText(weeks * 7, 'day'), span: countText(weeks, 'week') };
}

export interface Recommendation {
  kind: RouteKind;
  /** True when the 6-week plan is recommended at 9-12 hrs/week: the same weeks, worked harder. */
  pushPace: boolean;
  reason: string;
}

/**
 * The hours band decides the route ("not optimism"); the starting point only picks which 4-6 week push.
 * Returns null until the learner has chosen a band.
 */
export function recommendRoute(setup: Pick<Setup, 'hoursBand' | 'startingPoint'>): Recommendation | null {
  if (!setup.hoursBand) return null;
  const chosen = hoursBandById(setup.hoursBand)!;
  const because = `You can commit ${chosen.label}, so the better route is the ${chosen.betterRoute}.`;
  switch (chosen.id) {
    case '9-12':
      if (setup.startingPoint === 'deploys-on-databricks') {
        return {
          kind: 'compression',
          pushPace: false,
          reason: `${because} You already deploy and monitor models on Databricks, so the push is the 4-week compression.`,
        };
      }
      return {
        kind: 'default',
        pushPace: true,
        reason: `${because} The 4-week compression is for candidates who already own Databricks ML release and monitoring workflows, so your push is the default 6-week plan at push pace.`,
      };
    case '6-8':
      return { kind: 'default', pushPace: false, reason: because };
    case '3-5':
      return {
        kind: 'part-time',
        pushPace: false,
        reason: `${because} It spreads the default plan's six weekly focuses over 8 to 12 weeks; the heavier focuses get the extra weeks.`,
      };
  }
}

export function chosenRouteKind(
  setup: Pick<Setup, 'routeOverride' | 'hoursBand' | 'startingPoint'>,
): RouteKind {
  return setup.routeOverride ?? recommendRoute(setup)?.kind ?? 'default';
}

export function routeWeekCount(kind: RouteKind, partTimeWeeks: number): number {
  if (kind === 'compression') return compressionPlan.length;
  if (kind === 'default') return defaultPlan.length;
  return clampPartTimeWeeks(partTimeWeeks);
}

export function clampPartTimeWeeks(weeks: number): number {
  if (!Number.isFinite(weeks)) return partTimeWeekRange.min;
  return Math.min(partTimeWeekRange.max, Math.max(partTimeWeekRange.min, Math.round(weeks)));
}

/**
 * How many weeks each of the six default focuses gets in a part-time route of `totalWeeks`. Every focus keeps
 * at least one week; the extra weeks go one at a time to the focus with the most tasks per week so far
 * (earlier focuses win ties, since they come first and set up the rest).
 */
export function partTimeAllocation(totalWeeks: number): number[] {
  const weeks = defaultPlan.map(() => 1);
  for (let extra = clampPartTimeWeeks(totalWeeks) - defaultPlan.length; extra > 0; extra -= 1) {
    let heaviest = 0;
    defaultPlan.forEach((week, i) => {
      const load = week.tasks.length / weeks[i]!;
      const best = defaultPlan[heaviest]!.tasks.length / weeks[heaviest]!;
      if (load > best) heaviest = i;
    });
    weeks[heaviest]! += 1;
  }
  return weeks;
}

export interface RouteWeek {
  /** 1-based position in the route. */
  number: number;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  focus: string;
  whatToDo: string;
  /** For a focus spread over several part-time weeks: "part 1 of 2". */
  part: { index: number; of: number } | null;
  tasks: readonly SeedTask[];
}

export interface Route {
  kind: RouteKind;
  info: RouteInfo;
  weeks: RouteWeek[];
  endDate: IsoDate | null;
}

function splitEvenly<T>(items: readonly T[], parts: number): T[][] {
  return Array.from({ length: parts }, (_, i) =>
    items.slice(Math.round((i * items.length) / parts), Math.round(((i + 1) * items.length) / parts)),
  );
}

function seedWeeksFor(kind: RouteKind, partTimeWeeks: number) {
  if (kind === 'compression') return compressionPlan.map((week) => ({ week, part: null, tasks: week.tasks }));
  if (kind === 'default') return defaultPlan.map((week) => ({ week, part: null, tasks: week.tasks }));
  const allocation = partTimeAllocation(partTimeWeeks);
  return defaultPlan.flatMap((week: SeedWeek, i) => {
    const of = allocation[i]!;
    return splitEvenly(week.tasks, of).map((tasks, index) => ({
      week,
      part: of > 1 ? { index: index + 1, of } : null,
      tasks,
    }));
  });
}

/** The dated week-by-week route. Without a start date the weeks are undated but still usable. */
export function buildRoute(setup: Setup): Route {
  const kind = chosenRouteKind(setup);
  const weeks = seedWeeksFor(kind, setup.partTimeWeeks).map(({ week, part, tasks }, i): RouteWeek => ({
    number: i + 1,
    startDate: setup.startDate ? addDays(setup.startDate, i * 7) : null,
    endDate: setup.startDate ? addDays(setup.startDate, i * 7 + 6) : null,
    focus: week.focus,
    whatToDo: week.whatToDo,
    part,
    tasks,
  }));
  return {
    kind,
    info: routeInfo(kind, clampPartTimeWeeks(setup.partTimeWeeks)),
    weeks,
    endDate: weeks.at(-1)?.endDate ?? null,
  };
}

/** Index of the week that holds `today`; -1 before the route starts, weeks.length after it ends. */
export function currentWeekIndex(route: Route, today: IsoDate): number | null {
  const first = route.weeks[0]?.startDate;
  if (!first) return null;
  const offset = daysBetween(first, today);
  if (offset < 0) return -1;
  return Math.min(route.weeks.length, Math.floor(offset / 7));
}

/** The route week a dated item belongs to, clamped into the route; week 1 when the route is undated. */
export function weekIndexOf(route: Route, date: IsoDate): number {
  const index = currentWeekIndex(route, date);
  if (index === null) return 0;
  return Math.min(route.weeks.length - 1, Math.max(0, index));
}

/**
 * Where a learner without dates is on the route: the first week with a task still unticked, or the last week
 * once every task is ticked. Without a calendar, what they ticked is the only measure of progress.
 */
export function firstOpenWeekIndex(route: Route, isTicked: (taskId: string) => boolean): number {
  const open = route.weeks.findIndex((week) => week.tasks.some((task) => !isTicked(task.id)));
  return open === -1 ? Math.max(0, route.weeks.length - 1) : open;
}

/** Every task id in the route, in order. */
export function routeTaskIds(route: Route): string[] {
  return route.weeks.flatMap((week) => week.tasks.map((task) => task.id));
}

/**
 * Judgment rule 4: where repair lessons added on `today` go. During the route, into this week; once the route's
 * weeks are over (after them, in the last 7 days, in the final 72 hours), onto today itself: a week already past
 * is no place for work still to do.
 */
export function repairPlace(
  route: Route,
  today: IsoDate,
): { kind: 'week'; weekIndex: number } | { kind: 'day' } {
  const index = currentWeekIndex(route, today);
  if (index !== null && index >= route.weeks.length) return { kind: 'day' };
  return { kind: 'week', weekIndex: weekIndexOf(route, today) };
}

/**
 * Whether something done or added at `at` belongs to the current route: after a retake ("not yet"), the earlier
 * route's ticks and added tasks stay stored (the study calendar and the lane repair read them) but are not done
 * or planned on the new one.
 */
export function onCurrentRoute(at: number, setup: Pick<Setup, 'routeStartedAt'>): boolean {
  return setup.routeStartedAt == null || at >= setup.routeStartedAt;
}

/** Added work dated after the route's last week: it belongs to its own day, not to that week. */
export function isAfterRoute(route: Route, date: IsoDate): boolean {
  return route.endDate !== null && daysBetween(route.endDate, date) > 0;
}

/**
 * The lessons already added where `repairPlace` puts repair added on `today` (this week, or today once the route's
 * weeks are over), so no view asks to add them again. A lesson ticked before `since` (the latest set's time) is
 * what that set tested: when the lane is still weak it counts as not planned, or a lane that collapses twice in
 * one week could never be repaired.
 */
export function plannedRepairLessons(
  route: Route,
  extraTasks: Iterable<ExtraTaskRecord>,
  tickedAt: (taskId: string) => number | null,
  today: IsoDate,
  since: number,
): Set<LessonId> {
  const place = repairPlace(route, today);
  const lessons = new Set<LessonId>();
  for (const extra of extraTasks) {
    const here =
      place.kind === 'day'
        ? extra.weekOf === today
        : !isAfterRoute(route, extra.weekOf) && weekIndexOf(route, extra.weekOf) === place.weekIndex;
    if (here && (tickedAt(extra.id) ?? Infinity) >= since)
      for (const lesson of extra.lessons) lessons.add(lesson);
  }
  return lessons;
}
