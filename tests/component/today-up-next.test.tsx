import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { StudyDatabase } from '../../src/db/database';
import { buildRoute, type RouteWeek } from '../../src/domain/route';
import { defaultSetup } from '../../src/domain/setup';
import { Component as TodayView } from '../../src/features/today/today-route';
import { createAppStore } from '../../src/store/app-store';
import { AppStoreContext } from '../../src/store/use-app-store';

/** Today for a learner without a start date who has ticked the first `weeksDone` route weeks. */
async function todayAfter(weeksDone: number) {
  const handle = createAppStore({ db: new StudyDatabase(`test-${crypto.randomUUID()}`) });
  await handle.hydrate();
  const { store } = handle;
  await store.getState().updateSetup({ startingPoint: 'lighter-on-mlops', hoursBand: '6-8' });
  const route = buildRoute({ ...defaultSetup, ...store.getState().setup });
  for (const week of route.weeks.slice(0, weeksDone))
    for (const task of week.tasks) await store.getState().setTicked(task.id, true);
  const view = render(
    <AppStoreContext value={store}>
      <MemoryRouter>
        <TodayView />
      </MemoryRouter>
    </AppStoreContext>,
  );
  return { ...view, route, store };
}

type Task = RouteWeek['tasks'][number];

const upNext = () => screen.getByRole('heading', { name: /^Up next: week/ });

describe('Today without a start date follows the ticks', () => {
  it('shows week 1 before anything is ticked', async () => {
    await todayAfter(0);
    expect(upNext()).toHaveTextContent(/^Up next: week 1,/);
  });

  it('moves on to the first week with an open task once week 1 is ticked', async () => {
    await todayAfter(1);
    expect(upNext()).toHaveTextContent(/^Up next: week 2,/);
  });

  it('stays on the last week once every task is ticked', async () => {
    const { route } = await todayAfter(99);
    expect(upNext()).toHaveTextContent(new RegExp(`^Up next: week ${route.weeks.length},`));
    expect(screen.getByText('Every task of this week is ticked.')).toBeInTheDocument();
  });

  it('keeps the week in place when its last task is ticked on the page', async () => {
    const { route, store } = await todayAfter(0);
    const [last, ...earlier] = [...route.weeks[0]!.tasks].reverse() as [Task, ...Task[]];
    for (const task of earlier) await act(() => store.getState().setTicked(task.id, true));
    const tasks = within(screen.getByRole('list', { name: 'Next tasks' }));
    await userEvent.click(tasks.getByRole('checkbox', { name: new RegExp(last.label) }));
    expect(upNext()).toHaveTextContent(/^Up next: week 1,/);
    expect(tasks.getByRole('checkbox', { name: new RegExp(last.label) })).toBeChecked();
  });
});
