import { describe, expect, it } from 'vitest';
import { planLandingTarget } from '../../src/domain/plan-landing';
import { buildRoute } from '../../src/domain/route';
import { defaultSetup } from '../../src/domain/setup';

const route = buildRoute({
  ...defaultSetup,
  startingPoint: 'deploys-on-databricks',
  hoursBand: '6-8',
  startDate: '2026-06-01',
  routeOverride: 'default',
});

describe('where /plan opens', () => {
  it('at the current week while the route runs', () => {
    expect(planLandingTarget(route, null, '2026-06-01')).toBe('week-1');
    expect(planLandingTarget(route, null, '2026-06-16')).toBe('week-3');
  });

  it('at the last-7-day plan in the seven days before the exam', () => {
    expect(planLandingTarget(route, '2026-07-20', '2026-07-13')).toBe('last-7');
    expect(planLandingTarget(route, '2026-07-20', '2026-07-19')).toBe('last-7');
    expect(planLandingTarget(route, '2026-07-20', '2026-07-12')).toBe('week-6');
  });

  it('at the top before the start, after the route, on exam day, or with no start date', () => {
    expect(planLandingTarget(route, null, '2026-05-31')).toBeNull();
    expect(planLandingTarget(route, null, '2026-08-01')).toBeNull();
    expect(planLandingTarget(route, '2026-07-20', '2026-07-20')).toBeNull();
    expect(planLandingTarget(buildRoute(defaultSetup), null, '2026-06-01')).toBeNull();
  });
});
