import type { StateCreator } from 'zustand';
import { defaultPreferences, type Preferences, type SettingsRecord } from '../domain/records';
import { defaultSetup, validateSetup, type Setup, type SetupErrors } from '../domain/setup';
import type { WriteOutcome } from './persistence';
import type { SliceDeps } from './slice-deps';
import type { Store } from './store-types';

export type SetupOutcome = { ok: true } | { ok: false; errors: SetupErrors; message?: string };

export interface SettingsSlice {
  /** Saves the change when it is valid; otherwise resolves with the field messages and changes nothing. */
  updateSetup(patch: Partial<Setup>): Promise<SetupOutcome>;
  updatePreferences(patch: Partial<Preferences>): Promise<WriteOutcome>;
  /** Remembers that a full backup was exported at `at`, for the backup reminder. */
  recordBackup(at: number): Promise<WriteOutcome>;
}

/**
 * Settings rows hold several fields that different tabs edit (the start date here, the exam time there), so
 * only the changed fields are written, onto the row as stored when the write runs.
 */
export const createSettingsSlice =
  (deps: SliceDeps): StateCreator<Store, [], [], SettingsSlice> =>
  (set, get) => ({
    async updateSetup(patch) {
      const setup = { ...get().setup, ...patch };
      const errors = validateSetup(setup);
      if (Object.keys(errors).length > 0) return { ok: false, errors };
      set({ setup });
      const now = deps.now();
      const outcome = await deps.persistence.write([
        {
          table: 'settings',
          update: [
            {
              key: 'setup',
              apply: (stored): SettingsRecord => ({
                key: 'setup',
                value: { ...defaultSetup, ...(stored as { value?: Setup } | undefined)?.value, ...patch },
                updatedAt: now,
              }),
              // Another tab may have changed the other date meanwhile: the stored pair must still hold.
              check: (next) => Object.values(validateSetup((next as { value: Setup }).value))[0],
            },
          ],
        },
      ]);
      return outcome.ok ? outcome : { ok: false, errors: {}, message: outcome.message };
    },
    updatePreferences(patch) {
      set({ preferences: { ...get().preferences, ...patch } });
      const now = deps.now();
      return deps.persistence.write([
        {
          table: 'settings',
          update: [
            {
              key: 'preferences',
              apply: (stored): SettingsRecord => ({
                key: 'preferences',
                value: {
                  ...defaultPreferences,
                  ...(stored as { value?: Preferences } | undefined)?.value,
                  ...patch,
                },
                updatedAt: now,
              }),
            },
          ],
        },
      ]);
    },
    recordBackup(at) {
      const backups = { lastExportedAt: at };
      set({ backups });
      return deps.persistence.write([
        { table: 'settings', put: [{ key: 'backups', value: backups, updatedAt: at }] },
      ]);
    },
  });
