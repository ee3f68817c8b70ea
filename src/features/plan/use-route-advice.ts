import { useMemo } from 'react';
import { isRouteKept, routeAdvice, routeMayChange } from '../../domain/route-advice';
import { todayState } from '../../domain/today-phase';
import { useRoute } from '../../store/selectors';
import { useAppStore } from '../../store/use-app-store';
import { useNow } from '../../ui/use-now';

/** The route advice and whether it can still be acted on, for the set-up form and its summary. */
export function useRouteAdvice() {
  const setup = useAppStore((s) => s.setup);
  const route = useRoute();
  const now = useNow(60_000);
  const state = useMemo(() => todayState(setup, route.weeks.length, now), [setup, route.weeks.length, now]);
  const advice = useMemo(() => routeAdvice(setup, state.today), [setup, state.today]);
  const mayChange = routeMayChange(state, route.weeks.length);
  return { advice, state, mayChange, kept: isRouteKept(setup, advice) };
}
