import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates';
import { mayCompress, routeAdvice, type RouteAdvice } from '../../src/domain/route-advice';
import { chosenRouteKind, routeWeekCount } from '../../src/domain/route';
import type { HoursBandId, StartingPointId } from '../../src/domain/seed';
import { defaultSetup, type Setup } from '../../src/domain/setup';

const today = '2026-05-25';
const start = '2026-06-01';
type Distance = 'none' | 'ample' | 'tight' | 'too-close';

/** Exam distance from the start, against the recommended route's own length. */
function setupFor(point: StartingPointId, band: HoursBandId, distance: Distance): Setup {
  const base: Setup = { ...defaultSetup, startingPoint: point, hoursBand: band, startDate: start };
  const days = routeWeekCount(chosenRouteKind(base), base.partTimeWeeks) * 7;
  const offset = { none: null, ample: days + 60, tight: days, 'too-close': days - 7 }[distance];
  return { ...base, examDate: offset === null ? null : addDays(start, offset) };
}

const summary = (advice: RouteAdvice) =>
  advice.problems.map((p) => `${p.kind}:[${p.actions.map((a) => a.label).join(' | ')}]`).join(' ');

/**
 * Every row of starting point x hours band x exam distance: the route the band picks, the pace check, the exam
 * fit, and each problem with its one-number fixes (a fix that mends every problem first).
 */
// prettier-ignore
const table: [StartingPointId, HoursBandId, Distance, string, string, string, string][] = [
  ['deploys-on-databricks', '9-12', 'none', 'compression', 'fits', 'no-exam', ''],
  ['deploys-on-databricks', '9-12', 'ample', 'compression', 'fits', 'fits', ''],
  ['deploys-on-databricks', '9-12', 'tight', 'compression', 'fits', 'fits', ''],
  ['deploys-on-databricks', '9-12', 'too-close', 'compression', 'fits', 'too-close', 'exam:[Move the exam to Mon Jun 29]'],
  ['deploys-on-databricks', '6-8', 'none', 'default', 'fits', 'no-exam', ''],
  ['deploys-on-databricks', '6-8', 'ample', 'default', 'fits', 'fits', ''],
  ['deploys-on-databricks', '6-8', 'tight', 'default', 'fits', 'fits', ''],
  ['deploys-on-databricks', '6-8', 'too-close', 'default', 'fits', 'too-close', 'exam:[Set 9-12 hrs/week | Move the exam to Mon Jul 13 | Switch to the 4-week compression]'],
  ['deploys-on-databricks', '3-5', 'none', 'part-time', 'tight', 'no-exam', ''],
  ['deploys-on-databricks', '3-5', 'ample', 'part-time', 'tight', 'fits', ''],
  ['deploys-on-databricks', '3-5', 'tight', 'part-time', 'tight', 'fits', ''],
  ['deploys-on-databricks', '3-5', 'too-close', 'part-time', 'tight', 'too-close', 'exam:[Switch to the 9-week part-time plan | Set 6-8 hrs/week | Move the exam to Mon Aug 10]'],
  ['lighter-on-mlops', '9-12', 'none', 'default', 'tight', 'no-exam', ''],
  ['lighter-on-mlops', '9-12', 'ample', 'default', 'tight', 'fits', ''],
  ['lighter-on-mlops', '9-12', 'tight', 'default', 'tight', 'fits', ''],
  ['lighter-on-mlops', '9-12', 'too-close', 'default', 'tight', 'too-close', 'exam:[Move the exam to Mon Jul 13]'],
  ['lighter-on-mlops', '6-8', 'none', 'default', 'short', 'no-exam', 'hours:[Switch to the 8-week part-time plan | Set 9-12 hrs/week]'],
  ['lighter-on-mlops', '6-8', 'ample', 'default', 'short', 'fits', 'hours:[Switch to the 8-week part-time plan | Set 9-12 hrs/week]'],
  ['lighter-on-mlops', '6-8', 'tight', 'default', 'short', 'fits', 'hours:[Set 9-12 hrs/week | Switch to the 8-week part-time plan]'],
  ['lighter-on-mlops', '6-8', 'too-close', 'default', 'short', 'too-close', 'hours:[Switch to the 8-week part-time plan | Set 9-12 hrs/week] exam:[Move the exam to Mon Jul 13]'],
  ['lighter-on-mlops', '3-5', 'none', 'part-time', 'short', 'no-exam', 'hours:[Switch to the 12-week part-time plan | Set 6-8 hrs/week]'],
  ['lighter-on-mlops', '3-5', 'ample', 'part-time', 'short', 'fits', 'hours:[Switch to the 12-week part-time plan | Set 6-8 hrs/week]'],
  ['lighter-on-mlops', '3-5', 'tight', 'part-time', 'short', 'fits', 'hours:[Set 6-8 hrs/week | Switch to the 12-week part-time plan]'],
  ['lighter-on-mlops', '3-5', 'too-close', 'part-time', 'short', 'too-close', 'hours:[Switch to the 12-week part-time plan | Set 6-8 hrs/week] exam:[Set 9-12 hrs/week | Switch to the 9-week part-time plan | Move the exam to Mon Aug 10]'],
  ['newer-to-production', '9-12', 'none', 'default', 'short', 'no-exam', 'hours:[Switch to the 8-week part-time plan]'],
  ['newer-to-production', '9-12', 'ample', 'default', 'short', 'fits', 'hours:[Switch to the 8-week part-time plan]'],
  ['newer-to-production', '9-12', 'tight', 'default', 'short', 'fits', 'hours:[Switch to the 8-week part-time plan]'],
  ['newer-to-production', '9-12', 'too-close', 'default', 'short', 'too-close', 'hours:[Switch to the 8-week part-time plan] exam:[Move the exam to Mon Jul 13]'],
  ['newer-to-production', '6-8', 'none', 'default', 'short', 'no-exam', 'hours:[Switch to the 12-week part-time plan]'],
  ['newer-to-production', '6-8', 'ample', 'default', 'short', 'fits', 'hours:[Switch to the 12-week part-time plan]'],
  ['newer-to-production', '6-8', 'tight', 'default', 'short', 'fits', 'hours:[Switch to the 12-week part-time plan]'],
  ['newer-to-production', '6-8', 'too-close', 'default', 'short', 'too-close', 'hours:[Switch to the 12-week part-time plan] exam:[Move the exam to Mon Jul 13]'],
  ['newer-to-production', '3-5', 'none', 'part-time', 'short', 'no-exam', 'hours:[Set 9-12 hrs/week]'],
  ['newer-to-production', '3-5', 'ample', 'part-time', 'short', 'fits', 'hours:[Set 9-12 hrs/week]'],
  ['newer-to-production', '3-5', 'tight', 'part-time', 'short', 'fits', 'hours:[Set 9-12 hrs/week]'],
  ['newer-to-production', '3-5', 'too-close', 'part-time', 'short', 'too-close', 'hours:[Set 9-12 hrs/week] exam:[Switch to the 9-week part-time plan | Move the exam to Mon Aug 10]'],
];

describe('route advice for every starting point, hours band and exam distance', () => {
  it.each(table)('%s, %s, exam %s', (point, band, distance, kind, pace, fit, problems) => {
    const advice = routeAdvice(setupFor(point, band, distance), today);
    expect(advice.kind).toBe(kind);
    expect(advice.pace?.status).toBe(pace);
    expect(advice.fit.status).toBe(fit);
    expect(summary(advice)).toBe(problems);
  });

  it.each(table)(
    '%s, %s, exam %s: never offers the compression outside the first starting point',
    (point, band, distance) => {
      const advice = routeAdvice(setupFor(point, band, distance), today);
      const offered = advice.problems
        .flatMap((p) => p.actions)
        .filter((a) => a.patch.routeOverride === 'compression' || /compression/.test(a.label));
      if (!mayCompress({ startingPoint: point })) {
        expect(offered).toEqual([]);
        expect(advice.recommendation?.kind).not.toBe('compression');
        expect(advice.problems.map((p) => p.message).join(' ')).not.toMatch(/compression fits/);
      }
    },
  );

  it.each(table)('%s, %s, exam %s: the first fix, applied, mends its problem', (point, band, distance) => {
    const setup = setupFor(point, band, distance);
    for (const problem of routeAdvice(setup, today).problems) {
      const after = routeAdvice({ ...setup, ...problem.actions[0]!.patch }, today);
      expect(after.problems.map((p) => p.kind)).not.toContain(problem.kind);
    }
  });
});

describe("the issue's cases", () => {
  it('newer to production at 6-8 hrs/week with the exam 5 weeks out: 12 weeks part-time, or a later exam', () => {
    const setup: Setup = {
      ...defaultSetup,
      startingPoint: 'newer-to-production',
      hoursBand: '6-8',
      startDate: today,
      examDate: addDays(today, 35),
    };
    const advice = routeAdvice(setup, today);
    expect(advice.pace?.message).toContain('12-22 weeks at this pace');
    expect(advice.problems.map((p) => p.actions[0]!.label)).toEqual([
      'Switch to the 12-week part-time plan',
      'Move the exam to Mon Jul 6',
    ]);
    const switched = { ...setup, ...advice.problems[0]!.actions[0]!.patch };
    expect(switched).toMatchObject({ routeOverride: 'part-time', partTimeWeeks: 12 });
    // One more click names the exam date the 12 weeks need.
    expect(summary(routeAdvice(switched, today))).toBe('exam:[Move the exam to Mon Aug 17]');
  });

  it('lighter on MLOps at 3-5 hrs/week, exam 80 days out on a 12-week plan: the 11-week plan fits, never the compression', () => {
    const setup: Setup = {
      ...defaultSetup,
      startingPoint: 'lighter-on-mlops',
      hoursBand: '3-5',
      partTimeWeeks: 12,
      startDate: today,
      examDate: addDays(today, 80),
    };
    const exam = routeAdvice(setup, today).problems.find((p) => p.kind === 'exam')!;
    expect(exam.actions.map((a) => a.label)).toContain('Switch to the 11-week part-time plan');
    expect(exam.message).not.toContain('compression');
  });

  it("an override to the compression shows the seed's condition and offers the way back", () => {
    const setup: Setup = {
      ...defaultSetup,
      startingPoint: 'lighter-on-mlops',
      hoursBand: '9-12',
      routeOverride: 'compression',
    };
    const [override] = routeAdvice(setup, today).problems;
    expect(override!.kind).toBe('override');
    expect(override!.message).toContain(
      'If you already own Databricks ML release and monitoring workflows, compress the route into four weeks.',
    );
    expect(override!.actions).toEqual([
      { label: 'Follow the recommendation', patch: { routeOverride: null } },
    ]);
    expect(routeAdvice({ ...setup, startingPoint: 'deploys-on-databricks' }, today).problems).toEqual([]);
  });

  it('asks nothing before the hours band is chosen', () => {
    expect(routeAdvice(defaultSetup, today)).toMatchObject({
      recommendation: null,
      pace: null,
      problems: [],
    });
  });
});
