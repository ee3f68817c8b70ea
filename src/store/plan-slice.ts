import type { StateCreator } from 'zustand';
import type { IsoDate } from '../domain/dates';
import type { ExtraTaskRecord, SelfCheckRecord } from '../domain/records';
import type { LessonId } from '../domain/seed-ids';
import { onCurrentRoute } from '../domain/route';
import { justificationProblem } from '../domain/validation/self-check';
import { cleanText } from '../domain/validation/text';
import { newId } from './ids';
import type { WriteOutcome } from './persistence';
import type { SliceDeps } from './slice-deps';
import type { Store } from './store-types';

export type SelfCheckId = SelfCheckRecord['id'];

export { maxJustificationLength } from '../domain/validation/self-check';

export interface PlanSlice {
  setTicked(taskId: string, ticked: boolean): Promise<WriteOutcome>;
  addExtraTask(task: {
    label: string;
    lessons: LessonId[];
    weekOf: IsoDate;
  }): Promise<{ ok: true; id: string } | { ok: false; message: string }>;
  removeExtraTask(id: string): Promise<WriteOutcome>;
  /** Not ok with the reason, changing nothing, when the justification is missing or too long, or not stored. */
  saveSelfCheck(id: SelfCheckId, checked: boolean, justification: string): Promise<WriteOutcome>;
}

const unchanged: WriteOutcome = { ok: true };

export const createPlanSlice =
  (deps: SliceDeps): StateCreator<Store, [], [], PlanSlice> =>
  (set, get) => ({
    setTicked(taskId, ticked) {
      const { [taskId]: existing, ...rest } = get().ticks;
      // A tick from the route before a retake is not done on this one: ticking it again stamps it anew.
      const done = existing !== undefined && onCurrentRoute(existing.tickedAt, get().setup);
      if (ticked === done) return Promise.resolve(unchanged);
      if (ticked) {
        const row = { id: taskId, tickedAt: deps.now() };
        set({ ticks: { ...rest, [taskId]: row } });
        return deps.persistence.write([{ table: 'ticks', put: [row] }]);
      }
      set({ ticks: rest });
      return deps.persistence.write([{ table: 'ticks', delete: [taskId] }]);
    },
    async addExtraTask({ label, lessons, weekOf }) {
      const row: ExtraTaskRecord = { id: newId(), label, lessons, weekOf, createdAt: deps.now() };
      set({ extraTasks: { ...get().extraTasks, [row.id]: row } });
      const outcome = await deps.persistence.write([{ table: 'extraTasks', put: [row] }]);
      return outcome.ok ? { ok: true, id: row.id } : outcome;
    },
    removeExtraTask(id) {
      const { [id]: _removed, ...extraTasks } = get().extraTasks;
      const { [id]: _tick, ...ticks } = get().ticks;
      set({ extraTasks, ticks });
      return deps.persistence.write([
        { table: 'extraTasks', delete: [id] },
        { table: 'ticks', delete: [id] },
      ]);
    },
    saveSelfCheck(id, checked, justification) {
      const problem = justificationProblem(checked, justification);
      if (problem) return Promise.resolve({ ok: false, message: problem });
      const row: SelfCheckRecord = {
        id,
        checked,
        justification: cleanText(justification),
        updatedAt: deps.now(),
      };
      set({ signals: { ...get().signals, [id]: row } });
      return deps.persistence.write([{ table: 'signals', put: [row] }]);
    },
  });
