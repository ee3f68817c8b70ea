import type { StateCreator } from 'zustand';
import type { IsoDate } from '../domain/dates';
import type { ExtraTaskRecord, SignalRecord } from '../domain/records';
import type { LessonId } from '../domain/seed-ids';
import { newId } from './ids';
import type { StoreContext } from './store-context';
import type { Store } from './store-types';

export type SelfCheckId = SignalRecord['id'];

export const maxJustificationLength = 160;

export interface PlanSlice {
  setTicked(taskId: string, ticked: boolean): void;
  addExtraTask(task: { label: string; lessons: LessonId[]; weekOf: IsoDate }): string;
  removeExtraTask(id: string): void;
  /** Returns a message and changes nothing when the justification is missing or too long. */
  saveSelfCheck(id: SelfCheckId, checked: boolean, justification: string): string | null;
}

export const createPlanSlice =
  (ctx: StoreContext): StateCreator<Store, [], [], PlanSlice> =>
  (set, get) => ({
    setTicked(taskId, ticked) {
      const { [taskId]: existing, ...rest } = get().ticks;
      if (ticked === Boolean(existing)) return;
      if (ticked) {
        const row = { id: taskId, tickedAt: ctx.now() };
        set({ ticks: { ...rest, [taskId]: row } });
        void ctx.persistence.write([{ table: 'ticks', put: [row] }]);
      } else {
        set({ ticks: rest });
        void ctx.persistence.write([{ table: 'ticks', delete: [taskId] }]);
      }
    },
    addExtraTask({ label, lessons, weekOf }) {
      const row: ExtraTaskRecord = { id: newId(), label, lessons, weekOf, createdAt: ctx.now() };
      set({ extraTasks: { ...get().extraTasks, [row.id]: row } });
      void ctx.persistence.write([{ table: 'extraTasks', put: [row] }]);
      return row.id;
    },
    removeExtraTask(id) {
      const { [id]: _removed, ...extraTasks } = get().extraTasks;
      const { [id]: _tick, ...ticks } = get().ticks;
      set({ extraTasks, ticks });
      void ctx.persistence.write([
        { table: 'extraTasks', delete: [id] },
        { table: 'ticks', delete: [id] },
      ]);
    },
    saveSelfCheck(id, checked, justification) {
      const text = justification.trim();
      if (checked && text.length === 0) return 'Write one line on why this is true before you tick it.';
      if (text.length > maxJustificationLength)
        return `Keep it to one line (${maxJustificationLength} characters).`;
      if (/[\r\n]/.test(text)) return 'Keep it to one line.';
      const row: SignalRecord = { id, checked, justification: text, updatedAt: ctx.now() };
      set({ signals: { ...get().signals, [id]: row } });
      void ctx.persistence.write([{ table: 'signals', put: [row] }]);
      return null;
    },
  });
