import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { StudyDatabase } from '../../src/db/database';
import { Component as MissesView } from '../../src/features/misses/misses-route';
import { createAppStore, type AppStore } from '../../src/store/app-store';
import { AppStoreContext } from '../../src/store/use-app-store';
import { fullDisk } from '../support/full-disk';
import { collapsingSet } from '../support/collapsing-set';
import { renderWithStore } from '../support/render-with-store';

const repairTasks = (store: AppStore) => Object.values(store.getState().extraTasks);

/** Judgment rule 4 on the miss log: the warning, its repair lessons, and the next set. */
describe('repair closes the loop', () => {
  it('repairs, goes back to the warning when a lesson is unticked, and can be repaired again after a second collapse', async () => {
    const user = userEvent.setup();
    const clock = { now: Date.parse('2026-11-01T10:00:00') };
    const { store } = await renderWithStore(<MissesView />, { path: '/misses', now: () => clock.now });
    await collapsingSet(store, '2026-11-01');
    expect(
      await screen.findByText(/A lane is still collapsing: monitoring and drift response, 3 of 3 misses/),
    ).toBeInTheDocument();

    const repair = await screen.findByRole('region', { name: 'Repair: your weakest lanes now' });
    await user.click(
      within(repair).getByRole('button', { name: /Add these lessons to this week\s*for monitoring/ }),
    );
    expect(
      await within(repair).findByText(/Added 2 lessons for monitoring and drift response to week 1/),
    ).toBeInTheDocument();
    expect(repairTasks(store)).toHaveLength(2);
    clock.now += 3_600_000;
    for (const task of repairTasks(store)) await store.getState().setTicked(task.id, true);
    expect(
      await screen.findByText('Monitoring and drift response repaired: confirm with one light mixed set.'),
    ).toBeInTheDocument();

    await store.getState().setTicked(repairTasks(store)[0]!.id, false);
    expect(await screen.findByText(/A lane is still collapsing: monitoring/)).toBeInTheDocument();
    await store.getState().setTicked(repairTasks(store)[0]!.id, true);
    expect(await screen.findByText(/monitoring and drift response repaired/i)).toBeInTheDocument();

    // The light set collapses in the same lane again: the lessons ticked before it no longer count, and the
    // miss log offers them again rather than calling them "already in this week's plan".
    clock.now += 3_600_000;
    await collapsingSet(store, '2026-11-02');
    expect(await screen.findByText(/A lane is still collapsing: monitoring/)).toBeInTheDocument();
    expect(screen.getByText(/Repair lessons still to tick: 2\.5 .* and 3\.1 /)).toBeInTheDocument();
    await user.click(
      within(repair).getByRole('button', { name: /Add these lessons to this week\s*for monitoring/ }),
    );
    await waitFor(() => expect(repairTasks(store)).toHaveLength(4));
    clock.now += 3_600_000;
    for (const task of repairTasks(store)) await store.getState().setTicked(task.id, true);
    expect(await screen.findByText(/monitoring and drift response repaired/i)).toBeInTheDocument();
  });

  it('says the lessons were added only once they are stored, and says so when the disk refuses them', async () => {
    const user = userEvent.setup();
    const now = Date.parse('2026-11-01T10:00:00');
    const db = new StudyDatabase(`test-${crypto.randomUUID()}`);
    const disk = { writes: false, reads: false };
    db.use(fullDisk(disk));
    const { store, hydrate } = createAppStore({ db, now: () => now });
    await hydrate();
    render(
      <AppStoreContext value={store}>
        <MemoryRouter initialEntries={['/misses']}>
          <MissesView />
        </MemoryRouter>
      </AppStoreContext>,
    );
    await collapsingSet(store, '2026-11-01');
    disk.writes = true;
    const repair = await screen.findByRole('region', { name: 'Repair: your weakest lanes now' });
    await user.click(
      within(repair).getByRole('button', { name: /Add these lessons to this week\s*for monitoring/ }),
    );
    expect(
      await within(repair).findByText(/Only 0 of 2 lessons for monitoring and drift response could be added/),
    ).toHaveTextContent(/out of storage space/);
    expect(within(repair).queryByText(/Added 2 lessons/)).not.toBeInTheDocument();
    expect(repairTasks(store)).toHaveLength(0);
  });
});
