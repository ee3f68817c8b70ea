import { describe, expect, it } from 'vitest';
import {
  buildRoute,
  chosenRouteKind,
  currentWeekIndex,
  partTimeAllocation,
  recommendRoute,
  routeInfo,
  routeTaskIds,
  weekIndexOf,
} from '../../src/domain/route';
import { compressionPlan, defaultPlan, hoursBands, startingPoints } from '../../src/domain/seed';
import { lessonIds } from '../../src/domain/seed-ids';
import { defaultSetup, type Setup } from '../../src/domain/setup';

const setup = (patch: Partial<Setup>): Setup => ({ ...defaultSetup, ...patch });

describe('recommendRoute: each row of "Choose a route based on hours per week"', () => {
  it('9-12 hrs/week is the 4-6 week push: the 4-week compression for someone who already deploys on Databricks', () => {
    const rec = recommendRoute({ hoursBand: '9-12', startingPoint: 'deploys-on-databricks' });
    expect(rec).toMatchObject({ kind: 'compression', pushPace: false });
    expect(rec?.reason).toContain('4-6 week push');
  });

  it.each(['lighter-on-mlops', 'newer-to-production', null] as const)(
    '9-12 hrs/week from %s is the default 6-week plan at push pace',
    (startingPoint) => {
      expect(recommendRoute({ hoursBand: '9-12', startingPoint })).toMatchObject({
        kind: 'default',
        pushPace: true,
      });
    },
  );

  it.each(startingPoints.map((p) => p.id))(
    '6-8 hrs/week is the default 6-week plan whatever the start (%s)',
    (id) => {
      expect(recommendRoute({ hoursBand: '6-8', startingPoint: id })).toMatchObject({ kind: 'default' });
    },
  );

  it.each(startingPoints.map((p) => p.id))(
    '3-5 hrs/week is the part-time plan whatever the start (%s)',
    (id) => {
      const rec = recommendRoute({ hoursBand: '3-5', startingPoint: id });
      expect(rec?.kind).toBe('part-time');
      expect(rec?.reason).toContain('8-12 week part-time plan');
    },
  );

  it('has no recommendation before the hours are chosen', () => {
    expect(recommendRoute({ hoursBand: null, startingPoint: 'deploys-on-databricks' })).toBeNull();
  });

  it('quotes the band and its better route for every row', () => {
    for (const band of hoursBands) {
      const reason = recommendRoute({ hoursBand: band.id, startingPoint: null })?.reason ?? '';
      expect(reason).toContain(band.label);
      expect(reason).toContain(band.betterRoute);
    }
  });
});

describe('chosenRouteKind', () => {
  it('lets the learner override the recommendation', () => {
    expect(chosenRouteKind(setup({ hoursBand: '3-5', routeOverride: 'compression' }))).toBe('compression');
    expect(chosenRouteKind(setup({ hoursBand: '3-5', routeOverride: null }))).toBe('part-time');
  });

  it('falls back to the default plan with no answers at all', () => {
    expect(chosenRouteKind(defaultSetup)).toBe('default');
  });
});

describe('routeInfo names each route and its true length', () => {
  it.each([
    ['compression', 10, '4-week compression', '4 weeks', '28 days'],
    ['default', 10, 'default 6-week plan', '6 weeks', '42 days'],
    ['part-time', 10, '8-12 week part-time plan', '10 weeks', '70 days'],
    ['part-time', 12, '8-12 week part-time plan', '12 weeks', '84 days'],
  ] as const)('%s (%i part-time weeks)', (kind, weeks, name, span, days) => {
    expect(routeInfo(kind, weeks)).toMatchObject({ name, span, days });
  });
});

describe('buildRoute', () => {
  it('the default plan is the seed six weeks, word for word', () => {
    const route = buildRoute(setup({ hoursBand: '6-8' }));
    expect(route.weeks.map((w) => [w.focus, w.whatToDo])).toEqual(
      defaultPlan.map((w) => [w.focus, w.whatToDo]),
    );
  });

  it('the compression is the seed four weeks', () => {
    const route = buildRoute(setup({ routeOverride: 'compression' }));
    expect(route.weeks.map((w) => w.focus)).toEqual(compressionPlan.map((w) => w.focus));
  });

  it('every route covers every chapter lesson', () => {
    for (const kind of ['compression', 'default', 'part-time'] as const) {
      const route = buildRoute(setup({ routeOverride: kind }));
      const lessons = new Set(route.weeks.flatMap((w) => w.tasks.flatMap((t) => t.lessons)));
      expect([...lessons].sort()).toEqual([...lessonIds]);
    }
  });

  it.each([8, 9, 10, 11, 12])(
    'the part-time plan spreads the six focuses over %i weeks and keeps every task',
    (n) => {
      const route = buildRoute(setup({ routeOverride: 'part-time', partTimeWeeks: n }));
      expect(route.weeks).toHaveLength(n);
      expect(new Set(route.weeks.map((w) => w.focus)).size).toBe(6);
      expect(routeTaskIds(route)).toEqual(defaultPlan.flatMap((w) => w.tasks.map((t) => t.id)));
      expect(route.weeks.every((w) => w.tasks.length > 0)).toBe(true);
    },
  );

  it('gives the extra part-time weeks to the heavier focuses', () => {
    // Week 3 (five tasks) is the heaviest, then weeks 2 and 4 (four tasks each).
    expect(partTimeAllocation(8)).toEqual([1, 2, 2, 1, 1, 1]);
    expect(partTimeAllocation(12).reduce((a, b) => a + b)).toBe(12);
    expect(Math.min(...partTimeAllocation(12))).toBeGreaterThanOrEqual(1);
  });

  it('labels a focus spread over two weeks as part 1 and part 2', () => {
    const route = buildRoute(setup({ routeOverride: 'part-time', partTimeWeeks: 8 }));
    expect(route.weeks[1]?.part).toEqual({ index: 1, of: 2 });
    expect(route.weeks[2]?.part).toEqual({ index: 2, of: 2 });
    expect(route.weeks[1]?.focus).toBe(route.weeks[2]?.focus);
  });

  it('keeps task ids when the route changes, so ticks carry over', () => {
    const compression = routeTaskIds(buildRoute(setup({ routeOverride: 'compression' })));
    const sixWeeks = routeTaskIds(buildRoute(setup({ routeOverride: 'default' })));
    expect(compression.filter((id) => sixWeeks.includes(id))).toHaveLength(18);
  });

  it('dates weeks from the start date, seven calendar days apart', () => {
    const route = buildRoute(setup({ hoursBand: '6-8', startDate: '2026-11-02' }));
    expect(route.weeks.map((w) => [w.startDate, w.endDate])).toEqual([
      ['2026-11-02', '2026-11-08'],
      ['2026-11-09', '2026-11-15'],
      ['2026-11-16', '2026-11-22'],
      ['2026-11-23', '2026-11-29'],
      ['2026-11-30', '2026-12-06'],
      ['2026-12-07', '2026-12-13'],
    ]);
    expect(route.endDate).toBe('2026-12-13');
  });

  it('keeps week boundaries on the same weekday across a daylight-saving change', () => {
    // Europe and the US both change clocks inside these spans (late March, late October / early November).
    for (const startDate of ['2026-03-23', '2026-10-19', '2026-10-26']) {
      const route = buildRoute(setup({ startDate, routeOverride: 'default' }));
      const weekdays = route.weeks.map((w) => new Date(`${w.startDate}T12:00:00Z`).getUTCDay());
      expect(new Set(weekdays).size).toBe(1);
      const today = route.weeks[1]!.startDate!;
      expect(currentWeekIndex(route, today)).toBe(1);
      expect(currentWeekIndex(route, route.weeks[0]!.endDate!)).toBe(0);
    }
  });

  it('leaves weeks undated without a start date', () => {
    const route = buildRoute(defaultSetup);
    expect(route.weeks[0]?.startDate).toBeNull();
    expect(currentWeekIndex(route, '2026-11-26')).toBeNull();
  });
});

describe('currentWeekIndex and weekIndexOf', () => {
  const route = buildRoute(setup({ routeOverride: 'default', startDate: '2026-11-02' }));

  it('is -1 before the start and the week count after the end', () => {
    expect(currentWeekIndex(route, '2026-11-01')).toBe(-1);
    expect(currentWeekIndex(route, '2026-11-02')).toBe(0);
    expect(currentWeekIndex(route, '2026-11-26')).toBe(3);
    expect(currentWeekIndex(route, '2026-12-14')).toBe(6);
  });

  it('clamps dated items into the route', () => {
    expect(weekIndexOf(route, '2026-10-01')).toBe(0);
    expect(weekIndexOf(route, '2026-11-26')).toBe(3);
    expect(weekIndexOf(route, '2027-05-01')).toBe(5);
  });
});
