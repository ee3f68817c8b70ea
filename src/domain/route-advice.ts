/**
 * Judgment rule 1, the route: one function decides what /plan (and any other view) says about the learner's
 * route. The hours band picks the route; the starting point's hours are the pace check; the compression is
 * offered only to the first starting point. When the route does not cover the hours or does not fit before the
 * exam, each problem names the one number to change and to what, as a ready set-up patch.
 */
import { addDays, formatShortDate, type IsoDate } from './dates';
import { examFit, paceCheck, type ExamFit, type PaceCheck } from './pace';
import { chosenRouteKind, recommendRoute, routeInfo, routeWeekCount, type Recommendation } from './route';
import { compressionIntro, hoursBands, type HoursBandId } from './seed';
import { partTimeWeekRange, type RouteKind, type Setup } from './setup';

export interface SetupAction {
  /** The button's words: "Switch to the 12-week part-time plan". */
  label: string;
  patch: Partial<Setup>;
}

export type RouteProblemKind = 'override' | 'hours' | 'exam';

export interface RouteProblem {
  kind: RouteProblemKind;
  message: string;
  actions: SetupAction[];
}

export interface RouteAdvice {
  recommendation: Recommendation | null;
  kind: RouteKind;
  pace: PaceCheck | null;
  fit: ExamFit;
  problems: RouteProblem[];
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

interface Judged {
  pace: PaceCheck | null;
  fit: ExamFit;
}

function judge(setup: Setup, today: IsoDate): Judged {
  const kind = chosenRouteKind(setup);
  return { pace: paceCheck(setup, kind), fit: examFit(setup, kind, today) };
}

const hoursShort = (j: Judged) => j.pace?.status === 'short';
const examTooClose = (j: Judged) => j.fit.status === 'too-close';

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

/**
 * The one-number changes that mend `problem`. A change that also leaves no other problem comes first; one that
 * does not mend this problem is never offered.
 */
function fixesFor(problem: 'hours' | 'exam', setup: Setup, today: IsoDate): SetupAction[] {
  const kind = chosenRouteKind(setup);
  const candidates: SetupAction[] = [];
  const routes = routeCandidates(setup).filter(
    (c) => c.kind !== kind || (c.kind === 'part-time' && c.weeks !== setup.partTimeWeeks),
  );
  // Hours: the shortest route that covers them; exam: the longest route that fits before it.
  const ordered = problem === 'hours' ? [...routes].reverse() : routes;
  const route = ordered.find((c) => {
    const after = judge({ ...setup, ...switchAction(setup, c.kind, c.weeks).patch }, today);
    return problem === 'hours' ? !hoursShort(after) : !examTooClose(after);
  });
  if (route) candidates.push(switchAction(setup, route.kind, route.weeks));
  for (const band of [...hoursBands].sort((a, b) => a.minHours - b.minHours)) {
    if (band.id === setup.hoursBand) continue;
    // More hours keep the route; for the exam, the band's own recommended (shorter) route is the point.
    const keep = problem === 'hours';
    const recommended = recommendRoute({ ...setup, hoursBand: band.id })?.kind;
    const patch: Partial<Setup> = {
      hoursBand: band.id as HoursBandId,
      routeOverride: keep && recommended !== kind ? kind : null,
    };
    const after = judge({ ...setup, ...patch }, today);
    if (problem === 'hours' ? !hoursShort(after) : !examTooClose(after) && !hoursShort(after)) {
      candidates.push({ label: `Set ${band.label}`, patch });
      break;
    }
  }
  if (problem === 'exam' && setup.startDate) {
    const examDate = addDays(setup.startDate, routeWeekCount(kind, setup.partTimeWeeks) * 7);
    candidates.push({ label: `Move the exam to ${formatShortDate(examDate)}`, patch: { examDate } });
  }
  const solvesAll = (action: SetupAction) => {
    const after = judge({ ...setup, ...action.patch }, today);
    return !hoursShort(after) && !examTooClose(after);
  };
  return [...candidates.filter(solvesAll), ...candidates.filter((c) => !solvesAll(c))];
}

export function routeAdvice(setup: Setup, today: IsoDate): RouteAdvice {
  const recommendation = recommendRoute(setup);
  const kind = chosenRouteKind(setup);
  const { pace, fit } = judge(setup, today);
  const problems: RouteProblem[] = [];

  if (setup.routeOverride === 'compression' && !mayCompress(setup)) {
    const condition = compressionIntro.replace(/:$/, '.');
    problems.push({
      kind: 'override',
      message: `The 4-week compression is for experienced candidates: "${condition}" Your starting point does not say that.`,
      actions: [{ label: 'Follow the recommendation', patch: { routeOverride: null } }],
    });
  }
  if (pace?.status === 'short') {
    const actions = fixesFor('hours', setup, today);
    problems.push({
      kind: 'hours',
      message:
        actions.length > 0
          ? `${pace.message} Change one number:`
          : `${pace.message} No single change of weeks or hours covers it: expect to study past the route.`,
      actions,
    });
  }
  if (fit.status === 'too-close') {
    problems.push({
      kind: 'exam',
      message: `${fit.message} Change one number:`,
      actions: fixesFor('exam', setup, today),
    });
  }
  return { recommendation, kind, pace, fit, problems };
}
