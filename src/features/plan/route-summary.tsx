import { useMemo, useState } from 'react';
import { routeInfo } from '../../domain/route';
import { routeAdvice, type RouteProblem, type SetupAction } from '../../domain/route-advice';
import { useRoute } from '../../store/selectors';
import { useAppStore } from '../../store/use-app-store';
import { useToday } from '../../ui/use-now';

const paceBadge = { fits: 'ok', tight: 'warn', short: 'warn' } as const;

/** The route the set-up gives, with judgment rule 1's advice: every problem names one number and changes it. */
export function RouteSummary() {
  const setup = useAppStore((s) => s.setup);
  const updateSetup = useAppStore((s) => s.updateSetup);
  const route = useRoute();
  const today = useToday();
  const advice = useMemo(() => routeAdvice(setup, today), [setup, today]);
  const [done, setDone] = useState('');
  const { recommendation, pace, fit } = advice;
  const overridden = recommendation && setup.routeOverride && setup.routeOverride !== recommendation.kind;

  const apply = async (action: SetupAction) => {
    const outcome = await updateSetup(action.patch);
    setDone(
      outcome.ok
        ? `Done: ${action.label.replace(/^\w/, (c) => c.toLowerCase())}.`
        : `Not changed: ${outcome.message ?? Object.values(outcome.errors).join(' ')}`,
    );
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
      {overridden && (
        <p>
          You chose the {route.info.name} over the recommended {routeInfo(recommendation.kind).name}.
        </p>
      )}
      {pace && pace.status !== 'short' && (
        <p>
          <span className={`badge ${paceBadge[pace.status]}`}>Pace check</span> {pace.message}
        </p>
      )}
      {fit.status !== 'too-close' && (
        <p className={fit.status === 'fits' ? '' : 'message warning'}>
          <span className={`badge ${fit.status === 'fits' ? 'ok' : 'warn'}`}>Exam date</span> {fit.message}
        </p>
      )}
      {advice.problems.map((problem) => (
        <ProblemCard key={problem.kind} problem={problem} onApply={(action) => void apply(action)} />
      ))}
      <p role="status" className="message">
        {done}
      </p>
    </div>
  );
}

const problemBadge = { override: 'Route choice', hours: 'Pace check', exam: 'Exam date' } as const;

function ProblemCard({ problem, onApply }: { problem: RouteProblem; onApply(action: SetupAction): void }) {
  return (
    <div className="message warning route-problem">
      <p>
        <span className="badge warn">{problemBadge[problem.kind]}</span> {problem.message}
      </p>
      {problem.actions.length > 0 && (
        <p className="actions">
          {problem.actions.map((action, index) => (
            <button
              key={action.label}
              type="button"
              className={index === 0 ? '' : 'secondary'}
              onClick={() => onApply(action)}
            >
              {action.label}
            </button>
          ))}
        </p>
      )}
    </div>
  );
}
