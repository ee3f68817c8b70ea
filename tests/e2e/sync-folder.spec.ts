import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { MissRecord } from '../../src/domain/records';
import { expect, test } from './fixtures';
import { scaled } from './time-scale';
import { dumpDatabase, storedRows } from './stored-rows';
import { openDevice, restoreBackup, sharedBackup } from './sync-device';

/**
 * The sync folder with two contexts as two devices. The OS folder picker cannot be driven, so the picker hands
 * out a folder of the origin-private file system instead, and the test plays the cloud drive: it copies each
 * device's files into the other's folder. Access to the folder is the browser's own unless the test takes it
 * away (localStorage 'e2e-folder-access' = 'prompt', as after a restart); asking again gives it back.
 */
function standInFolder() {
  const picker = async () =>
    (await navigator.storage.getDirectory()).getDirectoryHandle('cloud', { create: true });
  Object.assign(window, { showDirectoryPicker: picker });
  const handle = FileSystemHandle.prototype as unknown as Record<string, unknown>;
  const query = handle.queryPermission as (this: FileSystemHandle, options: object) => Promise<string>;
  handle.queryPermission = function (this: FileSystemHandle, options: object) {
    return localStorage.getItem('e2e-folder-access') ?? query.call(this, options);
  };
  handle.requestPermission = async () => {
    localStorage.removeItem('e2e-folder-access');
    return 'granted';
  };
}

type FolderFile = { name: string; lastModified: number; bytes: number[] };

const folderFiles = (page: Page) =>
  page.evaluate(async () => {
    const folder = await (
      await navigator.storage.getDirectory()
    ).getDirectoryHandle('cloud', { create: true });
    const files: FolderFile[] = [];
    for await (const entry of (
      folder as unknown as { values(): AsyncIterable<FileSystemFileHandle> }
    ).values()) {
      const file = await entry.getFile();
      files.push({
        name: file.name,
        lastModified: file.lastModified,
        bytes: [...new Uint8Array(await file.arrayBuffer())],
      });
    }
    return files;
  });

const writeFolderFile = (page: Page, name: string, bytes: number[]) =>
  page.evaluate(
    async ([name, bytes]) => {
      const folder = await (
        await navigator.storage.getDirectory()
      ).getDirectoryHandle('cloud', { create: true });
      const writable = await (await folder.getFileHandle(name, { create: true })).createWritable();
      await writable.write(new Uint8Array(bytes));
      await writable.close();
    },
    [name, bytes] as const,
  );

/** The cloud drive: every file newer on one device than on the other arrives there, as the drive would copy it. */
async function driveCopies(from: Page, to: Page) {
  const there = new Map((await folderFiles(to)).map((file) => [file.name, file]));
  for (const file of await folderFiles(from)) {
    const theirs = there.get(file.name);
    if (!theirs || theirs.lastModified < file.lastModified) await writeFolderFile(to, file.name, file.bytes);
  }
}

const oneMiss = () =>
  sharedBackup([{ id: 'canary', rule: 'Canary before promoting.', saferAction: 'Watch errors.' }]);

type Device = Awaited<ReturnType<typeof openDevice>>;

/** A laptop and a phone whose folder pickers hand out their own stand-in folder. */
async function twoDevices(browser: Browser) {
  const laptop = await openDevice(browser, 'Laptop', { init: standInFolder, fakeClock: true });
  const phone = await openDevice(browser, 'Phone', { init: standInFolder, fakeClock: true });
  contexts = [laptop.context, phone.context];
  return { laptop, phone };
}

const restore = ({ page }: Device) => restoreBackup(page, oneMiss());

async function chooseFolder({ section }: Device, cameIn: RegExp) {
  await section.getByRole('button', { name: 'Choose a sync folder' }).click();
  await expect(section.getByRole('status')).toHaveText(cameIn);
}

async function syncNow({ section }: Device, said: string) {
  await section.getByRole('button', { name: 'Sync with the folder now' }).click();
  await expect(section.getByRole('status')).toHaveText(said);
}

async function editMiss(page: Page, field: string, value: string) {
  await page.goto('/misses');
  await page.getByRole('button', { name: /^Edit: / }).click();
  const editor = page.getByRole('form', { name: 'Edit miss' });
  await editor.getByLabel(field).fill(value);
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(editor).toHaveCount(0);
}

const misses = (page: Page) => storedRows<MissRecord>(page, 'misses');
/** Every study table, not sync's own rows (a run records when it ran). */
async function studyTables(page: Page) {
  const dump = JSON.parse(await dumpDatabase(page)) as Record<string, unknown>;
  delete dump.syncState;
  return JSON.stringify(dump);
}

test.describe.configure({ timeout: scaled(120_000) });

let contexts: BrowserContext[] = [];
test.afterEach(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  contexts = [];
});

test('two devices sync through a folder: each writes its own file, merges the other’s on open and on focus, and both edits hold', async ({
  browser,
}) => {
  const { laptop, phone } = await twoDevices(browser);
  await restore(laptop);
  await chooseFolder(laptop, /^Synced with the folder “cloud”: nothing new\.$/);
  const written = await folderFiles(laptop.page);
  expect(written.map((file) => file.name)).toEqual([
    expect.stringMatching(/^ml-pro-sync-[0-9a-f]{24}\.mlsync$/),
  ]);

  await driveCopies(laptop.page, phone.page);
  await chooseFolder(phone, /^Synced with the folder “cloud”: Laptop: \d+ new\.$/);
  await expect(phone.section.getByRole('table', { name: 'What came in from Laptop' })).toContainText(
    'Misses',
  );
  expect((await folderFiles(phone.page)).map((file) => file.name)).toHaveLength(2);

  await editMiss(laptop.page, 'The one sentence rule you should have used', 'Canary first, then promote.');
  await editMiss(phone.page, 'Safer-action rule (optional)', 'Roll back at the first alert.');
  // Opening the app writes each device's file; the drive copies the phone's to the laptop.
  await phone.page.goto('/data');
  await expect(phone.section.getByRole('status')).toHaveText('Synced with the folder “cloud”: nothing new.');
  await laptop.page.goto('/data');
  await expect(laptop.section.getByRole('status')).toHaveText('Synced with the folder “cloud”: nothing new.');
  await driveCopies(phone.page, laptop.page);

  // Back to the laptop's window: the focus merges what arrived.
  await laptop.page.clock.fastForward(20_000);
  await laptop.page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(laptop.section.getByRole('status')).toHaveText(
    'Synced with the folder “cloud”: Phone: 1 changed.',
  );
  await expect(
    laptop.section.getByText(/^Last synced with the folder: .*, Phone: 1 changed\.$/),
  ).toBeVisible();
  await driveCopies(laptop.page, phone.page);
  await phone.page.reload();
  await expect(phone.section.getByRole('status')).toContainText(
    /Synced with the folder “cloud”: Laptop: \d+ changed/,
  );

  for (const { page } of [laptop, phone]) {
    expect(await misses(page)).toEqual([
      expect.objectContaining({
        rule: 'Canary first, then promote.',
        saferAction: 'Roll back at the first alert.',
      }),
    ]);
  }
});

test('access lost after a restart is asked back with one button, and nothing is read until it is given', async ({
  browser,
}) => {
  const { laptop, phone } = await twoDevices(browser);
  await restore(phone);
  await chooseFolder(phone, /^Synced with the folder “cloud”: nothing new\.$/);
  await driveCopies(phone.page, laptop.page);
  await chooseFolder(laptop, /^Synced with the folder “cloud”: Phone: \d+ new\.$/);
  await editMiss(phone.page, 'Safer-action rule (optional)', 'Roll back at the first alert.');
  await phone.page.goto('/data');
  await expect(phone.section.getByRole('status')).toHaveText('Synced with the folder “cloud”: nothing new.');
  await driveCopies(phone.page, laptop.page);

  await laptop.page.evaluate(() => localStorage.setItem('e2e-folder-access', 'prompt'));
  await laptop.page.reload();
  const allow = laptop.section.getByRole('button', { name: 'Allow access to cloud again' });
  await expect(allow).toBeVisible();
  await expect(laptop.section.getByRole('button', { name: 'Sync with the folder now' })).toBeDisabled();
  expect((await misses(laptop.page))[0]?.saferAction).toBe('Watch errors.');

  await allow.click();
  await expect(laptop.section.getByRole('status')).toHaveText(
    'Synced with the folder “cloud”: Phone: 1 changed.',
  );
  await expect(allow).toHaveCount(0);
  expect((await misses(laptop.page))[0]?.saferAction).toBe('Roll back at the first alert.');
});

test('reading the folder again merges nothing twice, and a damaged file there says so and changes nothing', async ({
  browser,
}) => {
  const { laptop, phone } = await twoDevices(browser);
  await restore(laptop);
  await chooseFolder(laptop, /^Synced with the folder “cloud”: nothing new\.$/);
  await driveCopies(laptop.page, phone.page);
  await chooseFolder(phone, /^Synced with the folder “cloud”: Laptop: \d+ new\.$/);
  const merged = await studyTables(phone.page);

  // The drive touches the laptop's file again with the same content: it is read, and nothing comes in twice.
  const [file] = await folderFiles(laptop.page);
  await writeFolderFile(phone.page, file!.name, file!.bytes);
  await syncNow(phone, 'Synced with the folder “cloud”: nothing new.');
  expect(await studyTables(phone.page)).toBe(merged);

  const cut = file!.bytes.slice(0, file!.bytes.length - 20);
  await writeFolderFile(phone.page, 'ml-pro-sync-tablet.mlsync', cut);
  await syncNow(
    phone,
    'Synced with the folder “cloud”: nothing new. 1 file could not be merged: ml-pro-sync-tablet.mlsync: This sync file is cut short or damaged, so it cannot be read. Nothing was changed.',
  );
  expect(await studyTables(phone.page)).toBe(merged);
  await expect(
    phone.section.getByText(/^Last synced with the folder: .*ml-pro-sync-tablet\.mlsync/),
  ).toBeVisible();
});
