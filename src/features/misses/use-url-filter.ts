import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { MissFilter } from '../../domain/miss-filter';
import { filterFromParams, paramsOfFilter } from '../../domain/miss-filter-params';

/**
 * The filter lives in the URL. It is read once when the log mounts and then held in state, because the input
 * must follow every keystroke at once while the URL (a router navigation) follows a moment later; replacing
 * rather than pushing keeps Back for leaving the page, not for undoing letters.
 */
export function useUrlFilter(setIds: ReadonlySet<string>) {
  const [params, setParams] = useSearchParams();
  const [filter, setFilter] = useState<MissFilter>(() => filterFromParams(params, setIds));
  const query = paramsOfFilter(filter).toString();
  const current = params.toString();
  useEffect(() => {
    if (query === current) return;
    const timer = setTimeout(() => setParams(query, { replace: true, preventScrollReset: true }), 250);
    return () => clearTimeout(timer);
  }, [query, current, setParams]);
  return [filter, setFilter] as const;
}
