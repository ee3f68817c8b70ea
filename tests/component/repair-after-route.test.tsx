import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, localIsoDate } from '../../src/domain/dates';
import { Component as MissesView } from '../../src/features/misses/misses-route';
import { Component as PlanView } from '../../src/features/plan/plan-route';
import { Component as TodayView } from '../../src/features/today/today-route';
import { AppStoreContext } from '../../src/store/use-app-store';
import { collapsingSet } from '../support/collapsing-set';
import { renderWithStore } from '../support/render-with-store';

// Today reads the page's clock: the dates are set around the real day.
const today = localIsoDate(Date.now());

// jsdom has no layout: /plan scrolls to this week when it opens on a set-up route.
beforeAll(() => {
  Element.prototype.scrollIntoView = () => {};
});

/** Judgment rule 4: repair added after the route's weeks goes on today, and shows on Today, tickable. */
describe('a repair in the last 7 days', () => {
  it('lands on today, says so, and is ticked from Today', async () => {
    const user = userEvent.setup();
    const rendered = await renderWithStore(<MissesView />, { path: '/misses' });
    const { store } = rendered;
    // The 6-week route ended a week ago; the exam is in 5 days.
    await store.getState().updateSetup({
      startingPoint: 'lighter-on-mlops',
      hoursBand: '6-8',
      startDate: addDays(today, -49),
      examDate: addDays(today, 5),
    });
    await collapsingSet(store, today);
    const repair = await screen.findByRole('region', { name: 'Repair: your weakest lanes now' });
    await user.click(
      within(repair).getByRole('button', { name: /Add these lessons to today\s*for monitoring/ }),
    );
    expect(
      await within(repair).findByText(/Added 2 lessons for monitoring and drift response to today's work/),
    ).toBeInTheDocument();
    expect(Object.values(store.getState().extraTasks).map((extra) => extra.weekOf)).toEqual([today, today]);
    rendered.unmount();

    render(
      <AppStoreContext value={store}>
        <MemoryRouter initialEntries={['/']}>
          <TodayView />
        </MemoryRouter>
      </AppStoreContext>,
    );
    const list = await screen.findByRole('list', { name: 'Repair lessons' });
    const boxes = within(list).getAllByRole('checkbox');
    expect(boxes).toHaveLength(2);
    // Each lesson named once: the label, with no second line repeating it.
    expect(within(list).getAllByText(/^2\.5 /)).toHaveLength(1);
    await user.click(boxes[0]!);
    expect(await within(list).findByRole('checkbox', { checked: true })).toBeInTheDocument();
    cleanup();

    // /plan lists the same rows after the route's weeks, tickable there too.
    render(
      <AppStoreContext value={store}>
        <MemoryRouter initialEntries={['/plan']}>
          <PlanView />
        </MemoryRouter>
      </AppStoreContext>,
    );
    const after = await screen.findByRole('region', { name: "After the route's weeks: repair lessons" });
    const planBoxes = within(after).getAllByRole('checkbox');
    expect(planBoxes.map((box) => box.closest('label, .choice')?.textContent)).toEqual(
      boxes.map((box) => box.closest('label, .choice')?.textContent),
    );
    expect(planBoxes[0]).toBeChecked();
    await user.click(planBoxes[1]!);
    expect(await within(after).findAllByRole('checkbox', { checked: true })).toHaveLength(2);
  });
});
