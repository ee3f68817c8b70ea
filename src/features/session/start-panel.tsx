import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import type { SessionRecord } from '../../domain/records';
import { durationText } from '../../domain/duration-text';
import { useAppStore } from '../../store/use-app-store';

function latestFinished(sessions: Record<string, SessionRecord>): SessionRecord | null {
  let latest: SessionRecord | null = null;
  for (const session of Object.values(sessions)) {
    if (session.status !== 'completed' && session.status !== 'finished-early') continue;
    if (!latest || (session.endedAt ?? 0) > (latest.endedAt ?? 0)) latest = session;
  }
  return latest;
}

/** No session is active: start one, and see how the last one ended. */
export function StartPanel({ onStart }: { onStart(): void }) {
  const sessions = useAppStore((s) => s.sessions);
  const notifications = useAppStore((s) => s.preferences.notifications);
  const latest = useMemo(() => latestFinished(sessions), [sessions]);

  return (
    <section className="card session-panel" aria-labelledby="start-heading">
      <h2 id="start-heading">Start a 60-minute session</h2>
      <div role="status">
        {latest && (
          <p className="banner ok">
            Last session {latest.status === 'completed' ? 'complete' : 'finished early'}:{' '}
            {durationText(latest.studiedMs ?? 0)} studied. Its notes are in the history below.
          </p>
        )}
      </div>
      <p>Only one session runs at a time, across all your tabs.</p>
      <p className="actions">
        <button type="button" onClick={onStart}>
          Start session
        </button>
      </p>
      {notifications ? (
        <p className="hint">A chime and a system notification mark each phase change.</p>
      ) : (
        <p className="hint">
          A chime marks each phase change. Allow notifications when you start to hear from a background tab
          too; both can be changed under <Link to="/data">Data</Link>.
        </p>
      )}
    </section>
  );
}
