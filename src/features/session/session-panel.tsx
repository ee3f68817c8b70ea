import { useState } from 'react';
import type { SessionRecord } from '../../domain/records';
import { sessionPhases } from '../../domain/seed';
import type { SessionView } from '../../domain/session-timer';
import { useAppStore } from '../../store/use-app-store';
import { PhaseWorksheet } from './phase-worksheet';
import { FinishEarlyQuestion } from './finish-early-question';
import { SessionCountdown } from './session-countdown';
import { unlockAudio } from '../../platform/chime-and-notifications';
import { phaseLabel } from './phase-label';

export interface SessionControls {
  toggle(): void;
  move(direction: 1 | -1): void;
  end(status: 'finished-early' | 'abandoned'): void;
}

/** The running or paused session: the current phase large, both countdowns, the controls and the worksheet. */
export function SessionPanel({
  session,
  view,
  controls,
  owner,
}: {
  session: SessionRecord;
  view: SessionView;
  controls: SessionControls;
  owner: boolean;
}) {
  const [confirming, setConfirming] = useState<'finish' | 'abandon' | null>(null);
  const sound = useAppStore((s) => s.preferences.sound);
  const updatePreferences = useAppStore((s) => s.updatePreferences);
  const paused = session.status === 'paused';
  const last = sessionPhases.length - 1;

  const phase = sessionPhases[view.phaseIndex]!;
  return (
    <section className="card session-panel" aria-labelledby="session-phase-heading">
      {!owner && (
        <p className="banner" role="status">
          This session is also open in another tab or window. That tab sounds the chime and the notifications;
          what you do here changes the same session.
        </p>
      )}
      <p className="session-phase-kicker">
        {phaseLabel(view.phaseIndex)}
        {paused && <span className="badge warn">Paused</span>}
      </p>
      <h2 id="session-phase-heading" className="session-phase-title">
        {phase.whatToDo}
      </h2>
      <p className="session-why">Why: {phase.why}</p>
      {/* Keyed on the clock fields so a pause, resume or phase move redraws from a fresh reading of the clock. */}
      <SessionCountdown
        key={`${session.status}:${session.startedAt}:${session.pausedMs}:${session.shiftMs}`}
        session={session}
      />

      <div className="actions session-controls">
        <button type="button" onClick={controls.toggle} aria-keyshortcuts="Space">
          {paused ? 'Resume' : 'Pause'}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => controls.move(-1)}
          disabled={view.phaseIndex === 0}
        >
          Previous phase
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => controls.move(1)}
          disabled={view.phaseIndex === last}
          aria-keyshortcuts="N"
        >
          Next phase
        </button>
        <button type="button" className="secondary" onClick={() => setConfirming('finish')}>
          Finish early
        </button>
        <button type="button" className="secondary" onClick={() => setConfirming('abandon')}>
          Abandon
        </button>
      </div>
      {confirming === 'finish' && (
        <FinishEarlyQuestion
          session={session}
          onFinish={() => controls.end('finished-early')}
          onKeep={() => setConfirming(null)}
        />
      )}
      {confirming === 'abandon' && (
        <div className="banner warning" role="alertdialog" aria-labelledby="abandon-question">
          <p id="abandon-question">
            Abandon this session? It will not count toward your hours or appear in history. A rule you wrote
            stays in the miss log.
          </p>
          <p className="actions">
            <button type="button" className="danger" onClick={() => controls.end('abandoned')}>
              Abandon session
            </button>
            <button
              type="button"
              className="secondary"
              // eslint-disable-next-line jsx-a11y-x/no-autofocus -- an alertdialog the learner opened takes focus (WAI-ARIA APG); this is not a page-load autofocus
              autoFocus
              onClick={() => setConfirming(null)}
            >
              Keep studying
            </button>
          </p>
        </div>
      )}
      <PhaseWorksheet key={phase.id} session={session} phaseId={phase.id} />
      <p className="hint">
        Shortcuts: <kbd>Space</kbd> pauses or resumes, <kbd>N</kbd> goes to the next phase (not while typing).
      </p>
      <label className="choice">
        <input
          type="checkbox"
          checked={!sound}
          onChange={(event) => {
            if (!event.target.checked) unlockAudio();
            void updatePreferences({ sound: !event.target.checked });
          }}
        />
        <span>Mute the chime at each phase change</span>
      </label>
    </section>
  );
}
