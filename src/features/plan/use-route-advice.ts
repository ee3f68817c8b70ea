import { useMemo } from 'react';
import { isRouteKept, routeAdvice, routeMayChange } from '../../domain/route-advice';
import { useRoute } from '../../store/selectors';
import { useAppStore } from '../../store/use-app-store';
import { useTodayState } from '../../widgets/use-today-state';

/** The route advice and whether it can still be acted on, for the set-up form and its summary. */
export function useRouteAdvice() {
  const setup = useAppStore((s) => s.setup);
  const route = useRoute();
  const state = useTodayState();
  const advice = useMemo(() => routeAdvice(setup, state.today), [setup, state.today]);
  const mayChange = routeMayChange(state, route.weeks.length);
  return { advice, state, mayChange, kept: isRouteKept(setup, advice) };
}
