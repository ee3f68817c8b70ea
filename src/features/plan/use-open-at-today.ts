import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';
import { planLandingTarget } from '../../domain/plan-landing';
import { useRoute } from '../../store/selectors';
import { useAppStore } from '../../store/use-app-store';
import { useToday } from '../../ui/use-now';

/** Once the weeks are on screen, scrolls to this week (or the last-7-day plan), unless a link named a place. */
export function useOpenAtToday(rendered: boolean) {
  const route = useRoute();
  const examDate = useAppStore((s) => s.setup.examDate);
  const today = useToday();
  const { hash } = useLocation();
  const target = planLandingTarget(route, examDate, today);
  const done = useRef(false);
  useEffect(() => {
    if (!rendered || hash || done.current) return;
    done.current = true;
    if (target) document.getElementById(target)?.scrollIntoView({ block: 'start' });
  }, [rendered, hash, target]);
}
