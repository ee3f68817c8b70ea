import { describe, expect, it } from 'vitest';
import { lanesOverWeeks } from '../../src/domain/lane-trend';
import { backOnPaceMessage, paceChanges } from '../../src/domain/pace-history';
import { defaultSetup } from '../../src/domain/setup';
import { endedSession } from '../support/ended-session';
import { aMiss, aSet } from './miss-fixtures';

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const weeksFrom = (start: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    week: i + 1,
    from: addDays(start, i * 7),
    to: addDays(start, i * 7 + 6),
  }));

describe('paceChanges', () => {
  const setup = { ...defaultSetup, hoursBand: '6-8' as const, startDate: '2026-10-05' };
  /** `hours` one-hour sessions in route week `week` (1-based), one a day from its first day. */
  const week = (n: number, hours: number) =>
    Array.from({ length: hours }, (_, i) => endedSession(addDays('2026-10-05', (n - 1) * 7 + i), 60));

  it('marks the week the advice turned and the week it turned back, and nothing while it holds', () => {
    const sessions = [...week(1, 4), ...week(2, 4), ...week(3, 4), ...week(4, 7), ...week(5, 7)];
    const changes = paceChanges(sessions, setup, weeksFrom('2026-10-05', 7), '2026-11-20');
    expect(changes.map((change) => [change.week, change.realBand])).toEqual([
      [3, '3-5'],
      [5, null],
    ]);
    expect(changes[0]!.message).toMatch(/short of the 6-8 hrs\/week/);
    expect(changes[1]!.message).toBe(backOnPaceMessage);
  });

  it('counts study time logged by hand, so logged weeks are not called short', () => {
    const weeks = [1, 2, 3, 4, 5, 6];
    const sessions = weeks.flatMap((n) => week(n, 4));
    expect(paceChanges(sessions, setup, weeksFrom('2026-10-05', 7), '2026-11-20')).not.toEqual([]);
    // Three hours logged by hand in each week lift every week to 7 hours, inside the 6-8 band.
    const logs = weeks.map((n) => ({
      id: `log${n}`,
      date: addDays('2026-10-05', (n - 1) * 7 + 5),
      minutes: 180,
      what: 'Reading the docs',
      createdAt: 0,
      updatedAt: 0,
    }));
    expect(paceChanges(sessions, setup, weeksFrom('2026-10-05', 7), '2026-11-20', logs)).toEqual([]);
  });

  it('never calls the learner back on pace once the warning stops for the calendar, not the hours', () => {
    // Four hours a week for nine weeks against 6-8: short throughout, on a 6-week route.
    const short = Array.from({ length: 9 }, (_, i) => week(i + 1, 4)).flat();
    const weeks = weeksFrom('2026-10-05', 9);
    // After the route's last week (from week 8 the last week judged lies after it).
    expect(paceChanges(short, setup, weeks, '2026-12-20').map((change) => change.week)).toEqual([3]);
    // In the last 7 days (the exam on the Tuesday of week 6).
    const exam = { ...setup, examDate: '2026-11-10' };
    expect(paceChanges(short, exam, weeks, '2026-11-20').map((change) => change.week)).toEqual([3]);
  });

  it('says nothing about weeks still to come or without a band', () => {
    const sessions = [...week(1, 2), ...week(2, 2)];
    expect(paceChanges(sessions, setup, weeksFrom('2026-10-05', 7), '2026-10-18')).toEqual([]);
    expect(
      paceChanges(sessions, { ...setup, hoursBand: null }, weeksFrom('2026-10-05', 7), '2026-11-20'),
    ).toEqual([]);
  });
});

describe('lanesOverWeeks', () => {
  const weeks = weeksFrom('2026-11-02', 5);

  it('counts misses per lane per week and calls a lane shrinking, growing or too early', () => {
    const sets = weeks.map((week) => aSet(week.from));
    // Leakage (features lane): 4, 3, -, 1, 0 misses; unsafe rollout (deployment): 0, 0, -, 1, 2.
    const leakage = [4, 3, 0, 1, 0];
    const rollout = [0, 0, 0, 1, 2];
    const misses = sets.flatMap((set, i) => [
      ...Array.from({ length: leakage[i]! }, () => aMiss(set.id, 'leakage')),
      ...Array.from({ length: rollout[i]! }, () => aMiss(set.id, 'unsafe-rollout')),
    ]);
    // Week 3 had no practice: no set, no miss.
    const practised = sets.filter((_, i) => i !== 2);
    const lanes = lanesOverWeeks(misses, practised, weeks);
    const byId = Object.fromEntries(lanes.map((lane) => [lane.lane, lane]));
    expect(byId.features).toMatchObject({ counts: [4, 3, 0, 1, 0], total: 8, trend: 'shrinking' });
    expect(byId.deployment).toMatchObject({ counts: [0, 0, 0, 1, 2], trend: 'growing' });
    expect(byId.scaling).toMatchObject({ total: 0, trend: 'steady' });
  });

  it('waits for two weeks of practice before judging, and places session misses by their day', () => {
    const set = aSet('2026-11-03');
    const sessionMiss = aMiss(null, 'leakage', { createdAt: Date.parse('2026-11-10T09:00:00') });
    const lanes = lanesOverWeeks([aMiss(set.id, 'leakage'), sessionMiss], [set], weeks);
    const features = lanes.find((lane) => lane.lane === 'features')!;
    expect(features.counts).toEqual([1, 1, 0, 0, 0]);
    expect(features.trend).toBe('steady');
    expect(
      lanesOverWeeks([aMiss(set.id, 'leakage')], [set], weeks).find((l) => l.lane === 'features')!.trend,
    ).toBe('too-early');
  });
});
