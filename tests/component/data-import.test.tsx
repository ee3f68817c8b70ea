import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, expect, it } from 'vitest';
import { StudyDatabase } from '../../src/db/database';
import { createBackup } from '../../src/domain/backup-format';
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

it('shows what a good file replaces, and replaces only after confirming', async () => {
  const store = await renderData();
  store.getState().setTicked('not-in-backup', true);
  const backup = createBackup(sampleBackupData(), '0.1.0', Date.UTC(2026, 10, 26));
  await userEvent.upload(screen.getByLabelText('Backup file'), jsonFile(JSON.stringify(backup)));

  const confirm = await screen.findByRole('region', { name: 'Confirm import' });
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

it('cancel leaves everything as it was', async () => {
  const store = await renderData();
  const backup = createBackup(sampleBackupData(), '0.1.0', Date.UTC(2026, 10, 26));
  await userEvent.upload(screen.getByLabelText('Backup file'), jsonFile(JSON.stringify(backup)));
  await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
  expect(screen.queryByRole('region', { name: 'Confirm import' })).not.toBeInTheDocument();
  expect(store.getState().misses).toEqual({});
});
