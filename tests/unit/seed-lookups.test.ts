import { describe, expect, it } from 'vitest';
import { failureModes, hoursBands, lessons, weakDomains, weakLanes } from '../../src/domain/seed';
import {
  domainLabel,
  failureModeById,
  failureModeLabel,
  finalRuleById,
  hoursBandById,
  laneById,
  laneLabel,
  laneOf,
  lastSevenDay,
  lessonById,
  lessonTitle,
  sessionPhaseById,
  startingPointById,
  weakDomainById,
} from '../../src/domain/seed-lookups';
import type { LessonId } from '../../src/domain/seed-ids';

describe('seed lookups', () => {
  it('find every seed row by its id', () => {
    for (const lesson of lessons) expect(lessonById(lesson.id)).toBe(lesson);
    for (const band of hoursBands) expect(hoursBandById(band.id)).toBe(band);
    for (const domain of weakDomains) expect(weakDomainById(domain.id)).toBe(domain);
    for (const mode of failureModes) expect(failureModeById(mode.id)).toBe(mode);
    for (const lane of weakLanes) expect(laneById(lane.id)).toBe(lane);
  });

  it('name lessons, lanes, domains and failure modes as the seed does', () => {
    expect(lessonTitle('2.5')).toBe('Lakehouse Monitoring, Drift Metrics and Alerting Design');
    expect(laneOf('leakage')).toBe('features');
    expect(laneLabel(laneOf('unsafe-rollout')!)).toBe(weakLanes.find((l) => l.id === 'deployment')!.label);
    expect(domainLabel('mlops')).toBe('MLOps');
    expect(failureModeLabel('poor-testing')).toBe('poor testing');
    expect(startingPointById('lighter-on-mlops')?.typicalHours).toBe('60-90 hours');
    expect(sessionPhaseById('rules').minutes).toBe('40-50');
    expect(finalRuleById('no-collapsing-lane').text).toMatch(/one lane is still collapsing/);
    expect(lastSevenDay(3)?.focus).toBe('Lakehouse Monitoring, drift metrics, and alerting only');
  });

  it('find nothing for an id the seed does not hold, and callers keep their fallback', () => {
    expect(lessonById('9.9')).toBeUndefined();
    expect(hoursBandById('20-30')).toBeUndefined();
    expect(startingPointById('unknown')).toBeUndefined();
    expect(weakDomainById('kitchen')).toBeUndefined();
    expect(failureModeById('typo')).toBeUndefined();
    expect(domainLabel('kitchen')).toBeUndefined();
    expect(failureModeLabel('typo')).toBeUndefined();
    expect(lastSevenDay(8)).toBeUndefined();
    expect(lastSevenDay(null)).toBeUndefined();
    // A lesson id from an older or newer release is shown as itself.
    expect(lessonTitle('9.9' as LessonId)).toBe('9.9');
  });

  it('find nothing for a missing id', () => {
    expect(domainLabel(null)).toBeUndefined();
    expect(failureModeById(null)).toBeUndefined();
    expect(laneOf(null)).toBeNull();
    expect(hoursBandById(undefined)).toBeUndefined();
  });
});
