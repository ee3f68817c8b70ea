import { useMemo } from 'react';
import { examFit, paceCheck } from '../../domain/pace';
import { routeInfo } from '../../domain/route';
import { useRecommendation, useRoute } from '../../store/selectors';
import { useAppStore } from '../../store/use-app-store';
import { useToday } from '../../ui/use-clock';

const paceBadge = { fits: 'ok', tight: 'warn', short: 'warn' } as const;

export function RouteSummary() {
  const setup = useAppStore((s) => s.setup);
  const route = useRoute();
  const recommendation = useRecommendation();
  const today = useToday();
  const pace = useMemo(() => paceCheck(setup, route.kind), [setup, route.kind]);
  const fit = useMemo(() => examFit(setup, route.kind, today), [setup, route.kind, today]);
  const overridden = recommendation && setup.routeOverride && setup.routeOverride !== recommendation.kind;

  return (
    <div aria-live="polite" className="stack">
      <h3>
        Your route: {route.info.name} <span className="badge">{route.info.days}</span>{' '}
        <span className="badge">{route.info.span}</span>
      </h3>
      {recommendation ? (
        <p>{recommendation.reason}</p>
      ) : (
        <p className="muted">Choose the time you can commit each week and the app recommends a route.</p>
      )}
      {overridden && (
        <p className="message warning">
          You chose the {route.info.name} over the recommended {routeInfo(recommendation.kind).name}.
        </p>
      )}
      {pace && (
        <p>
          <span className={`badge ${paceBadge[pace.status]}`}>Pace check</span> {pace.message}
        </p>
      )}
      <p className={fit.status === 'fits' ? '' : 'message warning'}>
        <span className={`badge ${fit.status === 'fits' ? 'ok' : 'warn'}`}>Exam date</span> {fit.message}
      </p>
    </div>
  );
}
