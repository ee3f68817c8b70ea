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
  advice.problems.length === 0
    ? ''
    : `${advice.problems.map((p) => p.kind).join('+')}:[${advice.noFix ?? advice.fixes.map((a) => a.label).join(' | ')}]`;

/**
 * Every row of starting point x hours band x exam distance: the route the band picks, the pace check, the exam
 * fit, and the problems with the changes offered, each of which leaves none: single numbers, else the smallest pair.
 */
// prettier-ignore
const table: [StartingPointId, HoursBandId, Distance, string, string, string, string][] = [
  ['deploys-on-databricks', '9-12', 'ample', 'compression', 'fits', 'fits', ''],
  ['deploys-on-databricks', '9-12', 'tight', 'compression', 'fits', 'fits', ''],
  ['deploys-on-databricks', '9-12', 'too-close', 'compression', 'fits', 'too-close', 'exam:[Move the exam to Mon Jun 29]'],
  ['deploys-on-databricks', '6-8', 'none', 'default', 'fits', 'no-exam', ''],
  ['deploys-on-databricks', '6-8', 'ample', 'default', 'fits', 'fits', ''],
  ['deploys-on-databricks', '6-8', 'tight', 'default', 'fits', 'fits', ''],
  ['deploys-on-databricks', '6-8', 'too-close', 'default', 'fits', 'too-close', 'exam:[Set 9-12 hrs/week | Move the exam to Mon Jul 13]'],
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
  ['lighter-on-mlops', '6-8', 'tight', 'default', 'short', 'fits', 'hours:[Set 9-12 hrs/week]'],
  ['lighter-on-mlops', '6-8', 'too-close', 'default', 'short', 'too-close', 'hours+exam:[Set 9-12 hrs/week and move the exam to Mon Jul 13]'],
  ['lighter-on-mlops', '3-5', 'none', 'part-time', 'short', 'no-exam', 'hours:[Switch to the 12-week part-time plan | Set 6-8 hrs/week]'],
  ['lighter-on-mlops', '3-5', 'ample', 'part-time', 'short', 'fits', 'hours:[Switch to the 12-week part-time plan | Set 6-8 hrs/week]'],
  ['lighter-on-mlops', '3-5', 'tight', 'part-time', 'short', 'fits', 'hours:[Set 6-8 hrs/week]'],
  ['lighter-on-mlops', '3-5', 'too-close', 'part-time', 'short', 'too-close', 'hours+exam:[Set 9-12 hrs/week]'],
  ['newer-to-production', '9-12', 'none', 'default', 'short', 'no-exam', 'hours:[Switch to the 8-week part-time plan]'],
  ['newer-to-production', '9-12', 'ample', 'default', 'short', 'fits', 'hours:[Switch to the 8-week part-time plan]'],
  ['newer-to-production', '9-12', 'tight', 'default', 'short', 'fits', 'hours:[Switch to the 8-week part-time plan and move the exam to Mon Jul 27]'],
  ['newer-to-production', '9-12', 'too-close', 'default', 'short', 'too-close', 'hours+exam:[Switch to the 8-week part-time plan and move the exam to Mon Jul 27]'],
  ['newer-to-production', '6-8', 'none', 'default', 'short', 'no-exam', 'hours:[Switch to the 12-week part-time plan]'],
  ['newer-to-production', '6-8', 'ample', 'default', 'short', 'fits', 'hours:[Switch to the 12-week part-time plan]'],
  ['newer-to-production', '6-8', 'tight', 'default', 'short', 'fits', 'hours:[Switch to the 12-week part-time plan and move the exam to Mon Aug 24]'],
  ['newer-to-production', '6-8', 'too-close', 'default', 'short', 'too-close', 'hours+exam:[Switch to the 12-week part-time plan and move the exam to Mon Aug 24]'],
  ['newer-to-production', '3-5', 'none', 'part-time', 'short', 'no-exam', 'hours:[Set 9-12 hrs/week]'],
  ['newer-to-production', '3-5', 'ample', 'part-time', 'short', 'fits', 'hours:[Set 9-12 hrs/week]'],
  ['newer-to-production', '3-5', 'tight', 'part-time', 'short', 'fits', 'hours:[Set 9-12 hrs/week]'],
  ['newer-to-production', '3-5', 'too-close', 'part-time', 'short', 'too-close', 'hours+exam:[Set 9-12 hrs/week and move the exam to Mon Aug 10]'],
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
      const offered = advice.fixes.filter(
        (a) => a.patch.routeOverride === 'compression' || /compression/.test(a.label),
      );
      if (!mayCompress({ startingPoint: point })) {
        expect(offered).toEqual([]);
        expect(advice.recommendation?.kind).not.toBe('compression');
        expect(advice.problems.map((p) => p.message).join(' ')).not.toMatch(/compression fits/);
      }
    },
  );

  it.each(table)('%s, %s, exam %s: every fix, applied, leaves no problem', (point, band, distance) => {
    const setup = setupFor(point, band, distance);
    for (const fix of routeAdvice(setup, today).fixes) {
      expect(routeAdvice({ ...setup, ...fix.patch }, today).problems).toEqual([]);
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
    // No single number covers the hours and the exam: the 12 weeks alone would miss the exam, so they come
    // with the exam date they need, in one click.
    expect(advice.fixes.map((fix) => fix.label)).toEqual([
      'Switch to the 12-week part-time plan and move the exam to Mon Aug 17',
    ]);
    const switched = { ...setup, ...advice.fixes[0]!.patch };
    expect(switched).toMatchObject({ routeOverride: 'part-time', partTimeWeeks: 12, examDate: '2026-08-17' });
    expect(routeAdvice(switched, today).problems).toEqual([]);
    // The route the advice switched to is not called the learner's override.
    expect(routeAdvice(switched, today).choice).toBe(
      'The 8-12 week part-time plan instead of the recommended default 6-week plan, which is shorter than your hours need.',
    );
  });

  it('lighter on MLOps at 3-5 hrs/week, exam 80 days out on a 12-week plan: not the 11 weeks that fall short of the hours, never the compression', () => {
    const setup: Setup = {
      ...defaultSetup,
      startingPoint: 'lighter-on-mlops',
      hoursBand: '3-5',
      partTimeWeeks: 12,
      startDate: today,
      examDate: addDays(today, 80),
    };
    const advice = routeAdvice(setup, today);
    expect(advice.problems.map((p) => p.kind)).toContain('exam');
    // 11 weeks would fit before the exam but give 33-55 hours of the 60-90 needed: a fix that makes a problem.
    expect(advice.fixes.map((a) => a.label)).toEqual(['Set 9-12 hrs/week', 'Move the exam to Mon Aug 17']);
    expect(advice.problems.map((p) => p.message).join(' ')).not.toContain('compression');
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
    expect(routeAdvice(setup, today).fixes).toEqual([
      { label: 'Follow the recommendation', patch: { routeOverride: null } },
    ]);
    expect(routeAdvice({ ...setup, startingPoint: 'deploys-on-databricks' }, today).problems).toEqual([]);
  });

  it('lighter on MLOps at 6-8 hrs/week, exam 49 days after the start: never the 8 weeks that miss the exam', () => {
    const setup: Setup = {
      ...defaultSetup,
      startingPoint: 'lighter-on-mlops',
      hoursBand: '6-8',
      startDate: today,
      examDate: addDays(today, 49),
    };
    const advice = routeAdvice(setup, today);
    expect(advice.problems.map((p) => p.kind)).toEqual(['hours']);
    expect(advice.fixes.map((a) => a.label)).toEqual(['Set 9-12 hrs/week']);
  });

  it('says plainly when nothing fits, and what keeping the route costs', () => {
    // The compression chosen by a learner newer to production at 3-5 hrs/week, exam 3 days away: the route, the
    // hours and the exam all need changing, and no one or two numbers do it.
    const setup: Setup = {
      ...defaultSetup,
      startingPoint: 'newer-to-production',
      hoursBand: '3-5',
      routeOverride: 'compression',
      startDate: addDays(today, -30),
      examDate: addDays(today, 3),
    };
    const advice = routeAdvice(setup, today);
    expect(advice.fixes).toEqual([]);
    expect(advice.noFix).toMatch(
      /^No change of route, hours or exam date fits: expect to study past the route/,
    );
  });

  it('asks nothing before the hours band is chosen', () => {
    expect(routeAdvice(defaultSetup, today)).toMatchObject({
      recommendation: null,
      pace: null,
      problems: [],
    });
  });
});
