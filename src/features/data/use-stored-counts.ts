import { useMemo } from 'react';
import type { BackupKind } from '../../domain/backup-format';
import { defaultPreferences } from '../../domain/records';
import { defaultSetup } from '../../domain/setup';
import { useAppStore } from '../../store/use-app-store';

/** How many rows of each kind the learner has now, for the import confirmation. */
export function useStoredCounts(): Record<BackupKind, number> {
  const setup = useAppStore((s) => s.setup);
  const preferences = useAppStore((s) => s.preferences);
  const ticks = useAppStore((s) => s.ticks);
  const extraTasks = useAppStore((s) => s.extraTasks);
  const signals = useAppStore((s) => s.signals);
  const sessions = useAppStore((s) => s.sessions);
  const sets = useAppStore((s) => s.sets);
  const misses = useAppStore((s) => s.misses);
  return useMemo(
    () => ({
      settings: Number(setup !== defaultSetup) + Number(preferences !== defaultPreferences),
      ticks: Object.keys(ticks).length,
      extraTasks: Object.keys(extraTasks).length,
      signals: Object.keys(signals).length,
      sessions: Object.keys(sessions).length,
      sets: Object.keys(sets).length,
      misses: Object.keys(misses).length,
    }),
    [setup, preferences, ticks, extraTasks, signals, sessions, sets, misses],
  );
}
