/**
 * Rows the first release let in (a set-up start in year 9999, a miss created at 8.64e15, a set dated 9999)
 * crashed /, /plan, /misses and /review and made every backup refuse to import. A database of that release is
 * upgraded in place (fake-indexeddb), then every view renders from it and its export imports.
 */
import { render, screen } from '@testing-library/react';
import type { ComponentType } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, expect, it } from 'vitest';
import { readAllRows } from '../../src/db/backup-repository';
import { StudyDatabase } from '../../src/db/database';
import { createBackup } from '../../src/domain/backup-format';
import { parseBackup } from '../../src/domain/backup-schema';
import { viewHeadings } from '../../src/domain/view-headings';
import { Component as MissesView } from '../../src/features/misses/misses-route';
import { Component as PlanView } from '../../src/features/plan/plan-route';
import { Component as ReviewView } from '../../src/features/review/review-route';
import { Component as TodayView } from '../../src/features/today/today-route';
import { createAppStore, type AppStoreHandle } from '../../src/store/app-store';
import { AppStoreContext } from '../../src/store/use-app-store';
import { sampleBackupData } from '../backup-sample';
import { openReleasedDatabase } from '../support/released-database';

let db: StudyDatabase | null = null;
let handle: AppStoreHandle | null = null;
afterEach(async () => {
  handle?.dispose();
  await db?.delete();
  db = handle = null;
});

/** The first release's database holding the rows it let in, closed as a browser would leave it. */
async function firstReleaseDatabase(name: string) {
  const { settings, ticks, extraTasks, signals, sessions, sets, misses } = sampleBackupData();
  const data = {
    settings: settings.filter((row) => row.key === 'setup' || row.key === 'preferences'),
    ticks,
    extraTasks,
    signals,
    sessions,
    sets,
    misses,
  };
  const setup = data.settings.find((row) => row.key === 'setup')!;
  if (setup.key === 'setup') setup.value = { ...setup.value, startDate: '9999-01-04' };
  data.misses[0] = { ...data.misses[0]!, createdAt: 8.64e15 };
  data.sets[0] = { ...data.sets[0]!, date: '9999-12-01' };
  const released = openReleasedDatabase(name, 2);
  await released.transaction('rw', released.tables, async () => {
    for (const table of released.tables) await table.bulkAdd(data[table.name as keyof typeof data]);
  });
  released.close();
  return data;
}

it('the upgrade mends what the first release let in: each field, nothing else', async () => {
  const name = `test-${crypto.randomUUID()}`;
  const data = await firstReleaseDatabase(name);
  db = new StudyDatabase(name);
  await db.open();
  const stored = await readAllRows(db);
  const storedSetup = stored.settings.find((row) => row.key === 'setup');
  expect(storedSetup?.key === 'setup' && storedSetup.value.startDate).toBeNull();
  const miss = stored.misses.find((row) => row.id === data.misses[0]!.id)!;
  expect(miss.createdAt).toBeLessThanOrEqual(Date.now());
  expect(miss.rule).toBe(data.misses[0]!.rule);
  // A set's day is required: it becomes the day the set was recorded.
  const set = stored.sets.find((row) => row.id === data.sets[0]!.id)!;
  expect(set.date).not.toBe('9999-12-01');
  // Rows that were fine are stored exactly as they were.
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  expect(byId(stored.ticks)).toEqual(byId(data.ticks));
  expect(byId(stored.sessions)).toEqual(byId(data.sessions));

  const parsed = parseBackup(JSON.stringify(createBackup(stored, '0.2.0', Date.now())));
  expect(parsed.ok ? 'imports' : parsed.message).toBe('imports');
});

const views: [string, ComponentType, string][] = [
  ['/', TodayView, viewHeadings.today.title],
  ['/plan', PlanView, viewHeadings.plan.title],
  ['/misses', MissesView, viewHeadings.misses.title],
  ['/review', ReviewView, viewHeadings.review.title],
];

it.each(views)('%s renders from the upgraded first-release database', async (path, View, title) => {
  const name = `test-${crypto.randomUUID()}`;
  await firstReleaseDatabase(name);
  db = new StudyDatabase(name);
  handle = createAppStore({ db, now: () => Date.now() });
  await handle.hydrate();
  render(
    <AppStoreContext value={handle.store}>
      <MemoryRouter initialEntries={[path]}>
        <View />
      </MemoryRouter>
    </AppStoreContext>,
  );
  expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
});
