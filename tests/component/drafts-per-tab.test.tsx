/**
 * Each tab keeps its own drafts in the database (fake-indexeddb here). jsdom has one sessionStorage, so a tab
 * is played by its copy of it: clearing it is a new tab, putting a copy back is going back to that tab.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { draftStorage } from '../../src/db/drafts-repository';
import { connectDrafts } from '../../src/platform/drafts';
import { AppStoreContext } from '../../src/store/use-app-store';
import { StudyLogCard } from '../../src/widgets/study-log-card';
import { renderWithStore } from '../support/render-with-store';

beforeEach(() => sessionStorage.clear());
afterEach(() => {
  connectDrafts(null);
  sessionStorage.clear();
});

const log = () => within(screen.getByRole('region', { name: 'Log study time' }));
const what = () => log().getByLabelText('What you studied');

type Rendered = Awaited<ReturnType<typeof renderWithStore>>;

/** A tab's sessionStorage, kept while another tab is played. */
function leaveTab(): Record<string, string> {
  const kept = { ...sessionStorage } as Record<string, string>;
  cleanup();
  sessionStorage.clear();
  return kept;
}

function openTab(store: Rendered['store'], kept: Record<string, string> = {}) {
  for (const [key, value] of Object.entries(kept)) sessionStorage.setItem(key, value);
  render(
    <AppStoreContext value={store}>
      <MemoryRouter>
        <StudyLogCard />
      </MemoryRouter>
    </AppStoreContext>,
  );
}

async function storedDraftsHolding(db: Rendered['db'], text: string) {
  await waitFor(async () =>
    expect((await db.drafts.toArray()).map((row) => (row.value as { what: string }).what)).toContain(text),
  );
}

it('two tabs typing in one form keep both drafts; a save removes only its own; a new tab offers the one left', async () => {
  const user = userEvent.setup();
  const { store, db } = await renderWithStore(<StudyLogCard />);
  connectDrafts(draftStorage(db));
  cleanup();

  openTab(store);
  await user.type(what(), 'Tab A notes');
  await storedDraftsHolding(db, 'Tab A notes');
  const tabA = leaveTab();

  openTab(store);
  // Tab A counts as gone where Web Locks are missing (jsdom); the offer waits while this tab types its own.
  expect(
    await log().findByRole('group', { name: 'Unsaved study time from another tab' }),
  ).toBeInTheDocument();
  await user.type(log().getByLabelText('Minutes'), '30');
  await user.type(what(), 'Tab B notes');
  expect(log().queryByRole('group', { name: /from another tab/ })).not.toBeInTheDocument();
  await storedDraftsHolding(db, 'Tab B notes');
  await user.click(log().getByRole('button', { name: 'Log study time' }));
  await log().findByText(/Logged 30 min on/);
  await waitFor(async () => expect(await db.drafts.count()).toBe(1));
  leaveTab();

  // Back in tab A (a reload): its own draft, untouched by B's.
  openTab(store, tabA);
  await waitFor(() => expect(what()).toHaveValue('Tab A notes'));
  leaveTab();

  // Tab A closed: a new tab offers what it left; Restore takes it over, so it is offered nowhere else.
  openTab(store);
  const offer = await log().findByRole('group', { name: 'Unsaved study time from another tab' });
  await user.click(within(offer).getByRole('button', { name: 'Restore' }));
  expect(what()).toHaveValue('Tab A notes');
  await waitFor(async () =>
    expect((await db.drafts.toArray()).map((row) => row.id)).toEqual([
      `study-log:new@${sessionStorage.getItem('ml-pro-study-tracker:tab-id')}`,
    ]),
  );
  leaveTab();

  // Discard deletes a left draft for good.
  openTab(store);
  const again = await log().findByRole('group', { name: 'Unsaved study time from another tab' });
  await user.click(within(again).getByRole('button', { name: 'Discard' }));
  expect(what()).toHaveValue('');
  await waitFor(async () => expect(await db.drafts.count()).toBe(0));
});
