import { useEffect, useMemo } from 'react';
import { sessionPhases } from '../../domain/seed';
import { isActiveStatus, sessionViewAt } from '../../domain/session-timer';
import { activeSessionOf } from '../../store/session-slice';
import { useAppStore } from '../../store/use-app-store';
import { viewHeadings } from '../../domain/view-headings';
import { Page } from '../../ui/page';
import { StudyLogCard } from '../../widgets/study-log-card';
import { WeeklyHours } from '../../widgets/weekly-hours';
import { PracticeExamLink } from '../../widgets/practice-exam-link';
import { BrowserLimitsNotice } from '../../widgets/browser-limits-notice';
import { SessionHistory } from './session-history';
import { SessionPanel, type SessionControls } from './session-panel';
import { askNotificationPermission, unlockAudio } from '../../platform/chime-and-notifications';
import { StartPanel } from './start-panel';
import { phaseLabel } from './phase-label';
import { usePhaseAlerts } from './use-phase-alerts';
import { useSessionTitle } from './use-session-title';
import { useWakeLock } from '../../platform/wake-lock';
import { useSessionKeys } from './use-session-keys';
import { useTimerClock } from './use-timer-clock';
import { useTimerOwner } from './use-timer-owner';
import { SessionPhaseTable } from '../../ui/session-phase-table';
import './session.css';

export function Component() {
  const sessions = useAppStore((s) => s.sessions);
  const preferences = useAppStore((s) => s.preferences);
  const store = {
    start: useAppStore((s) => s.startSession),
    pause: useAppStore((s) => s.pauseSession),
    resume: useAppStore((s) => s.resumeSession),
    move: useAppStore((s) => s.movePhase),
    end: useAppStore((s) => s.endSession),
    settle: useAppStore((s) => s.settleSession),
    updatePreferences: useAppStore((s) => s.updatePreferences),
  };
  const session = useMemo(() => activeSessionOf(sessions), [sessions]);
  // A minute is enough here: phases start on whole minutes, and the countdown keeps its own one-second clock.
  const { now, refresh } = useTimerClock(session, 60_000);
  const view = session ? sessionViewAt(session, now) : null;
  const running = session?.status === 'running';
  const owner = useTimerOwner(session !== null);
  const due = running && view?.atEnd === true ? session.id : null;

  usePhaseAlerts(session, view, { owner, ...preferences });
  useSessionTitle(session, view);
  useWakeLock(running && owner);

  const { settle } = store;
  // These writes resolve to an outcome and never reject: a failed one is read back and shown in the storage
  // banner, so the timer shows what is stored.
  useEffect(() => {
    if (due) void settle(due);
  }, [due, settle]);

  const act = (change: (id: string) => Promise<unknown>) => {
    if (!session) return;
    unlockAudio();
    void change(session.id);
    refresh();
  };
  const controls: SessionControls = {
    toggle: () => act(session?.status === 'paused' ? store.resume : store.pause),
    move: (direction) => act((id) => store.move(id, direction)),
    end: (status) => act((id) => store.end(id, status)),
  };
  useSessionKeys(session !== null && isActiveStatus(session.status), {
    toggle: controls.toggle,
    next: () => controls.move(1),
  });

  const start = () => {
    unlockAudio();
    // The database decides whether this start wins (another tab may have started one a moment ago).
    void store.start().then((outcome) => {
      if (!outcome.ok) return;
      refresh();
      // Asked on the first start only: the browser remembers the answer, and a page-load prompt is never shown.
      void askNotificationPermission().then((granted) => {
        if (granted !== null) void store.updatePreferences({ notifications: granted });
      });
    });
  };

  return (
    <Page title={viewHeadings.session.title} lead={<p>{viewHeadings.session.lead}</p>}>
      <p className="visually-hidden" role="status" aria-live="polite">
        {view && session
          ? `${phaseLabel(view.phaseIndex)}: ${sessionPhases[view.phaseIndex]!.whatToDo}.${session.status === 'paused' ? ' Paused.' : ''}`
          : ''}
      </p>
      <BrowserLimitsNotice features={['wake-lock', 'notifications', 'web-locks']} />
      {session && view ? (
        <SessionPanel session={session} view={view} controls={controls} owner={owner} />
      ) : (
        <StartPanel onStart={start} />
      )}
      <PracticeExamLink offer={!session} />
      <SessionPhaseTable currentIndex={view?.phaseIndex ?? null} />
      <WeeklyHours />
      <StudyLogCard />
      <SessionHistory />
    </Page>
  );
}
