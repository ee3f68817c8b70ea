import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { localInstant } from '../../src/domain/dates';
import { CalendarExports } from '../../src/features/data/calendar-exports';
import { Component as ProgressRoute } from '../../src/features/progress/progress-route';
import { AppStoreContext } from '../../src/store/use-app-store';
import { endedSession } from '../support/ended-session';
import { renderWithStore } from '../support/render-with-store';

afterEach(() => vi.restoreAllMocks());

it('shows the study calendar and the weeks as tables a screen reader can read', async () => {
  vi.spyOn(Date, 'now').mockReturnValue(localInstant('2026-11-26', '20:00'));
  const { store } = await renderWithStore(<ProgressRoute />, { path: '/progress' });
  store.getState().updateSetup({ hoursBand: '6-8', startDate: '2026-11-16', examDate: '2026-12-31' });
  // Two sessions in week 1, a 90-minute one in week 2 (today is its fourth day).
  store.setState({
    sessions: Object.fromEntries(
      [endedSession('2026-11-17', 60), endedSession('2026-11-19', 45), endedSession('2026-11-24', 90)].map(
        (s) => [s.id, s],
      ),
    ),
  });

  expect(
    await screen.findByRole('img', {
      name: /^Study calendar from Monday, November 16, 2026 to Thursday, December 31/,
    }),
  ).toHaveAccessibleName(/3 study days of 11 days so far, 3 h 15 min/);
  const weeks = screen.getByRole('table', { name: 'Hours and study days per week' });
  const week1 = within(weeks).getByRole('row', { name: /^Week 1 / });
  expect(week1).toHaveTextContent('2 of 7');
  expect(week1).toHaveTextContent('1 h 45 min');
  expect(week1).toHaveTextContent('below the promise');
  const week2 = within(weeks).getByRole('row', { name: /^Week 2 / });
  expect(week2).toHaveTextContent('1 of 4');
  expect(week2).toHaveTextContent('in progress');
  expect(within(weeks).getByRole('row', { name: /^Week 3 / })).toHaveTextContent('to come');
  // Past the 6-week route, Dec 28-31 are the end of the last 7 days and the exam: named so, not "Week 7".
  expect(within(weeks).queryByRole('row', { name: /Week 7/ })).not.toBeInTheDocument();
  expect(
    within(weeks).getByRole('row', { name: /^The last 7 days and the exam day Mon Dec 28 – Thu Dec 31/ }),
  ).toBeInTheDocument();

  await userEvent.click(screen.getByText('Every day as a table'));
  const daysTable = screen.getByRole('table', { name: 'Study per day' });
  expect(within(daysTable).getByRole('row', { name: /Tue Nov 24/ })).toHaveTextContent('1 h 30 min');
  expect(within(daysTable).getByRole('row', { name: /Thu Nov 26 \(today\)/ })).toBeInTheDocument();
  expect(within(daysTable).getByRole('row', { name: /Thu Dec 31 \(exam\)/ })).toBeInTheDocument();
});

it('refuses a session reminder without a day, says why, and writes no file', async () => {
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  const { store } = await renderWithStore(<CalendarExports />);
  store.getState().updateSetup({ hoursBand: '6-8', startDate: '2026-11-16', examDate: '2026-12-31' });

  await userEvent.click(await screen.findByRole('checkbox', { name: /My study sessions/ }));
  const days = screen.getByRole('group', { name: 'Session days' });
  for (const box of within(days).getAllByRole('checkbox'))
    if ((box as HTMLInputElement).checked) await userEvent.click(box);
  await userEvent.click(screen.getByRole('button', { name: 'Export plan to calendar (.ics)' }));
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Pick at least one day for your study sessions.',
  );
  expect(click).not.toHaveBeenCalled();

  await userEvent.click(within(days).getByRole('checkbox', { name: 'Wed' }));
  await userEvent.click(screen.getByRole('button', { name: 'Export plan to calendar (.ics)' }));
  expect(await screen.findByRole('status')).toHaveTextContent(/Saved your plan as a calendar file/);
  expect(click).toHaveBeenCalledTimes(1);
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});

it('keeps the reminder choices with the preferences, so the next visit shows them', async () => {
  const user = userEvent.setup();
  const { store, db, idle, unmount } = await renderWithStore(<CalendarExports />);
  await store.getState().updateSetup({ startDate: '2026-11-16', examDate: '2026-12-31' });
  await user.click(screen.getByRole('checkbox', { name: /My study sessions/ }));
  await user.click(
    within(screen.getByRole('group', { name: 'Session days' })).getByRole('checkbox', { name: 'Wed' }),
  );
  await user.click(screen.getByRole('checkbox', { name: /Each of the last 7 days/ }));
  await idle();
  const expected = { sessions: true, sessionDays: ['MO', 'TU', 'TH', 'SA', 'WE'], lastSevenDays: false };
  expect((await db.settings.get('preferences'))?.value).toMatchObject({ calendarReminders: expected });

  unmount();
  render(
    <AppStoreContext value={store}>
      <CalendarExports />
    </AppStoreContext>,
  );
  expect(screen.getByRole('checkbox', { name: /My study sessions/ })).toBeChecked();
  expect(screen.getByRole('checkbox', { name: 'Wed' })).toBeChecked();
  expect(screen.getByRole('checkbox', { name: /Each of the last 7 days/ })).not.toBeChecked();
});
