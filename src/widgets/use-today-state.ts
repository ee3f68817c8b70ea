import { useMemo } from 'react';
import { todayState, type TodayState } from '../domain/today-phase';
import { useRoute } from '../store/selectors';
import { useAppStore } from '../store/use-app-store';
import { useNow } from '../ui/use-now';

/** Where the learner stands on the calendar now (judgment rule 2): the one phase every view renders. */
export function useTodayState(): TodayState {
  const setup = useAppStore((s) => s.setup);
  const weeks = useRoute().weeks.length;
  const now = useNow(60_000);
  return useMemo(() => todayState(setup, weeks, now), [setup, weeks, now]);
}
