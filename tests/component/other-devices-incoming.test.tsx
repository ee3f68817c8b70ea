import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { Component as DataRoute } from '../../src/features/data/data-route';
import { sharedFileCache } from '../../src/platform/incoming-files';
import { nameDevice, saveSyncFile } from '../../src/sync/sync-actions';
import { AppStoreContext } from '../../src/store/use-app-store';
import { storesForTests } from '../support/test-stores';

const now = Date.UTC(2026, 11, 3, 12);
const { freshDb, openStore } = storesForTests(now);

/** A sync file saved by a device named Laptop that ticked one task. */
async function laptopFile() {
  const store = await openStore(freshDb());
  expect((await store.getState().setTicked('sparkml-pipelines', true)).ok).toBe(true);
  const saved = await store.getState().withSyncDatabase(async (db) => {
    await nameDevice(db, 'Laptop');
    return saveSyncFile(db, now);
  });
  return saved!.bytes as Uint8Array<ArrayBuffer>;
}

async function renderData(path = '/data') {
  const store = await openStore(freshDb());
  render(
    <AppStoreContext value={store}>
      <MemoryRouter initialEntries={[path]}>
        <DataRoute />
      </MemoryRouter>
    </AppStoreContext>,
  );
  return store;
}

const section = () => screen.getByRole('region', { name: 'Your other devices' });

beforeEach(() => {
  vi.stubGlobal('launchQueue', undefined);
  vi.stubGlobal('caches', undefined);
});
afterEach(() => vi.unstubAllGlobals());

it('says in one sentence that this browser keeps no sync folder, and keeps the file buttons', async () => {
  await renderData();
  expect(
    await within(section()).findByText(
      /This browser cannot keep a sync folder .* save and merge a sync file instead\./,
    ),
  ).toBeInTheDocument();
  expect(within(section()).queryByRole('button', { name: 'Choose a sync folder' })).not.toBeInTheDocument();
  expect(within(section()).getByRole('button', { name: 'Save a sync file' })).toBeInTheDocument();
});

it('merges a sync file the app was opened with (a double-click, once installed) through the same path', async () => {
  let consumer: ((params: { files: { getFile(): Promise<File> }[] }) => void) | undefined;
  vi.stubGlobal('launchQueue', { setConsumer: (set: typeof consumer) => (consumer = set) });
  const bytes = await laptopFile();
  const store = await renderData();
  await within(section()).findByText('None yet.');
  consumer!({ files: [{ getFile: async () => new File([bytes], 'laptop.mlsync') }] });
  expect(await within(section()).findByRole('status')).toHaveTextContent('Merged the file from Laptop.');
  const table = within(section()).getByRole('table', { name: 'What came in from Laptop' });
  expect(within(table).getByRole('row', { name: 'Ticked tasks 1 0 0' })).toBeInTheDocument();
  expect(Object.keys(store.getState().ticks)).toEqual(['sparkml-pipelines']);
});

it('offers a file shared to the app once, and merges it only when asked', async () => {
  const bytes = await laptopFile();
  const held = new Map<string, Response>();
  const opened: string[] = [];
  vi.stubGlobal('caches', {
    open: async (name: string) => {
      opened.push(name);
      return {
        match: async (key: string) => held.get(key)?.clone(),
        delete: async (key: string) => held.delete(key),
      };
    },
  });
  held.set(
    new URL('shared-file', new URL('/', window.location.href)).href,
    new Response(bytes, { headers: { 'x-file-name': encodeURIComponent('laptop copy.mlsync') } }),
  );
  const store = await renderData('/data?shared=1');
  const offer = await screen.findByRole('region', { name: 'A sync file shared to the app' });
  expect(offer).toHaveTextContent('laptop copy.mlsync was shared to the app');
  expect(opened).toEqual([sharedFileCache]);
  expect(held.size).toBe(0);
  expect(store.getState().ticks).toEqual({});

  await userEvent.click(within(offer).getByRole('button', { name: 'Merge laptop copy.mlsync' }));
  expect(await within(section()).findByRole('status')).toHaveTextContent('Merged the file from Laptop.');
  expect(Object.keys(store.getState().ticks)).toEqual(['sparkml-pipelines']);
  expect(screen.queryByRole('region', { name: 'A sync file shared to the app' })).not.toBeInTheDocument();
});
