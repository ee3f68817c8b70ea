import { useMemo } from 'react';
import {
  missesByDomain,
  missesByFailureMode,
  missesByLane,
  scoresOverTime,
} from '../../domain/miss-analytics';
import { useAppStore } from '../../store/use-app-store';
import { BarChart } from './bar-chart';
import { ScoreChart } from '../../ui/score-chart';

export function MissAnalytics() {
  const misses = useAppStore((s) => s.misses);
  const sets = useAppStore((s) => s.sets);
  const tallies = useMemo(() => {
    const list = Object.values(misses);
    return { byMode: missesByFailureMode(list), byDomain: missesByDomain(list), byLane: missesByLane(list) };
  }, [misses]);
  const scores = useMemo(() => scoresOverTime(Object.values(sets)), [sets]);
  return (
    <section className="card" aria-labelledby="analytics-heading" id="analytics">
      <h2 id="analytics-heading">Analytics</h2>
      <ScoreChart scores={scores} />
      <div className="grid-2">
        <BarChart title="Misses by failure mode" rows={tallies.byMode} />
        <BarChart title="Misses by lane" rows={tallies.byLane} />
        <BarChart title="Misses by domain" rows={tallies.byDomain} />
      </div>
    </section>
  );
}
