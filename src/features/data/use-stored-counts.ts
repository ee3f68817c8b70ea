import { useShallow } from 'zustand/react/shallow';
import type { BackupKind } from '../../domain/backup-format';
import { defaultPreferences } from '../../domain/records';
import { defaultSetup } from '../../domain/setup';
import { rowTableNames } from '../../domain/tables';
import { useAppStore } from '../../store/use-app-store';

/** How many rows of each kind the learner has now, for the import confirmation. */
export function useStoredCounts(): Record<BackupKind, number> {
  const counts = useAppStore(
    useShallow((s) => [
      Number(s.setup !== defaultSetup) + Number(s.preferences !== defaultPreferences),
      ...rowTableNames.map((name) => Object.keys(s[name]).length),
    ]),
  );
  return Object.fromEntries([
    ['settings', counts[0]],
    ...rowTableNames.map((name, i) => [name, counts[i + 1]]),
  ]) as Record<BackupKind, number>;
}
