import { defaultSetup, type Setup } from '../domain/setup';
import { rowTableNames } from '../domain/tables';
import { useAppStore } from '../store/use-app-store';

const setupFields = Object.keys(defaultSetup) as (keyof Setup)[];

/** Whether this browser holds anything of the learner's: a set-up choice or any row (a tick, a session, a miss…). */
export function useHasLearnerData(): boolean {
  return useAppStore(
    (s) =>
      setupFields.some((field) => s.setup[field] !== defaultSetup[field]) ||
      rowTableNames.some((table) => Object.keys(s[table]).length > 0),
  );
}
