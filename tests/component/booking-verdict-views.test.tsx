import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyMissDraft } from '../../src/domain/miss-validation';
import { bookingChecks } from '../../src/domain/seed';
import type { FailureModeId } from '../../src/domain/seed-ids';
import { laneById, laneOf } from '../../src/domain/seed-lookups';
import { Component as PlanView } from '../../src/features/plan/plan-route';
import { Component as TodayView } from '../../src/features/today/today-route';
import type { AppStore } from '../../src/store/app-store';
import { renderWithStore } from '../support/render-with-store';

async function setWithMisses(store: AppStore, date: string, modes: FailureModeId[]) {
  const set = await store
    .getState()
    .saveSet({ date, label: `Set of ${date}`, questions: '20', correct: '16' });
  if (!set.ok) throw new Error('set should save');
  for (const [i, failureMode] of modes.entries()) {
    const draft = { ...emptyMissDraft(set.id), domain: 'mlops', failureMode, rule: `Rule ${date} ${i}.` };
    if (!(await store.getState().saveMiss(draft)).ok) throw new Error('miss should save');
  }
}

/**
 * All three self-checks on and misses in two lanes, but the latest set has 2 of its 3 misses in one lane: that
 * lane collapses (judgment rule 3), so no view may say "close to booking" until a set shows it has stopped.
 */
async function learner(store: AppStore) {
  for (const check of bookingChecks) {
    if (!check.computed)
      await store.getState().saveSelfCheck(check.id, true, 'I explained it to a colleague.');
  }
  await setWithMisses(store, '2026-11-01', ['leakage', 'leakage', 'unsafe-rollout', 'unsafe-rollout']);
  await setWithMisses(store, '2026-11-03', ['leakage', 'leakage', 'unsafe-rollout', 'unsafe-rollout']);
  await setWithMisses(store, '2026-11-05', ['leakage', 'leakage', 'unsafe-rollout']);
}

describe('"close to booking" is never shown while a lane collapses', () => {
  for (const [name, View, path] of [
    ['Today', TodayView, '/'],
    ['/plan', PlanView, '/plan'],
  ] as const) {
    it(`on ${name}, and it is once the next set clears the lane`, async () => {
      const { store } = await renderWithStore(<View />, { path });
      await learner(store);
      expect(
        await screen.findByText(/Do not book yet: feature consistency and leakage is still collapsing/),
      ).toBeInTheDocument();
      expect(screen.queryByText(/close to booking/)).not.toBeInTheDocument();
      await setWithMisses(store, '2026-11-07', ['leakage', 'leakage', 'unsafe-rollout', 'unsafe-rollout']);
      expect(await screen.findByText(/All four signals: you are close to booking\./)).toBeInTheDocument();
    });
  }
});

describe('repaired but unconfirmed is one verdict on every card', () => {
  for (const [name, View, path] of [
    ['Today', TodayView, '/'],
    ['/plan', PlanView, '/plan'],
  ] as const) {
    it(`on ${name}: the booking card and the narrowing check say what the lane banner says`, async () => {
      const clock = { now: Date.parse('2026-11-05T10:00:00') };
      const { store } = await renderWithStore(<View />, { path, now: () => clock.now });
      await learner(store);
      await screen.findByText(/Do not book yet: feature consistency and leakage is still collapsing/);
      clock.now += 3_600_000;
      for (const lesson of laneById(laneOf('leakage')!).order) {
        const added = await store
          .getState()
          .addExtraTask({ label: `Repair ${lesson}`, lessons: [lesson], weekOf: '2026-11-05' });
        if (!added.ok) throw new Error('repair task should save');
        await store.getState().setTicked(added.id, true);
      }
      expect(
        await screen.findByText(
          'Feature consistency and leakage repaired: confirm with one light mixed set.',
        ),
      ).toBeInTheDocument();
      const booking = screen.getByRole('region', { name: 'Booking signal' });
      expect(
        within(booking).getAllByText(
          /feature consistency and leakage is repaired; confirm the repair with one light mixed set/,
        ).length,
      ).toBeGreaterThan(0);
      // The seed's final-72 rule ("... is still collapsing; isolate it ...") is a rule, not a verdict.
      expect(screen.queryAllByText(/is still collapsing[^;]/)).toHaveLength(0);
      expect(screen.queryByText(/close to booking/)).not.toBeInTheDocument();
    });
  }
});
