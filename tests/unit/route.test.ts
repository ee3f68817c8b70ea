import { describe, expect, it } from 'vitest';
import { buildRoute, recommendRoute } from '../../src/domain/route';
import { defaultSetup } from '../../src/domain/setup';

describe('recommendRoute', () => {
  it('follows the hours band, not the starting point', () => {
    expect(recommendRoute({ hoursBand: '6-8', startingPoint: 'newer-to-production' })?.kind).toBe('default');
  });
});

describe('buildRoute', () => {
  it('dates weeks from the start date', () => {
    const route = buildRoute({ ...defaultSetup, hoursBand: '6-8', startDate: '2026-11-02' });
    expect(route.weeks[1]?.startDate).toBe('2026-11-09');
  });
});
