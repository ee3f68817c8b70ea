/**
 * The miss log's filter as a URL query, so a filtered view survives leaving the page, a reload, and being
 * sent to someone. A hand-edited or stale query (a deleted set, a made-up domain) is read as "all" for that
 * key rather than as a filter nothing can match.
 */
import { isIsoDate } from './dates';
import { emptyMissFilter, sessionSetFilter, type MissFilter } from './miss-filter';
import { failureModes, weakDomains, weakLanes } from './seed';

const statuses = ['needs-details', 'not-revisited', 'revisited'] as const;
const keys = Object.keys(emptyMissFilter) as (keyof MissFilter)[];
const oneOf = (ids: readonly { id: string }[], value: string) => ids.some((item) => item.id === value);

export function filterFromParams(params: URLSearchParams, setIds: ReadonlySet<string>): MissFilter {
  const get = (key: keyof MissFilter) => params.get(key) ?? '';
  const pick = <K extends keyof MissFilter>(key: K, valid: (value: string) => boolean) =>
    (valid(get(key)) ? get(key) : '') as MissFilter[K];
  return {
    domain: pick('domain', (value) => oneOf(weakDomains, value)),
    failureMode: pick('failureMode', (value) => oneOf(failureModes, value)),
    lane: pick('lane', (value) => oneOf(weakLanes, value)),
    set: pick('set', (value) => value === sessionSetFilter || setIds.has(value)),
    from: pick('from', isIsoDate),
    to: pick('to', isIsoDate),
    status: pick('status', (value) => (statuses as readonly string[]).includes(value)),
    text: get('text').slice(0, 200),
  };
}

/** Only the keys that are set, in a fixed order, so equal filters give equal URLs. */
export function paramsOfFilter(filter: MissFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of keys) if (filter[key] !== '') params.set(key, filter[key]);
  return params;
}
