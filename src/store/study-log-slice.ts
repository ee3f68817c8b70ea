import type { StateCreator } from 'zustand';
import type { IsoDate } from '../domain/dates';
import type { ExamResult, StudyLogRecord } from '../domain/records';
import type { StudyLogDraft, StudyLogErrors } from '../domain/study-log';
import { newId } from './ids';
import type { WriteOutcome } from './persistence';
import type { SliceDeps } from './slice-deps';
import type { Store } from './store-types';
import { deleteRow } from './delete-row';

export type StudyLogSaved = { ok: true } | { ok: false; errors: StudyLogErrors; message?: string };

export interface StudyLogSlice {
  /**
   * Adds (no id) or edits a logged study time when the draft is valid, resolving once it is stored; invalid input
   * gives the field messages, a failed write its reason, and either way nothing changes.
   */
  saveStudyLog(draft: StudyLogDraft, today: IsoDate, id?: string): Promise<StudyLogSaved>;
  /** Deletes a logged study time and returns it so it can be restored. */
  deleteStudyLog(id: string): Promise<WriteOutcome>;
  restoreStudyLog(log: StudyLogRecord): Promise<WriteOutcome>;
  /** The answer to "how did it go" for the exam on `examDate`; null clears it. */
  setExamOutcome(examDate: IsoDate, result: ExamResult | null): Promise<WriteOutcome>;
}

export const createStudyLogSlice =
  (deps: SliceDeps): StateCreator<Store, [], [], StudyLogSlice> =>
  (set, get) => {
    function put(log: StudyLogRecord) {
      set({ studyLogs: { ...get().studyLogs, [log.id]: log } });
      return deps.persistence.write([{ table: 'studyLogs', put: [log] }]);
    }
    return {
      async saveStudyLog(draft, today, id) {
        // The checks load with the first entry, not with the first page.
        const { parseStudyLogDraft } = await import('../domain/study-log');
        const parsed = parseStudyLogDraft(draft, today);
        if (!parsed.ok) return { ok: false, errors: parsed.errors };
        const now = deps.now();
        const existing = id ? get().studyLogs[id] : undefined;
        const outcome = await put({
          id: existing?.id ?? newId(),
          createdAt: existing?.createdAt ?? now,
          ...parsed.value,
          updatedAt: now,
        });
        return outcome.ok ? outcome : { ok: false, errors: {}, message: outcome.message };
      },
      deleteStudyLog: (id) => deleteRow(deps, get, set, 'studyLogs', id),
      restoreStudyLog(log) {
        return put(log);
      },
      setExamOutcome(examDate, result) {
        if (result === null) {
          set({ examOutcome: null });
          return deps.persistence.write([{ table: 'settings', delete: ['examOutcome'] }]);
        }
        const value = { examDate, result };
        set({ examOutcome: value });
        return deps.persistence.write([
          { table: 'settings', put: [{ key: 'examOutcome', value, updatedAt: deps.now() }] },
        ]);
      },
    };
  };
