import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addDays, localIsoDate } from '../../src/domain/dates';
import { buildRoute, routeTaskIds } from '../../src/domain/route';
import { Component as TodayView } from '../../src/features/today/today-route';
import { renderWithStore } from '../support/render-with-store';

// Today reads the page's clock: the dates are set around the real day.
const today = localIsoDate(Date.now());
const examDate = addDays(today, -1);
const startDate = addDays(today, -50);

/** The day after the exam, for a learner with a set-up. */
async function dayAfterTheExam() {
  const rendered = await renderWithStore(<TodayView />, { path: '/' });
  await rendered.store.getState().updateSetup({
    startingPoint: 'lighter-on-mlops',
    hoursBand: '6-8',
    startDate,
    examDate,
  });
  return rendered;
}

/** Judgment rule 7: a recorded result ends the coaching for that exam. */
describe('after the exam', () => {
  it('passed: congratulations and what to keep, and no booking, pace or hours prompts', async () => {
    const user = userEvent.setup();
    await dayAfterTheExam();
    await user.click(await screen.findByRole('radio', { name: 'Passed' }));
    expect(await screen.findByText('Congratulations: you passed the ML-PRO exam.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Export a full backup' })).toHaveAttribute('href', '/data');
    expect(screen.getByRole('link', { name: 'Export your rules as an Anki file' })).toHaveAttribute(
      'href',
      '/review',
    );
    expect(screen.queryByRole('region', { name: 'Booking signal' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Hours this week' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Log study time' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Do not book yet/)).not.toBeInTheDocument();
  });

  it('"not yet" asks the next date and starts a new route to it, keeping the miss log', async () => {
    const user = userEvent.setup();
    const { store } = await dayAfterTheExam();
    const set = await store
      .getState()
      .saveSet({ date: addDays(today, -5), label: 'Set A', questions: '20', correct: '15' });
    if (!set.ok) throw new Error('set should save');
    await user.click(await screen.findByRole('radio', { name: 'Not yet' }));
    await user.type(await screen.findByLabelText('Your next exam date'), addDays(today, 70));
    await user.click(screen.getByRole('button', { name: 'Start a new route to this date' }));
    await waitFor(() =>
      expect(store.getState().setup).toMatchObject({ startDate: today, examDate: addDays(today, 70) }),
    );
    expect(await screen.findByRole('region', { name: 'Booking signal' })).toBeInTheDocument();
    expect(Object.keys(store.getState().sets)).toHaveLength(1);
  });

  it('"not yet" starts the new route with nothing done: the old route\'s ticks and repairs stay with it', async () => {
    const user = userEvent.setup();
    const { store } = await dayAfterTheExam();
    const [firstTask] = routeTaskIds(buildRoute(store.getState().setup));
    await store.getState().setTicked(firstTask!, true);
    const repair = await store
      .getState()
      .addExtraTask({ label: 'Repair 2.5', lessons: ['2.5'], weekOf: addDays(today, -3) });
    if (!repair.ok) throw new Error('repair should save');
    await store.getState().setTicked(repair.id, true);
    await user.click(await screen.findByRole('radio', { name: 'Not yet' }));
    await user.type(await screen.findByLabelText('Your next exam date'), addDays(today, 70));
    await user.click(screen.getByRole('button', { name: 'Start a new route to this date' }));
    const task = await screen.findByRole('checkbox', { name: /^SparkML pipelines/ });
    expect(task).not.toBeChecked();
    expect(screen.getByText(/^Whole plan: 0 of \d+ done/)).toBeInTheDocument();
    expect(screen.queryByText('Repair 2.5')).not.toBeInTheDocument();
    // The old rows are kept (the study calendar counts them); ticking again stamps the task on the new route.
    expect(store.getState().ticks[firstTask!]).toBeDefined();
    await user.click(task);
    expect(await screen.findByRole('checkbox', { name: /^SparkML pipelines/ })).toBeChecked();
  });

  it('"rescheduled" asks the new date and refuses one already gone', async () => {
    const user = userEvent.setup();
    const { store } = await dayAfterTheExam();
    await user.click(await screen.findByRole('radio', { name: 'Rescheduled' }));
    await user.type(await screen.findByLabelText('Your new exam date'), addDays(today, -3));
    await user.click(screen.getByRole('button', { name: 'Save the new date' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose a date after today.');
    expect(store.getState().setup.examDate).toBe(examDate);
    await user.clear(screen.getByLabelText('Your new exam date'));
    await user.type(screen.getByLabelText('Your new exam date'), addDays(today, 14));
    await user.click(screen.getByRole('button', { name: 'Save the new date' }));
    await waitFor(() => expect(store.getState().setup.examDate).toBe(addDays(today, 14)));
    expect(store.getState().setup.startDate).toBe(startDate);
  });
});
