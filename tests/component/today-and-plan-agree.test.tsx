import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDays, localIsoDate } from '../../src/domain/dates';
import type { Setup } from '../../src/domain/setup';
import { Component as PlanView } from '../../src/features/plan/plan-route';
import { Component as TodayView } from '../../src/features/today/today-route';
import { renderWithStore } from '../support/render-with-store';

const today = localIsoDate(Date.now());

/** A default 6-week route that started `startedDaysAgo` days ago, with the exam `examInDays` days out. */
function learner(startedDaysAgo: number, examInDays: number | null): Partial<Setup> {
  return {
    startingPoint: 'lighter-on-mlops',
    hoursBand: '6-8',
    startDate: addDays(today, -startedDaysAgo),
    examDate: examInDays === null ? null : addDays(today, examInDays),
  };
}

const views = [
  ['Today', TodayView, '/'],
  ['/plan', PlanView, '/plan'],
] as const;

/** Judgment rule 2: Today and /plan say the same thing about the same day. */
describe('between the route and the last 7 days, Today and /plan agree', () => {
  for (const [name, View, path] of views) {
    it(`${name}: repair and mixed sets until the last 7 days begin, not "keep working the last 7-day plan"`, async () => {
      const { store } = await renderWithStore(<View />, { path });
      await store.getState().updateSetup(learner(50, 15));
      const lastSevenBegin = new Intl.DateTimeFormat('en', {
        day: 'numeric',
        month: 'short',
        timeZone: 'UTC',
      }).format(Date.parse(`${addDays(today, 8)}T12:00:00Z`));
      expect(
        await screen.findByText(
          new RegExp(
            `Until the last 7 days begin on \\w+ ${lastSevenBegin}, repair your weakest lanes and take mixed sets\\.`,
          ),
        ),
      ).toBeInTheDocument();
      expect(screen.queryByText(/keep working the last 7-day plan/)).not.toBeInTheDocument();
    });
  }

  it('/plan points at the last 7-day plan once it has begun', async () => {
    const { store } = await renderWithStore(<PlanView />, { path: '/plan' });
    await store.getState().updateSetup(learner(50, 4));
    expect(await screen.findByText(/keep working the last 7-day plan and your miss log/)).toBeInTheDocument();
  });
});

/** The exam 3 days out while the route's week 6 still runs (it started 38 days ago). */
describe('in the last 7 days, with route weeks still running, Today and /plan agree', () => {
  it('Today: day 3 of the last 7 is the task, not week 6', async () => {
    const { store } = await renderWithStore(<TodayView />, { path: '/' });
    await store.getState().updateSetup(learner(38, 3));
    expect(await screen.findByRole('heading', { name: 'Today, day 3 of the last 7' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /^Day 3: Lakehouse Monitoring/ })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /^This week: week 6/ })).not.toBeInTheDocument();
  });

  it('/plan: no route week is "this week"; it points at day 3 of the last 7-day plan', async () => {
    const { store } = await renderWithStore(<PlanView />, { path: '/plan' });
    await store.getState().updateSetup(learner(38, 3));
    expect(await screen.findByRole('link', { name: 'Today is day 3 of the last 7' })).toHaveAttribute(
      'href',
      '#last-7',
    );
    expect(screen.queryByText('This week')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Jump to this week/ })).not.toBeInTheDocument();
    const current = screen.getAllByRole('article').filter((a) => a.getAttribute('aria-current') === 'date');
    expect(current).toEqual([]);
  });
});
