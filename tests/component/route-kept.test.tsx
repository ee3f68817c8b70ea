import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, localIsoDate } from '../../src/domain/dates';
import { Component as PlanView } from '../../src/features/plan/plan-route';
import { createAppStore } from '../../src/store/app-store';
import { AppStoreContext } from '../../src/store/use-app-store';
import { renderWithStore } from '../support/render-with-store';

const today = localIsoDate(Date.now());
/** The seed's own common case: lighter on MLOps at 6-8 hrs/week is 36-48 hours against a typical 60-90. */
const lighterAtSixToEight = {
  startingPoint: 'lighter-on-mlops',
  hoursBand: '6-8',
  startDate: today,
  examDate: addDays(today, 120),
} as const;

async function reopen(db: Parameters<typeof createAppStore>[0]['db']) {
  const handle = createAppStore({ db });
  await handle.hydrate();
  render(
    <AppStoreContext value={handle.store}>
      <MemoryRouter initialEntries={['/plan']}>
        <PlanView />
      </MemoryRouter>
    </AppStoreContext>,
  );
  return handle.store;
}

// jsdom has no layout: /plan scrolls to this week when it opens on a set-up route.
beforeAll(() => {
  Element.prototype.scrollIntoView = () => {};
});

describe('a route mismatch is stated once (judgment rule 1)', () => {
  it('"Done" closes the set-up and a reload keeps it closed, with the mismatch said once', async () => {
    const user = userEvent.setup();
    const rendered = await renderWithStore(<PlanView />, { path: '/plan' });
    await rendered.store.getState().updateSetup(lighterAtSixToEight);
    expect(await screen.findByText(/shorter than your hours need/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(await screen.findByRole('button', { name: /Change the set-up/ })).toBeInTheDocument();
    rendered.unmount();

    await reopen(rendered.db);
    expect(await screen.findByRole('button', { name: /Change the set-up/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Keep my route' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Change the set-up/ }));
    expect(
      await screen.findByText(/You kept this route knowing: .*shorter than your hours need/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Set 9-12 hrs/week' })).not.toBeInTheDocument();
  });

  it('"Keep my route" is remembered, and a new mismatch is raised again', async () => {
    const user = userEvent.setup();
    const rendered = await renderWithStore(<PlanView />, { path: '/plan' });
    await rendered.store.getState().updateSetup(lighterAtSixToEight);
    await user.click(await screen.findByRole('button', { name: 'Keep my route' }));
    expect(await screen.findByText(/You kept this route knowing/)).toBeInTheDocument();
    rendered.unmount();

    const store = await reopen(rendered.db);
    expect(await screen.findByRole('button', { name: /Change the set-up/ })).toBeInTheDocument();
    // A different number is a different mismatch: it is raised, with its fixes.
    await store.getState().updateSetup({ hoursBand: '3-5' });
    await user.click(screen.getByRole('button', { name: /Change the set-up/ }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Keep my route' })).toBeInTheDocument());
    expect(screen.queryByText(/You kept this route knowing/)).not.toBeInTheDocument();
  });
});
