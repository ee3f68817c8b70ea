import { useId, useRef, type ReactNode } from 'react';
import type { LessonId } from '../domain/seed-ids';
import { lessonReferences } from '../domain/seed-lookups';
import { useIsTicked } from '../store/selectors';
import { useAppStore } from '../store/use-app-store';
import './task-checkbox.css';

/**
 * A second tap this soon after a tick is the same finger bouncing (a double tap), not a change of mind: it is
 * ignored, and Undo or a later tap unticks.
 */
const doubleTapMs = 600;

/** A tickable task: the tick is written to IndexedDB the moment it changes. */
export function TaskCheckbox({
  id,
  label,
  lessons = [],
  extra,
  onTicked,
}: {
  id: string;
  label: string;
  lessons?: readonly LessonId[];
  extra?: ReactNode;
  /** Told after the learner ticks or unticks here, e.g. to keep the task in place with an Undo. */
  onTicked?(ticked: boolean): void;
}) {
  const ticked = useIsTicked(id);
  const setTicked = useAppStore((s) => s.setTicked);
  const inputId = useId();
  const lessonsId = useId();
  const lastTick = useRef(-Infinity);
  // A task named for its lesson (a repair added from the miss log) would say the name twice: list only the
  // lessons its label does not already say.
  const references = lessonReferences(label, lessons);
  return (
    <div className={ticked ? 'choice task-done' : 'choice'}>
      <input
        id={inputId}
        type="checkbox"
        checked={ticked}
        onChange={(event) => {
          const next = event.target.checked;
          if (!next && event.timeStamp - lastTick.current < doubleTapMs) return;
          if (next) lastTick.current = event.timeStamp;
          void setTicked(id, next);
          onTicked?.(next);
        }}
        aria-describedby={references.length > 0 ? lessonsId : undefined}
      />
      <div>
        <label htmlFor={inputId} className="task-label">
          {label}
        </label>
        {references.length > 0 && (
          <span id={lessonsId} className="lesson-refs">
            {references.join(' · ')}
          </span>
        )}
        {extra}
      </div>
    </div>
  );
}
