import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Component as ProgressView } from '../../src/features/progress/progress-route';
import { BookingSummary } from '../../src/widgets/booking-summary';
import type { AppStore } from '../../src/store/app-store';
import { renderWithStore } from '../support/render-with-store';

const minute = 60_000;
const exam = { questions: 60, minutes: 120, timed: true, source: 'Databricks practice exam' };

/** Runs a practice exam to its score on the store's clock. */
async function practiceExam(store: AppStore, clock: { now: number }, minutes: number, correct: number) {
  const run = await (await store.getState().rehearsal()).startRehearsal(exam);
  if (!run.ok) throw new Error('not started');
  await (await store.getState().rehearsal()).markQuestion(run.id, 31);
  clock.now += minutes * minute;
  const done = await (await store.getState().rehearsal()).finishRehearsal(run.id, correct);
  if (!done.ok) throw new Error(done.message);
  clock.now += 24 * 60 * minute;
}

describe('what a practice exam tells back', () => {
  it('shows every practice exam side by side on /progress: score against 70%, time against 120 minutes', async () => {
    const clock = { now: new Date(2026, 11, 1, 19).getTime() };
    const { store } = await renderWithStore(<ProgressView />, { path: '/progress', now: () => clock.now });
    await practiceExam(store, clock, 125, 38);
    await practiceExam(store, clock, 104, 45);
    const table = await screen.findByRole('table', { name: /Score against 70%/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/Dec 2.*45\/60 \(75%\) at or above.*1 h 44 min of 2 h/),
      expect.stringMatching(/Dec 1.*38\/60 \(63%\) below.*2 h of 2 h/),
    ]);
  });

  it('puts the latest practice exam on the booking card without adding a signal', async () => {
    const clock = { now: new Date(2026, 11, 1, 19).getTime() };
    const { store } = await renderWithStore(<BookingSummary />, { now: () => clock.now });
    expect(screen.getByText(/0 of 4/)).toBeInTheDocument();
    expect(screen.queryByText(/Latest practice exam/)).not.toBeInTheDocument();
    await practiceExam(store, clock, 110, 47);
    expect(
      await screen.findByText(
        /Latest practice exam \(.*Dec 1\): 47\/60 \(78%, at or above 70%\) in 1 h 50 min of 2 h\./,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/0 of 4/)).toBeInTheDocument();
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(4);
  });
});
