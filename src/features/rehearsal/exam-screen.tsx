import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { alertsPassed, paceText, type RehearsalView } from '../../domain/practice-exam';
import type { RehearsalRecord } from '../../domain/records';
import { formatCountdown } from '../../domain/session-timer';
import { unlockAudio } from '../../platform/chime-and-notifications';
import { useWakeLock } from '../../platform/wake-lock';
import { useAppStore } from '../../store/use-app-store';
import { FinishPanel } from './finish-panel';
import { QuestionStrip } from './question-strip';
import { useExamChimes, useExamClock } from './use-exam-clock';

const alertTexts = ['', 'Half time.', 'Ten minutes left.', 'Time is up: enter your score.'];

/** Elapsed time shown rounded down, so "1:00" means a whole minute has passed. */
const elapsedText = (ms: number) => formatCountdown(Math.floor(ms / 1000) * 1000);

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * The proctor's clock: a quiet full screen with elapsed and left, the question due at this pace and how far
 * ahead or behind the learner is, the questions strip and the way to finish. The app's navigation is hidden
 * while it shows (the class on the root element), so nothing else competes for attention.
 */
export function ExamScreen({ run }: { run: RehearsalRecord }) {
  const { view } = useExamClock(run);
  const sound = useAppStore((s) => s.preferences.sound);
  useExamChimes(run, view, sound);
  useWakeLock(run.status === 'running');
  const rehearsal = useAppStore((s) => s.rehearsal);
  const [finishing, setFinishing] = useState(false);
  const goTo = useRef<HTMLInputElement>(null);
  const questionNow = useRef<HTMLParagraphElement>(null);
  const [target, setTarget] = useState('');
  const [targetError, setTargetError] = useState('');

  useEffect(() => {
    document.documentElement.classList.add('exam-mode');
    return () => document.documentElement.classList.remove('exam-mode');
  }, []);
  const leftText =
    view.leftMs >= 0 ? `${formatCountdown(view.leftMs)} left` : `${elapsedText(-view.leftMs)} over`;
  useEffect(() => {
    document.title = `${leftText} · Practice exam`;
  }, [leftText]);

  const { id: runId, current } = run;
  const markQuestion = useCallback(
    (question: number) => void rehearsal().then((actions) => actions.markQuestion(runId, question)),
    [rehearsal, runId],
  );
  const flagCurrent = useCallback(
    () => void rehearsal().then((actions) => actions.toggleFlag(runId, current)),
    [rehearsal, runId, current],
  );
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target))
        return;
      if (/^[0-9]$/.test(event.key)) {
        // A number typed anywhere goes into "Go to question"; Enter there marks it.
        event.preventDefault();
        setTarget(event.key);
        goTo.current?.focus();
      } else if (event.key === 'f' || event.key === 'F') {
        event.preventDefault();
        flagCurrent();
      } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        event.preventDefault();
        markQuestion(current + (event.key === 'ArrowRight' ? 1 : -1));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [flagCurrent, markQuestion, current]);

  const submitTarget = (event: FormEvent) => {
    event.preventDefault();
    const n = /^\d+$/.test(target.trim()) ? Number(target.trim()) : Number.NaN;
    if (!(n >= 1 && n <= run.questions)) {
      setTargetError(`Enter a question from 1 to ${run.questions}.`);
      return;
    }
    setTargetError('');
    setTarget('');
    markQuestion(n);
    // Off the input, so F and the arrows act on the question again; the question line is read out.
    questionNow.current?.focus();
  };

  const visited = useMemo(() => new Set(run.visits.map((visit) => visit.question)), [run.visits]);
  const flagged = useMemo(() => new Set(run.flagged), [run.flagged]);
  const isFlagged = flagged.has(run.current);
  const passed = alertsPassed(view.positionMs, run.limitMs, run.timed);

  return (
    <section className="exam-screen" aria-labelledby="exam-heading">
      <h2 id="exam-heading" className="exam-source">
        {run.source}
        {!run.timed && <span className="badge">Untimed</span>}
        {run.status === 'paused' && <span className="badge warn">Paused</span>}
      </h2>
      <ExamClock run={run} view={view} leftText={leftText} />
      <p className="visually-hidden" role="status">
        {alertTexts[passed]}
      </p>
      {view.timeUp && <p className="banner warning">Time is up. Enter your score below.</p>}
      <div className="exam-current">
        <p className="exam-question-now" ref={questionNow} tabIndex={-1}>
          Question <strong>{run.current}</strong> of {run.questions}
          {isFlagged && <span className="badge warn">Flagged</span>}
        </p>
        <p className="actions exam-moves">
          <button
            type="button"
            className="secondary"
            disabled={run.current <= 1}
            onClick={() => markQuestion(run.current - 1)}
          >
            Previous
          </button>
          <button type="button" aria-pressed={isFlagged} aria-keyshortcuts="F" onClick={flagCurrent}>
            {isFlagged ? 'Unflag' : 'Flag'} question {run.current}
          </button>
          <button
            type="button"
            disabled={run.current >= run.questions}
            onClick={() => markQuestion(run.current + 1)}
          >
            Next
          </button>
        </p>
        <form className="exam-go-to" onSubmit={submitTarget} noValidate>
          <label htmlFor="exam-go-to">Go to question</label>
          <input
            id="exam-go-to"
            ref={goTo}
            inputMode="numeric"
            autoComplete="off"
            value={target}
            aria-invalid={targetError ? true : undefined}
            aria-describedby={targetError ? 'exam-go-to-error' : 'exam-keys'}
            onChange={(event) => setTarget(event.target.value)}
          />
          <button type="submit" className="secondary">
            Go
          </button>
          {targetError && (
            <span id="exam-go-to-error" className="field-error">
              {targetError}
            </span>
          )}
        </form>
      </div>
      <QuestionStrip
        questions={run.questions}
        current={run.current}
        visited={visited}
        flagged={flagged}
        onMark={markQuestion}
      />
      <p id="exam-keys" className="hint">
        Keys: type a question number and Enter to go to it, F flags the current one, ← and → move.
      </p>
      <p className="actions">
        {!run.timed && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              unlockAudio();
              void rehearsal().then((actions) =>
                run.status === 'paused' ? actions.resumeRehearsal(run.id) : actions.pauseRehearsal(run.id),
              );
            }}
          >
            {run.status === 'paused' ? 'Resume' : 'Pause'}
          </button>
        )}
        {!finishing && !view.timeUp && (
          <button type="button" onClick={() => setFinishing(true)}>
            Finish and enter score
          </button>
        )}
      </p>
      {(finishing || view.timeUp) && (
        <FinishPanel
          run={run}
          onMark={markQuestion}
          onBack={view.timeUp ? null : () => setFinishing(false)}
        />
      )}
    </section>
  );
}

function ExamClock({ run, view, leftText }: { run: RehearsalRecord; view: RehearsalView; leftText: string }) {
  return (
    <dl className="exam-clock">
      <div>
        <dt>Elapsed</dt>
        <dd>
          <span role="timer" aria-label="Time elapsed">
            {elapsedText(view.positionMs)}
          </span>
        </dd>
      </div>
      <div>
        <dt>{view.leftMs >= 0 ? 'Left' : 'Over time'}</dt>
        <dd>
          <span role="timer" aria-label={view.leftMs >= 0 ? 'Time left' : 'Time over'}>
            {leftText.replace(/ (left|over)$/, '')}
          </span>
        </dd>
      </div>
      <div>
        <dt>Due now</dt>
        <dd>Question {view.due}</dd>
      </div>
      <div>
        <dt>Pace</dt>
        <dd className={view.gap < 0 ? 'pace-behind' : 'pace-ok'}>
          {run.current === view.due && view.timeUp ? 'Time is up' : paceText(view.gap)}
        </dd>
      </div>
    </dl>
  );
}
