import type { StateCreator } from 'zustand';
import type { Preferences } from '../domain/records';
import { validateSetup, type Setup, type SetupErrors } from '../domain/setup';
import type { StoreContext } from './store-context';
import type { Store } from './store-types';

export interface SettingsSlice {
  /** Saves the change when it is valid; otherwise returns the field messages and changes nothing. */
  updateSetup(patch: Partial<Setup>): SetupErrors;
  updatePreferences(patch: Partial<Preferences>): void;
  /** Remembers that a full backup was exported at `at`, for the backup reminder. */
  recordBackup(at: number): void;
}

export const createSettingsSlice =
  (ctx: StoreContext): StateCreator<Store, [], [], SettingsSlice> =>
  (set, get) => ({
    updateSetup(patch) {
      const setup = { ...get().setup, ...patch };
      const errors = validateSetup(setup);
      if (Object.keys(errors).length > 0) return errors;
      set({ setup });
      void ctx.persistence.write([
        { table: 'settings', put: [{ key: 'setup', value: setup, updatedAt: ctx.now() }] },
      ]);
      return errors;
    },
    updatePreferences(patch) {
      const preferences = { ...get().preferences, ...patch };
      set({ preferences });
      void ctx.persistence.write([
        { table: 'settings', put: [{ key: 'preferences', value: preferences, updatedAt: ctx.now() }] },
      ]);
    },
    recordBackup(at) {
      const backups = { lastExportedAt: at };
      set({ backups });
      void ctx.persistence.write([
        { table: 'settings', put: [{ key: 'backups', value: backups, updatedAt: at }] },
      ]);
    },
  });
