import type { StateCreator } from 'zustand';
import type { IsoDate } from '../domain/dates';
import type { ExamResult, StudyLogRecord } from '../domain/records';
import { parseStudyLogDraft, type StudyLogDraft, type StudyLogErrors } from '../domain/study-log';
import { newId } from './ids';
import type { StoreContext } from './store-context';
import type { Store } from './store-types';

export interface StudyLogSlice {
  /**
   * Adds (no id) or edits a logged study time when the draft is valid; returns the field messages and changes
   * nothing otherwise.
   */
  saveStudyLog(draft: StudyLogDraft, today: IsoDate, id?: string): StudyLogErrors | null;
  /** Deletes a logged study time and returns it so it can be restored. */
  deleteStudyLog(id: string): StudyLogRecord | null;
  restoreStudyLog(log: StudyLogRecord): void;
  /** The answer to "how did it go" for the exam on `examDate`; null clears it. */
  setExamOutcome(examDate: IsoDate, result: ExamResult | null): void;
}

export const createStudyLogSlice =
  (ctx: StoreContext): StateCreator<Store, [], [], StudyLogSlice> =>
  (set, get) => {
    function put(log: StudyLogRecord) {
      set({ studyLogs: { ...get().studyLogs, [log.id]: log } });
      void ctx.persistence.write([{ table: 'studyLogs', put: [log] }]);
    }
    return {
      saveStudyLog(draft, today, id) {
        const parsed = parseStudyLogDraft(draft, today);
        if (!parsed.ok) return parsed.errors;
        const now = ctx.now();
        const existing = id ? get().studyLogs[id] : undefined;
        put({
          id: existing?.id ?? newId(),
          createdAt: existing?.createdAt ?? now,
          ...parsed.value,
          updatedAt: now,
        });
        return null;
      },
      deleteStudyLog(id) {
        const { [id]: removed, ...studyLogs } = get().studyLogs;
        if (!removed) return null;
        set({ studyLogs });
        void ctx.persistence.write([{ table: 'studyLogs', delete: [id] }]);
        return removed;
      },
      restoreStudyLog(log) {
        put(log);
      },
      setExamOutcome(examDate, result) {
        if (result === null) {
          set({ examOutcome: null });
          void ctx.persistence.write([{ table: 'settings', delete: ['examOutcome'] }]);
          return;
        }
        const value = { examDate, result };
        set({ examOutcome: value });
        void ctx.persistence.write([
          { table: 'settings', put: [{ key: 'examOutcome', value, updatedAt: ctx.now() }] },
        ]);
      },
    };
  };
