import { afterEach, expect, test, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('../../src/platform/read-backup-file');
  vi.resetModules();
});

test('a chosen backup is read by the reader, loaded only then', async () => {
  const { readChosenBackup } = await import('../../src/platform/read-chosen-backup');
  const result = await readChosenBackup(new File(['not json'], 'backup.json'));
  expect(result).toMatchObject({ ok: false });
  expect(result.ok ? '' : result.message).not.toMatch(/could not load/);
});

test('when the reader cannot load (an update removed its file), the learner is told what to do', async () => {
  vi.doMock('../../src/platform/read-backup-file', () => {
    throw new Error('Failed to fetch dynamically imported module');
  });
  const { readChosenBackup } = await import('../../src/platform/read-chosen-backup');
  expect(await readChosenBackup(new File(['{}'], 'backup.json'))).toEqual({
    ok: false,
    message:
      'The app could not load the part that reads backups. Reload the page, then choose the file again.',
  });
});
