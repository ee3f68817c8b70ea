import { memo, useMemo, useState } from 'react';
import type { SessionRecord } from '../../domain/records';
import { formatDateTime } from '../../domain/dates';
import { sessionPhases } from '../../domain/seed';
import { durationText } from '../../domain/duration-text';
import { sessionMissId } from '../../store/session-slice';
import { useAppStore } from '../../store/use-app-store';
import { PhaseWorksheet } from './phase-worksheet';

const statusText = { completed: 'completed', 'finished-early': 'finished early' } as const;

function isHistory(session: SessionRecord): session is SessionRecord & { status: keyof typeof statusText } {
  return session.status === 'completed' || session.status === 'finished-early';
}

/** The first note written, so a closed entry still says what the session was about. */
function notePreview(session: SessionRecord): string {
  return sessionPhases.map((phase) => session.notes[phase.id]?.trim() ?? '').find(Boolean) ?? '';
}

/** Says, before and after, that the session's miss stays in the log (the store detaches it). */
function DeleteSession({ session, onDelete }: { session: SessionRecord; onDelete(kept: boolean): void }) {
  const hasMiss = useAppStore((s) => s.misses[sessionMissId(session.id)]?.sessionId === session.id);
  const hintId = `session-delete-${session.id}`;
  return (
    <p className="actions">
      <button
        type="button"
        className="danger"
        aria-describedby={hasMiss ? hintId : undefined}
        onClick={() => onDelete(hasMiss)}
      >
        Delete session
      </button>
      {hasMiss && (
        <span className="hint" id={hintId}>
          Its miss stays in your miss log, no longer tied to this session.
        </span>
      )}
    </p>
  );
}

/** Every completed or finished-early session, newest first; abandoned ones were thrown away and stay hidden. */
// Memoised: the session view repaints once a minute while a session runs, and this need not repaint with it.
export const SessionHistory = memo(function SessionHistory() {
  const sessions = useAppStore((s) => s.sessions);
  const deleteSession = useAppStore((s) => s.deleteSession);
  const restoreSession = useAppStore((s) => s.restoreSession);
  const [openId, setOpenId] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<{ session: SessionRecord; kept: boolean } | null>(null);
  const history = useMemo(
    () =>
      Object.values(sessions)
        .filter(isHistory)
        .sort((a, b) => b.startedAt - a.startedAt),
    [sessions],
  );

  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      <div role="status">
        {deleted && (
          <p className="banner actions">
            <span className="grow">
              Session of {formatDateTime(deleted.session.startedAt)} deleted.
              {deleted.kept && ' Its miss stays in your miss log.'}
            </span>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setDeleted(null);
                // A failed restore offers the undo again, so the session is not lost to one bad write.
                void restoreSession(deleted.session).then((outcome) => {
                  if (!outcome.ok) setDeleted(deleted);
                });
              }}
            >
              Undo
            </button>
          </p>
        )}
      </div>
      {history.length === 0 ? (
        <p>No finished sessions yet. Each one you complete or finish early is kept here with its notes.</p>
      ) : (
        <ul className="session-history">
          {history.map((session) => {
            const open = openId === session.id;
            const when = formatDateTime(session.startedAt);
            return (
              <li key={session.id}>
                <div className="session-history-row">
                  <span className="grow">
                    <strong>{when}</strong>
                    <span className="choice-detail">
                      {durationText(session.studiedMs ?? 0)} studied · {statusText[session.status]}
                    </span>
                    {notePreview(session) && (
                      <span className="session-note-preview">{notePreview(session)}</span>
                    )}
                  </span>
                  <button
                    type="button"
                    className="secondary"
                    aria-expanded={open}
                    aria-controls={`session-notes-${session.id}`}
                    onClick={() => setOpenId(open ? null : session.id)}
                  >
                    {open ? 'Close' : 'Open'}
                    <span className="visually-hidden"> session of {when}</span>
                  </button>
                </div>
                {open && (
                  <div id={`session-notes-${session.id}`} className="session-history-notes">
                    {sessionPhases.map((phase) => (
                      <PhaseWorksheet key={phase.id} session={session} phaseId={phase.id} />
                    ))}
                    <DeleteSession
                      session={session}
                      onDelete={(kept) => {
                        const shown = { session, kept };
                        setDeleted(shown);
                        setOpenId(null);
                        // A failed delete reads the session back and the storage banner says why.
                        void deleteSession(session.id).then((outcome) => {
                          if (!outcome.ok) setDeleted((now) => (now === shown ? null : now));
                        });
                      }}
                    />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
});
