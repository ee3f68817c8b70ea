import { useHasRows } from '../store/selectors';
import { CollapsingLaneBanner } from './widget-parts';

/** A collapsing lane in the latest set, on Today, the plan and the miss log; nothing without misses. */
export function CollapsingLaneWarning() {
  return useHasRows('misses') ? <CollapsingLaneBanner /> : null;
}
