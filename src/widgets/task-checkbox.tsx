import { useId, type ReactNode } from 'react';
import { lessonTitle } from '../domain/seed';
import type { LessonId } from '../domain/seed-ids';
import { useIsTicked } from '../store/selectors';
import { useAppStore } from '../store/use-app-store';

/** A tickable task: the tick is written to IndexedDB the moment it changes. */
export function TaskCheckbox({
  id,
  label,
  lessons = [],
  extra,
}: {
  id: string;
  label: string;
  lessons?: readonly LessonId[];
  extra?: ReactNode;
}) {
  const ticked = useIsTicked(id);
  const setTicked = useAppStore((s) => s.setTicked);
  const inputId = useId();
  const lessonsId = useId();
  return (
    <div className={ticked ? 'choice task-done' : 'choice'}>
      <input
        id={inputId}
        type="checkbox"
        checked={ticked}
        onChange={(event) => setTicked(id, event.target.checked)}
        aria-describedby={lessons.length > 0 ? lessonsId : undefined}
      />
      <div>
        <label htmlFor={inputId} className="task-label">
          {label}
        </label>
        {lessons.length > 0 && (
          <span id={lessonsId} className="lesson-refs">
            {lessons.map((lesson) => `${lesson} ${lessonTitle(lesson)}`).join(' · ')}
          </span>
        )}
        {extra}
      </div>
    </div>
  );
}
