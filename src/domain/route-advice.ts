/**
 * Judgment rule 1, the route: one function decides what /plan (and any other view) says about the learner's
 * route. The hours band picks the route; the starting point's hours are the pace check; the compression is
 * offered only to the first starting point. When the route does not cover the hours or does not fit before the
 * exam, the advice names what to change and to what, as ready set-up patches that each leave no problem.
 */
import { addDays, daysBetween, formatShortDate, type IsoDate } from './dates';
import { countText } from './count-text';
import { examFit, paceCheck, type ExamFit, type PaceCheck } from './pace';
import { chosenRouteKind, recommendRoute, routeInfo, routeWeekCount, type Recommendation } from './route';
import { compressionIntro, hoursBands, type HoursBandId } from './seed';
import { partTimeWeekRange, validateSetup, type RouteKind, type Setup } from './setup';
import type { TodayState } from './today-phase';

export interface SetupAction {
  /** The button's words: "Switch to the 12-week part-time plan". */
  label: string;
  patch: Partial<Setup>;
}

export type RouteProblemKind = 'override' | 'hours' | 'exam';

export interface RouteProblem {
  kind: RouteProblemKind;
  message: string;
}

export interface RouteAdvice {
  recommendation: Recommendation | null;
  kind: RouteKind;
  pace: PaceCheck | null;
  fit: ExamFit;
  problems: RouteProblem[];
  /**
   * One-click changes, each of which, applied, leaves no problem the app can see: single numbers first; only
   * when no single number does, the smallest pair. Empty when nothing fits, and `noFix` says what that costs.
   */
  fixes: SetupAction[];
  noFix: string | null;
  /** Why the route differs from the recommendation, without calling a route the advice switched to the learner's. */
  choice: string | null;
}

/** Only a learner who already deploys and monitors on Databricks may be offered the compression. */
export function mayCompress(setup: Pick<Setup, 'startingPoint'>): boolean {
  return setup.startingPoint === 'deploys-on-databricks';
}

/** The set-up patch that puts the learner on `kind`, following the recommendation when it is the same route. */
function routePatch(setup: Setup, kind: RouteKind, partTimeWeeks = setup.partTimeWeeks): Partial<Setup> {
  const recommended = recommendRoute(setup)?.kind;
  return { routeOverride: recommended === kind ? null : kind, partTimeWeeks };
}

function switchLabel(kind: RouteKind, partTimeWeeks: number): string {
  return kind === 'part-time'
    ? `Switch to the ${partTimeWeeks}-week part-time plan`
    : `Switch to the ${routeInfo(kind).name}`;
}

/** What the app would warn about for `setup`: the problems a fix has to leave behind. */
function problemsOf(setup: Setup, today: IsoDate): RouteProblem[] {
  const kind = chosenRouteKind(setup);
  const pace = paceCheck(setup, kind);
  const fit = examFit(setup, kind, today);
  const problems: RouteProblem[] = [];
  if (setup.routeOverride === 'compression' && !mayCompress(setup)) {
    const condition = compressionIntro.replace(/:$/, '.');
    problems.push({
      kind: 'override',
      message: `The 4-week compression is for experienced candidates: "${condition}" Your starting point does not say that.`,
    });
  }
  if (pace?.status === 'short') problems.push({ kind: 'hours', message: pace.message });
  if (fit.status === 'too-close' || fit.status === 'past')
    problems.push({ kind: 'exam', message: fit.message });
  return problems;
}

const fixes = (setup: Setup, patch: Partial<Setup>, today: IsoDate) => {
  const after = { ...setup, ...patch };
  return Object.keys(validateSetup(after)).length === 0 && problemsOf(after, today).length === 0;
};

/** Routes from longest to shortest, the compression only where the seed allows it. */
function routeCandidates(setup: Setup): { kind: RouteKind; weeks: number }[] {
  return [
    ...Array.from({ length: partTimeWeekRange.max - partTimeWeekRange.min + 1 }, (_, i) => ({
      kind: 'part-time' as const,
      weeks: partTimeWeekRange.max - i,
    })),
    { kind: 'default', weeks: routeWeekCount('default', 0) },
    ...(mayCompress(setup)
      ? [{ kind: 'compression' as const, weeks: routeWeekCount('compression', 0) }]
      : []),
  ];
}

function switchAction(setup: Setup, kind: RouteKind, weeks: number): SetupAction {
  return {
    label: switchLabel(kind, weeks),
    patch: routePatch(setup, kind, kind === 'part-time' ? weeks : setup.partTimeWeeks),
  };
}

/** Another hours band, keeping the route when `keepRoute`, else taking the band's own route. */
function bandAction(setup: Setup, band: (typeof hoursBands)[number], keepRoute: boolean): SetupAction {
  const kind = chosenRouteKind(setup);
  const recommended = recommendRoute({ ...setup, hoursBand: band.id })?.kind;
  return {
    label: `Set ${band.label}`,
    patch: {
      hoursBand: band.id as HoursBandId,
      routeOverride: keepRoute && recommended !== kind ? kind : null,
    },
  };
}

/**
 * The exam moved to the day after `weeks` of route from the start: the nearest date the route fits before. Never
 * a date already gone: an exam in the past is a problem of its own.
 */
function examAction(setup: Setup, weeks: number, today: IsoDate): SetupAction | null {
  if (!setup.startDate || !setup.examDate) return null;
  const examDate = addDays(setup.startDate, weeks * 7);
  if (daysBetween(today, examDate) < 1) return null;
  return { label: `Move the exam to ${formatShortDate(examDate)}`, patch: { examDate } };
}

const weeksOf = (setup: Setup) => routeWeekCount(chosenRouteKind(setup), setup.partTimeWeeks);

/**
 * Judgment rule 1's one-click changes. A single number first: the route nearest in length to the current one,
 * the nearest hours band, the exam date. Only when none of those fixes everything, the smallest pair: a route
 * with the exam moved as little as it needs, a band with the route it then needs, or a band with the exam moved.
 */
function fixesFor(setup: Setup, today: IsoDate): SetupAction[] {
  const currentWeeks = weeksOf(setup);
  const kind = chosenRouteKind(setup);
  const byNearest = <T>(items: T[], distance: (item: T) => number) =>
    [...items].sort((a, b) => distance(a) - distance(b));
  const routes = byNearest(
    routeCandidates(setup).filter(
      (c) => c.kind !== kind || (c.kind === 'part-time' && c.weeks !== setup.partTimeWeeks),
    ),
    // Nearest in length; between two as near, the longer one, which leaves more room for the hours.
    (c) => Math.abs(c.weeks - currentWeeks) * 2 - (c.weeks > currentWeeks ? 1 : 0),
  );
  const currentBand = hoursBands.find((band) => band.id === setup.hoursBand);
  const bands = byNearest(
    hoursBands.filter((band) => band.id !== setup.hoursBand),
    (band) => Math.abs(band.minHours - (currentBand?.minHours ?? 0)),
  );
  const singles: (SetupAction | null)[] = [
    setup.routeOverride !== null && setup.routeOverride !== recommendRoute(setup)?.kind
      ? { label: 'Follow the recommendation', patch: { routeOverride: null } }
      : null,
    routes.map((c) => switchAction(setup, c.kind, c.weeks)).find((a) => fixes(setup, a.patch, today)) ?? null,
    bands
      .flatMap((band) => [bandAction(setup, band, true), bandAction(setup, band, false)])
      .find((a) => fixes(setup, a.patch, today)) ?? null,
    examAction(setup, currentWeeks, today),
  ];
  const single = distinct(
    setup,
    singles.filter((a): a is SetupAction => a !== null && fixes(setup, a.patch, today)),
  );
  if (single.length > 0) return single;

  const lower = (label: string) => label.replace(/^\w/, (c) => c.toLowerCase());
  const pair = (first: SetupAction, second: SetupAction | null): SetupAction | null =>
    second && {
      label: `${first.label} and ${lower(second.label)}`,
      patch: { ...first.patch, ...second.patch },
    };
  const exam = setup.examDate;
  // Smallest first: no date moved, then the exam moved by as few days as possible.
  const shift = (action: SetupAction) =>
    exam && action.patch.examDate ? Math.abs(daysBetween(exam, action.patch.examDate)) : 0;
  const pairs = [
    ...routes.flatMap((c) => {
      const route = switchAction(setup, c.kind, c.weeks);
      return [
        pair(route, examAction(setup, c.weeks, today)),
        ...bands.map((band) => pair(bandAction(setup, band, false), route)),
      ];
    }),
    ...bands.map((band) => {
      const action = bandAction(setup, band, true);
      return pair(action, examAction({ ...setup, ...action.patch }, currentWeeks, today));
    }),
  ].filter((a): a is SetupAction => a !== null && fixes(setup, a.patch, today));
  const best = byNearest(pairs, shift)[0];
  return best ? [best] : [];
}

/** One button per resulting set-up: "Switch to the default 6-week plan" is "Follow the recommendation" there. */
function distinct(setup: Setup, actions: SetupAction[]): SetupAction[] {
  const seen = new Set<string>();
  return actions.filter((action) => {
    const after = { ...setup, ...action.patch };
    const key = JSON.stringify([after.hoursBand, chosenRouteKind(after), weeksOf(after), after.examDate]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What keeping a route that nothing fixes costs, in the learner's own numbers. */
function costOf(setup: Setup, problems: RouteProblem[], pace: PaceCheck | null): string {
  const costs: string[] = [];
  if (problems.some((p) => p.kind === 'hours') && pace) {
    costs.push(
      `expect to study past the route: it gives ${pace.routeHours.min}-${pace.routeHours.max} hours of the ${pace.neededHours.label} you typically need`,
    );
  }
  if (problems.some((p) => p.kind === 'exam') && setup.startDate && setup.examDate) {
    const over = weeksOf(setup) * 7 - daysBetween(setup.startDate, setup.examDate);
    costs.push(`the route's last ${countText(over, 'day')} fall after your exam`);
  }
  return `No change of route, hours or exam date fits: ${costs.join(', and ')}.`;
}

export function routeAdvice(setup: Setup, today: IsoDate): RouteAdvice {
  const recommendation = recommendRoute(setup);
  const kind = chosenRouteKind(setup);
  const pace = paceCheck(setup, kind);
  const fit = examFit(setup, kind, today);
  const problems = problemsOf(setup, today);
  const found = problems.length > 0 ? fixesFor(setup, today) : [];
  const noFix = problems.length > 0 && found.length === 0 ? costOf(setup, problems, pace) : null;
  return { recommendation, kind, pace, fit, problems, fixes: found, noFix, choice: choiceText(setup, today) };
}

/**
 * A route other than the recommended one is the learner's choice only when the recommended route had nothing
 * against it; when it would be short of the hours or miss the exam, the route is there because of that.
 */
function choiceText(setup: Setup, today: IsoDate): string | null {
  const recommended = recommendRoute(setup)?.kind;
  const kind = chosenRouteKind(setup);
  if (!recommended || recommended === kind) return null;
  const chosen = routeInfo(kind, setup.partTimeWeeks).name;
  const other = routeInfo(recommended).name;
  const left = new Set(problemsOf(setup, today).map((p) => p.kind));
  const mended = problemsOf({ ...setup, routeOverride: null }, today)
    .map((p) => p.kind)
    .filter((problem) => !left.has(problem));
  if (mended.includes('hours'))
    return `The ${chosen} instead of the recommended ${other}, which is shorter than your hours need.`;
  if (mended.includes('exam'))
    return `The ${chosen} instead of the recommended ${other}, which does not fit before your exam.`;
  return `You chose the ${chosen} over the recommended ${other}.`;
}

/**
 * What the learner keeps when they keep their route over its problems: the problems and the numbers behind them.
 * Change any number and the key no longer matches, so a new mismatch is raised once again.
 */
export function keptRouteKey(setup: Setup, advice: Pick<RouteAdvice, 'problems'>): string | null {
  if (advice.problems.length === 0) return null;
  const { startingPoint, hoursBand, startDate, examDate, partTimeWeeks } = setup;
  return JSON.stringify([
    advice.problems.map((p) => p.kind),
    startingPoint,
    hoursBand,
    chosenRouteKind(setup),
    partTimeWeeks,
    startDate,
    examDate,
  ]);
}

/** The learner has kept this route with exactly these problems. */
export function isRouteKept(setup: Setup, advice: Pick<RouteAdvice, 'problems'>): boolean {
  const key = keptRouteKey(setup, advice);
  return key !== null && setup.keptRoute === key;
}

/**
 * Route advice is for while the route can still change: undated, before the start, or with at least one route
 * week still ahead after this one. From the route's last week on, Today's calendar phase is the advice.
 */
export function routeMayChange(state: TodayState, routeWeeks: number): boolean {
  if (state.phase === 'undated' || state.phase === 'before-start') return true;
  return state.phase === 'route' && state.weekIndex < routeWeeks - 1;
}
