/**
 * A bad field or a full disk gets a clear message, changes nothing stored, and keeps every typed character
 * on screen so the learner can fix it or retry.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, expect, it } from 'vitest';
import { StudyDatabase } from '../../src/db/database';
import { localIsoDate } from '../../src/domain/dates';
import { emptyMissDraft } from '../../src/domain/miss-validation';
import { Component as DataView } from '../../src/features/data/data-route';
import { Component as MissesView } from '../../src/features/misses/misses-route';
import { Component as PlanView } from '../../src/features/plan/plan-route';
import { Component as ReviewView } from '../../src/features/review/review-route';
import { createAppStore } from '../../src/store/app-store';
import { AppStoreContext } from '../../src/store/use-app-store';
import { StudyLogCard } from '../../src/widgets/study-log-card';
import { fullDisk } from '../support/full-disk';

afterEach(() => sessionStorage.clear());

/** Renders `ui` on a fresh database whose writes fail with QuotaExceededError while `disk.full` is set. */
async function renderOnDisk(ui: ReactNode, path = '/', now = () => Date.now()) {
  const db = new StudyDatabase(`test-${crypto.randomUUID()}`);
  const disk = { writes: false, reads: false };
  db.use(fullDisk(disk));
  const handle = createAppStore({ db, now });
  await handle.hydrate();
  render(
    <AppStoreContext value={handle.store}>
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </AppStoreContext>,
  );
  return { db, disk, store: handle.store, idle: handle.idle };
}

const logCard = () => within(screen.getByRole('region', { name: 'Log study time' }));

it('study time logged on a full disk stays typed with the reason, is not stored, and a retry stores it', async () => {
  const user = userEvent.setup();
  const { db, disk, store } = await renderOnDisk(<StudyLogCard />);
  disk.writes = true;
  await user.type(logCard().getByLabelText('Minutes'), '40');
  await user.type(logCard().getByLabelText('What you studied'), 'Docs on serving{Enter}');
  expect(await logCard().findByText(/out of storage space/)).toBeInTheDocument();
  expect(logCard().getByLabelText('Minutes')).toHaveValue(40);
  expect(logCard().getByLabelText('What you studied')).toHaveValue('Docs on serving');
  expect(store.getState().studyLogs).toEqual({});
  expect(await db.studyLogs.count()).toBe(0);

  disk.writes = false;
  await user.click(logCard().getByRole('button', { name: 'Log study time' }));
  expect(await logCard().findByText(/Logged 40 min on/)).toBeInTheDocument();
  expect(logCard().getByLabelText('What you studied')).toHaveValue('');
  expect(await db.studyLogs.count()).toBe(1);
});

it('refuses negative, too many or fractional minutes and a future date, keeping what was typed', async () => {
  const user = userEvent.setup();
  const { db, store } = await renderOnDisk(<StudyLogCard />);
  const minutes = logCard().getByLabelText('Minutes');
  for (const typed of ['-5', '721', '1.5']) {
    await user.clear(minutes);
    await user.type(minutes, typed);
    await user.type(logCard().getByLabelText('What you studied'), 'x');
    await user.click(logCard().getByRole('button', { name: 'Log study time' }));
    expect(await logCard().findByText('Enter whole minutes from 1 to 720.')).toBeInTheDocument();
    expect(minutes).toHaveValue(Number(typed));
  }
  const date = logCard().getByLabelText('Date');
  await user.clear(date);
  await user.type(date, '2099-01-01');
  await user.click(logCard().getByRole('button', { name: 'Log study time' }));
  expect(await logCard().findByText('Enter today or an earlier date.')).toBeInTheDocument();
  expect(date).toHaveValue('2099-01-01');
  expect(logCard().getByLabelText('What you studied')).toHaveValue('xxx');
  expect(store.getState().studyLogs).toEqual({});
  expect(await db.studyLogs.count()).toBe(0);
});

it('a set with more correct than questions, or a set saved on a full disk, is refused and stays typed', async () => {
  const user = userEvent.setup();
  const { db, disk, store } = await renderOnDisk(<MissesView />, '/misses');
  const form = within(screen.getByRole('form', { name: '1. Record a mixed set' }));
  await user.type(form.getByLabelText('Questions'), '10');
  await user.type(form.getByLabelText('Correct'), '12{Enter}');
  expect(
    await form.findByText('You cannot get more right than the 10 questions in the set.'),
  ).toBeInTheDocument();
  expect(form.getByLabelText('Correct')).toHaveValue('12');

  await user.clear(form.getByLabelText('Correct'));
  await user.type(form.getByLabelText('Correct'), '7');
  disk.writes = true;
  await user.click(form.getByRole('button', { name: 'Save set' }));
  expect(await form.findByText(/out of storage space/)).toBeInTheDocument();
  expect(form.getByLabelText('Questions')).toHaveValue('10');
  expect(form.getByLabelText('Correct')).toHaveValue('7');
  expect(store.getState().sets).toEqual({});
  expect(await db.sets.count()).toBe(0);

  disk.writes = false;
  await user.click(form.getByRole('button', { name: 'Save set' }));
  await waitFor(() => expect(form.getByLabelText('Questions')).toHaveValue(''));
  expect(await db.sets.count()).toBe(1);
});

it('a set-up choice made on a full disk says why and shows what is stored', async () => {
  const user = userEvent.setup();
  const { db, disk } = await renderOnDisk(<PlanView />, '/plan');
  disk.writes = true;
  await user.click(screen.getByRole('radio', { name: /6-8 hrs\/week/ }));
  expect(await screen.findByText(/out of storage space/)).toBeInTheDocument();
  await waitFor(() => expect(screen.getByRole('radio', { name: /6-8 hrs\/week/ })).not.toBeChecked());
  expect(await db.settings.count()).toBe(0);

  disk.writes = false;
  await user.click(screen.getByRole('radio', { name: /6-8 hrs\/week/ }));
  await waitFor(() => expect(screen.queryByText(/out of storage space/)).not.toBeInTheDocument());
  expect(screen.getByRole('radio', { name: /6-8 hrs\/week/ })).toBeChecked();
  expect(await db.settings.count()).toBe(1);
});

it('a grade given on a full disk is undone with a message, the rule stays due, and grading again stores it', async () => {
  const user = userEvent.setup();
  const tenDaysAgo = Date.now() - 10 * 86_400_000;
  const { db, disk, store } = await renderOnDisk(<ReviewView />, '/review', () => tenDaysAgo);
  const set = await store
    .getState()
    .saveSet({ date: localIsoDate(tenDaysAgo), label: 'Set 7', questions: '10', correct: '7' });
  if (!set.ok) throw new Error('set should save');
  const miss = await store.getState().saveMiss({
    ...emptyMissDraft(set.id),
    domain: 'deployment',
    failureMode: 'unsafe-rollout',
    rule: 'Canary first.',
  });
  if (!miss.ok) throw new Error('miss should save');
  const card = () => screen.findByRole('region', { name: 'Recall the rule you should have used' });

  disk.writes = true;
  await card();
  await user.keyboard(' ');
  await user.keyboard('3');
  expect(await screen.findByText('That grade could not be saved; it has been undone.')).toBeInTheDocument();
  expect(within(await card()).queryByText('Canary first.')).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Undo last grade' })).toBeDisabled();
  expect(store.getState().reviewLogs).toEqual({});
  expect(await db.reviewLogs.count()).toBe(0);

  disk.writes = false;
  await user.keyboard(' ');
  await user.keyboard('3');
  expect(await screen.findByRole('heading', { name: 'Done for today' })).toBeInTheDocument();
  expect(await db.reviewLogs.count()).toBe(1);
});

const wholeTime = (saved: string) =>
  `Enter the whole time, such as 19:00. Your saved time, ${saved}, is kept.`;

it('a half-typed session reminder time is not saved over the stored one, and says so', async () => {
  const user = userEvent.setup();
  const { db, store, idle } = await renderOnDisk(<DataView />, '/data');
  await user.click(screen.getByRole('checkbox', { name: /My study sessions/ }));
  const time = screen.getByLabelText('Session start time');
  expect(time).toHaveValue('19:00');
  // A browser reports "" while a segment of the time is cleared or half typed.
  await user.clear(time);
  await user.tab();
  expect(time).toHaveAccessibleDescription(wholeTime('19:00'));
  expect(store.getState().preferences.calendarReminders?.sessionTime).toBe('19:00');
  await idle();
  const stored = await db.settings.get('preferences');
  expect(stored?.value).toMatchObject({ calendarReminders: { sessionTime: '19:00' } });

  await user.type(time, '07:30');
  await waitFor(() => expect(store.getState().preferences.calendarReminders?.sessionTime).toBe('07:30'));
  expect(time).not.toHaveAccessibleDescription();
});

it('a half-typed exam time is not saved, says so, and a whole one is', async () => {
  const user = userEvent.setup();
  const { db, store, idle } = await renderOnDisk(<PlanView />, '/plan');
  const time = screen.getByLabelText('Exam time');
  const saved = store.getState().setup.examTime;
  await user.clear(time);
  await user.tab();
  expect(time).toHaveAccessibleDescription(`The final 72 hours count back from it. ${wholeTime(saved)}`);
  expect(time).toHaveValue('');
  expect(store.getState().setup.examTime).toBe(saved);

  await user.type(time, '13:45');
  await waitFor(() => expect(store.getState().setup.examTime).toBe('13:45'));
  expect(time).toHaveAccessibleDescription('The final 72 hours count back from it.');
  // The test ends only once the writes it started have settled, so no save resolves after the page is gone.
  await idle();
  expect((await db.settings.get('setup'))?.value).toMatchObject({ examTime: '13:45' });
});
