import { useState } from 'react';
import { keptRouteKey, type RouteAdvice, type SetupAction } from '../../domain/route-advice';
import { afterRouteFocus, type TodayState } from '../../domain/today-phase';
import { useRouteAdvice } from './use-route-advice';
import { formatShortDate, type IsoDate } from '../../domain/dates';
import { useRoute } from '../../store/selectors';
import { useAppStore } from '../../store/use-app-store';

const paceBadge = { fits: 'ok', tight: 'warn', short: 'warn' } as const;

/**
 * The route the set-up gives, with judgment rule 1's advice while the route can still change: every offered
 * change, applied, leaves no problem. Once the route can no longer change, it says what Today says.
 */
export function RouteSummary() {
  const setup = useAppStore((s) => s.setup);
  const updateSetup = useAppStore((s) => s.updateSetup);
  const route = useRoute();
  const { advice, state, mayChange, kept } = useRouteAdvice();
  const [done, setDone] = useState('');
  const { recommendation, pace, fit } = advice;

  const apply = async (action: SetupAction) => {
    const outcome = await updateSetup(action.patch);
    setDone(
      outcome.ok
        ? `Done: ${action.label.replace(/^\w/, (c) => c.toLowerCase())}.`
        : `Not changed: ${outcome.message ?? Object.values(outcome.errors).join(' ')}`,
    );
  };
  const keep = async () => {
    const outcome = await updateSetup({ keptRoute: keptRouteKey(setup, advice) });
    setDone(outcome.ok ? 'Kept: your route stays as it is.' : `Not changed: ${outcome.message ?? ''}`);
  };

  return (
    <div className="stack">
      <h3>
        Your route: {route.info.name} <span className="badge">{route.info.span}</span>{' '}
        <span className="badge">{route.info.days}</span>
      </h3>
      {recommendation ? (
        <p>{recommendation.reason}</p>
      ) : (
        <p className="muted">Choose the time you can commit each week and the app recommends a route.</p>
      )}
      {advice.choice && <p>{advice.choice}</p>}
      {!mayChange ? (
        <p className="message">{phaseNote(state, setup.examDate)}</p>
      ) : (
        <>
          {pace && pace.status !== 'short' && (
            <p>
              <span className={`badge ${paceBadge[pace.status]}`}>Pace check</span> {pace.message}
            </p>
          )}
          {fit.status !== 'too-close' && fit.status !== 'past' && (
            <p className={fit.status === 'fits' ? '' : 'message warning'}>
              <span className={`badge ${fit.status === 'fits' ? 'ok' : 'warn'}`}>Exam date</span>{' '}
              {fit.message}
            </p>
          )}
          {kept ? (
            <p className="message">
              You kept this route knowing: {advice.problems.map((p) => p.message).join(' ')}
            </p>
          ) : (
            advice.problems.length > 0 && (
              <RouteProblems advice={advice} onApply={(a) => void apply(a)} onKeep={() => void keep()} />
            )
          )}
        </>
      )}
      <p role="status" className="message">
        {done}
      </p>
    </div>
  );
}

const problemBadge = { override: 'Route choice', hours: 'Pace check', exam: 'Exam date' } as const;

function RouteProblems({
  advice,
  onApply,
  onKeep,
}: {
  advice: RouteAdvice;
  onApply(action: SetupAction): void;
  onKeep(): void;
}) {
  const pair = advice.fixes.some((fix) => / and /.test(fix.label));
  return (
    <div className="message warning route-problem">
      {advice.problems.map((problem) => (
        <p key={problem.kind}>
          <span className="badge warn">{problemBadge[problem.kind]}</span> {problem.message}
        </p>
      ))}
      <p>
        {advice.noFix ??
          (pair ? 'No single number fixes it; change two at once:' : 'Change one number, and it fits:')}
      </p>
      <p className="actions">
        {advice.fixes.map((action, index) => (
          <button
            key={action.label}
            type="button"
            className={index === 0 ? '' : 'secondary'}
            onClick={() => onApply(action)}
          >
            {action.label}
          </button>
        ))}
        <button type="button" className="secondary" onClick={onKeep}>
          Keep my route
        </button>
      </p>
    </div>
  );
}

/** Once the route can no longer change, /plan says what Today says about where the learner is. */
function phaseNote(state: TodayState, examDate: IsoDate | null): string {
  switch (state.phase) {
    case 'route':
      return 'Your route is in its last week: finish its tasks, then repair your weakest lanes and take mixed sets.';
    case 'after-route':
      return examDate
        ? 'The weeks of your route are over: repair your weakest lanes and take mixed sets until the last 7 days.'
        : afterRouteFocus(examDate);
    case 'last-7':
      return `Your last 7 days have begun: today is day ${state.countdownDay.day}, ${state.countdownDay.focus}.`;
    case 'exam-day':
      return 'Your exam is today.';
    case 'after-exam':
      return `Your exam on ${formatShortDate(state.examDate)} has passed: tell Today how it went.`;
    default:
      return '';
  }
}
