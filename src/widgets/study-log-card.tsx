import { memo, useEffect, useMemo, useState } from 'react';
import { addDays, daysBetween, formatShortDate } from '../domain/dates';
import { minutesText } from '../domain/duration-text';
import type { StudyLogRecord } from '../domain/records';
import { draftOf } from '../domain/study-log';
import { readTabCopy, writeTabCopy } from '../platform/drafts';
import { useAppStore } from '../store/use-app-store';
import { useToday } from '../ui/use-now';
import { StudyLogForm } from './study-log-form';
import './study-log-card.css';

/** How far back the card lists logged time; older entries still count and stay in the backup. */
const listedDays = 28;
const editingKey = 'editing:study-log';

/**
 * Judgment rule 5, hours are honest: study done away from the timer is logged here (on Today and /session) and
 * counts in the hours this week and the pace check. Each entry can be edited or deleted, with undo.
 */
// Memoised: the session timer repaints its panel every second and must not re-render this with it.
export const StudyLogCard = memo(function StudyLogCard() {
  const today = useToday();
  const studyLogs = useAppStore((s) => s.studyLogs);
  const saveStudyLog = useAppStore((s) => s.saveStudyLog);
  const deleteStudyLog = useAppStore((s) => s.deleteStudyLog);
  const restoreStudyLog = useAppStore((s) => s.restoreStudyLog);
  // Which entry this tab is editing outlives a reload, so its form reopens with its restored draft.
  const [editing, setEditing] = useState(() => (readTabCopy(editingKey) as string | undefined) ?? null);
  useEffect(() => writeTabCopy(editingKey, editing ?? undefined), [editing]);
  // The entry being edited as last seen: if another tab deletes it or an import replaces everything, its
  // editor stays open with the learner's text (saving logs it anew) instead of vanishing with the row.
  const [lastEdited, setLastEdited] = useState<StudyLogRecord | null>(null);
  const [status, setStatus] = useState('');
  const [deleted, setDeleted] = useState<StudyLogRecord | null>(null);
  const recent = useMemo(
    () =>
      Object.values(studyLogs)
        .filter((log) => daysBetween(log.date, today) < listedDays)
        .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt),
    [studyLogs, today],
  );
  const since = addDays(today, -(listedDays - 1));
  const storedEdit = editing ? studyLogs[editing] : undefined;
  if (storedEdit && storedEdit !== lastEdited) setLastEdited(storedEdit);
  const vanished = editing && !storedEdit && lastEdited?.id === editing ? lastEdited : null;
  // Reopened after a reload for an entry that is gone by now: nothing to edit.
  if (editing && !storedEdit && !vanished) setEditing(null);

  const editor = (log: StudyLogRecord) => (
    <StudyLogForm
      draftId={`study-log:${log.id}`}
      initial={draftOf(log)}
      today={today}
      submitLabel="Save changes"
      onCancel={() => setEditing(null)}
      onSave={async (draft) => {
        const result = await saveStudyLog(draft, today, log.id);
        if (result.ok) {
          setEditing(null);
          setStatus('Saved.');
        }
        return result;
      }}
    />
  );

  return (
    <section className="card" aria-labelledby="study-log-heading">
      <h2 id="study-log-heading">Log study time</h2>
      <p className="hint">
        Studied without the timer (a video, the docs, a practice exam)? Log it so your hours and pace are
        honest.
      </p>
      <StudyLogForm
        draftId="study-log:new"
        initial={{ date: today, minutes: '', what: '' }}
        today={today}
        submitLabel="Log study time"
        onSave={async (draft) => {
          const result = await saveStudyLog(draft, today);
          if (result.ok)
            setStatus(`Logged ${minutesText(Number(draft.minutes))} on ${formatShortDate(draft.date)}.`);
          return result;
        }}
      />
      <div role="status" className="message">
        {deleted ? (
          <p className="actions">
            <span className="grow">
              Deleted {minutesText(deleted.minutes)} on {formatShortDate(deleted.date)}.
            </span>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setDeleted(null);
                setStatus('');
                // "Restored." only once it is stored; a failed write offers the undo again.
                void restoreStudyLog(deleted).then((outcome) => {
                  if (outcome.ok) setStatus('Restored.');
                  else setDeleted(deleted);
                });
              }}
            >
              Undo
            </button>
          </p>
        ) : (
          status
        )}
      </div>
      {vanished && (
        <div className="stack">
          <p className="banner warning" role="alert">
            The entry you are editing was deleted or replaced in another tab. Your text is kept: save it to
            log it again, or cancel.
          </p>
          {editor(vanished)}
        </div>
      )}
      {recent.length > 0 && (
        <ul className="study-log-list" aria-label={`Study time logged since ${formatShortDate(since)}`}>
          {recent.map((log) => (
            <li key={log.id}>
              {editing === log.id ? (
                editor(log)
              ) : (
                <p className="actions">
                  <span className="grow">
                    {formatShortDate(log.date)}: {minutesText(log.minutes)}, {log.what}
                  </span>
                  <button type="button" className="secondary" onClick={() => setEditing(log.id)}>
                    Edit <span className="visually-hidden">{log.what}</span>
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => {
                      setDeleted(log);
                      setStatus('');
                      // A failed delete reads the entry back and the storage banner says why.
                      void deleteStudyLog(log.id).then((outcome) => {
                        if (!outcome.ok) setDeleted((shown) => (shown === log ? null : shown));
                      });
                    }}
                  >
                    Delete <span className="visually-hidden">{log.what}</span>
                  </button>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
