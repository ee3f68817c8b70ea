import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { expect, it } from 'vitest';
import { localIsoDate } from '../../src/domain/dates';
import { lessonTitle } from '../../src/domain/seed-lookups';
import { Component as MissesView } from '../../src/features/misses/misses-route';
import { createAppStore } from '../../src/store/app-store';
import { AppStoreContext } from '../../src/store/use-app-store';
import { TaskCheckbox } from '../../src/widgets/task-checkbox';
import { collapsingSet } from '../support/collapsing-set';
import { renderWithStore } from '../support/render-with-store';

// The views read the page's clock: the route starts on the real day.
const today = localIsoDate(Date.now());

it('stops asking to add repair lessons once they are added, and after a reload too', async () => {
  const user = userEvent.setup();
  const first = await renderWithStore(<MissesView />, { path: '/misses' });
  await first.store
    .getState()
    .updateSetup({ startingPoint: 'lighter-on-mlops', hoursBand: '6-8', startDate: today });
  await collapsingSet(first.store, today);
  const banner = await screen.findByText(/A lane is still collapsing: monitoring and drift response/);
  const warning = banner.closest('.banner') as HTMLElement;
  expect(within(warning).getByRole('link', { name: 'Add them from the miss log' })).toBeInTheDocument();

  const repair = await screen.findByRole('region', { name: 'Repair: your weakest lanes now' });
  await user.click(
    within(repair).getByRole('button', { name: /Add these lessons to this week\s*for monitoring/ }),
  );
  expect(await within(repair).findByText(/Added 2 lessons/)).toBeInTheDocument();
  expect(await within(warning).findByText(/already in this week’s plan/)).toBeInTheDocument();
  expect(within(warning).queryByRole('link', { name: 'Add them from the miss log' })).not.toBeInTheDocument();
  first.unmount();

  // A reload: a new store hydrated from the same database.
  const handle = createAppStore({ db: first.db });
  await handle.hydrate();
  render(
    <AppStoreContext value={handle.store}>
      <MemoryRouter>
        <MissesView />
      </MemoryRouter>
    </AppStoreContext>,
  );
  const repairAgain = await screen.findByRole('region', { name: 'Repair: your weakest lanes now' });
  expect(within(repairAgain).getByText(/Already in this week's plan/)).toBeInTheDocument();
  expect(screen.getByText(/already in this week’s plan: tick them/)).toBeInTheDocument();
  expect(screen.queryByRole('link', { name: 'Add them from the miss log' })).not.toBeInTheDocument();
});

it('names an added repair task once: its label is the lesson, so the lesson is not listed under it again', async () => {
  await renderWithStore(
    <ul>
      <li>
        <TaskCheckbox id="extra-1" label={`2.5 ${lessonTitle('2.5')}`} lessons={['2.5']} />
      </li>
      <li>
        <TaskCheckbox id="route-task" label="Monitoring drills" lessons={['2.5']} />
      </li>
    </ul>,
  );
  const added = screen.getByRole('checkbox', { name: /^2\.5 Lakehouse Monitoring/ });
  expect(added).not.toHaveAccessibleDescription();
  expect(added.closest('li')!.textContent!.match(/Lakehouse Monitoring/g)).toHaveLength(1);
  // A task named otherwise still lists the lesson it covers.
  expect(screen.getByRole('checkbox', { name: 'Monitoring drills' })).toHaveAccessibleDescription(
    `2.5 ${lessonTitle('2.5')}`,
  );
});
