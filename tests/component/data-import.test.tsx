import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, expect, it } from 'vitest';
import { StudyDatabase } from '../../src/db/database';
import { backupSchemaVersion, createBackup } from '../../src/domain/backup-format';
import { formatDateTime } from '../../src/domain/dates';
import { Component as DataRoute } from '../../src/features/data/data-route';
import { createAppStore } from '../../src/store/app-store';
import { AppStoreContext } from '../../src/store/use-app-store';
import { hasUnsavedText } from '../../src/platform/unsaved-text';
import { sampleBackupData } from '../backup-sample';

let db: StudyDatabase;
afterEach(() => db.delete());

async function renderData() {
  db = new StudyDatabase(`test-${crypto.randomUUID()}`);
  const handle = createAppStore({ db, now: () => 1_000 });
  await handle.hydrate();
  render(
    <AppStoreContext value={handle.store}>
      <MemoryRouter>
        <DataRoute />
      </MemoryRouter>
    </AppStoreContext>,
  );
  return handle.store;
}

const jsonFile = (content: string, name = 'backup.json') =>
  new File([content], name, { type: 'application/json' });

it('refuses a bad file next to the field and changes nothing', async () => {
  const store = await renderData();
  store.getState().setTicked('sparkml-pipelines', true);
  await userEvent.upload(screen.getByLabelText('Backup file'), jsonFile('{"format": "other"}'));
  expect(await screen.findByRole('alert')).toHaveTextContent(
    /not an ML-PRO Study Tracker backup.*Nothing was changed/,
  );
  expect(screen.getByLabelText('Backup file')).toHaveAttribute('aria-invalid', 'true');
  expect(screen.queryByRole('region', { name: 'Confirm import' })).not.toBeInTheDocument();
  expect(Object.keys(store.getState().ticks)).toEqual(['sparkml-pipelines']);
});

const goodBackup = () => createBackup(sampleBackupData(), '0.1.0', 1_000);
const spoiled = (spoil: (file: ReturnType<typeof goodBackup>) => unknown) => {
  const file = goodBackup();
  spoil(file);
  return JSON.stringify(file);
};

it.each([
  ['wrong JSON', '{"format": ', /not valid JSON/],
  [
    'a wrong format key',
    spoiled((f) => Object.assign(f, { format: 'ml-pro-study-tracker-v0' })),
    /not an ML-PRO/,
  ],
  [
    'a future version',
    spoiled((f) => Object.assign(f, { schemaVersion: backupSchemaVersion + 1 })),
    /newer version of the app/,
  ],
  [
    'a row of the wrong type',
    spoiled((f) => Object.assign(f.data.sets[0]!, { questions: '20' })),
    /expected number/,
  ],
  [
    'a huge string',
    spoiled((f) => Object.assign(f.data.misses[0]!, { rule: 'x'.repeat(1_000_000) })),
    /at most 200/,
  ],
  ['duplicate ids', spoiled((f) => f.data.misses.push(f.data.misses[0]!)), /appears twice/],
  [
    'a __proto__ key',
    spoiled((f) => f).replace('"misses":[{', '"misses":[{"__proto__":{"polluted":true},'),
    /forbidden key \("__proto__"\)/,
  ],
])('refuses %s with a clear message, and nothing stored or shown changes', async (_, text, message) => {
  const store = await renderData();
  store.getState().setTicked('sparkml-pipelines', true);
  await store.getState().saveStudyLog({ date: '2026-11-20', minutes: '30', what: 'Docs' }, '2026-11-26');
  const before = await db.studyLogs.toArray();
  await userEvent.upload(screen.getByLabelText('Backup file'), jsonFile(text));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent(message);
  expect(alert).toHaveTextContent(/Nothing was changed\.$/);
  expect(screen.queryByRole('region', { name: 'Confirm import' })).not.toBeInTheDocument();
  expect(Object.keys(store.getState().ticks)).toEqual(['sparkml-pipelines']);
  expect(await db.ticks.count()).toBe(1);
  expect(await db.studyLogs.toArray()).toEqual(before);
  expect(await db.misses.count()).toBe(0);
  expect('polluted' in Object.prototype).toBe(false);
});

it('shows what a good file replaces, and replaces only after confirming', async () => {
  const store = await renderData();
  store.getState().setTicked('not-in-backup', true);
  const backup = createBackup(sampleBackupData(), '0.1.0', Date.UTC(2026, 10, 26));
  await userEvent.upload(screen.getByLabelText('Backup file'), jsonFile(JSON.stringify(backup)));

  const confirm = await screen.findByRole('region', { name: 'Confirm import' });
  // Dated like every other date in the app ("Thu Nov 26"), with the time, which tells two backups apart.
  expect(confirm).toHaveTextContent(
    `It was exported on ${formatDateTime(Date.UTC(2026, 10, 26))}. What you have now is deleted.`,
  );
  expect(confirm).toHaveTextContent(/exported on Thu Nov 26, \d\d:\d\d\./);
  const row = (name: string) =>
    within(within(confirm).getByRole('rowheader', { name }).closest('tr')!).getAllByRole('cell');
  expect(row('Ticked tasks').map((cell) => cell.textContent)).toEqual(['1', '2']);
  expect(row('Misses').map((cell) => cell.textContent)).toEqual(['0', '2']);
  expect(hasUnsavedText()).toBe(true);
  expect(store.getState().ticks['not-in-backup']).toBeDefined();

  await userEvent.click(within(confirm).getByRole('button', { name: 'Replace my data with this backup' }));
  expect(await screen.findByText(/Backup imported from backup.json/)).toBeInTheDocument();
  expect(Object.keys(store.getState().ticks).sort()).toEqual(['last-7:day-7', 'sparkml-pipelines']);
  expect(Object.keys(store.getState().misses)).toHaveLength(2);
  expect(hasUnsavedText()).toBe(false);
});

it('says how many rules of an older backup are joined into one sentence, before and after importing', async () => {
  const store = await renderData();
  const backup = { ...createBackup(sampleBackupData(), '0.1.0', Date.UTC(2026, 10, 26)), schemaVersion: 2 };
  backup.data.misses = backup.data.misses.map((miss) => ({ ...miss, rule: `${miss.rule}\nSecond line` }));
  await userEvent.upload(screen.getByLabelText('Backup file'), jsonFile(JSON.stringify(backup)));
  const confirm = await screen.findByRole('region', { name: 'Confirm import' });
  expect(confirm).toHaveTextContent(
    '2 rules in this backup are on several lines or in several sentences; each is joined into one sentence, every word kept.',
  );
  await userEvent.click(within(confirm).getByRole('button', { name: 'Replace my data with this backup' }));
  expect(await screen.findByText(/Backup imported from backup.json/)).toHaveTextContent(
    'Backup imported from backup.json. Your data now matches the file, with 2 rules joined into one sentence each.',
  );
  expect(
    Object.values(store.getState().misses)
      .map((miss) => miss.rule)
      .sort(),
  ).toEqual([
    '=SUM(A1) "quoted", with commas; and a newline; Second line',
    'Roll back before you retrain; Second line',
  ]);
});

it('cancel leaves everything as it was', async () => {
  const store = await renderData();
  const backup = createBackup(sampleBackupData(), '0.1.0', Date.UTC(2026, 10, 26));
  await userEvent.upload(screen.getByLabelText('Backup file'), jsonFile(JSON.stringify(backup)));
  await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
  expect(screen.queryByRole('region', { name: 'Confirm import' })).not.toBeInTheDocument();
  expect(store.getState().misses).toEqual({});
});
