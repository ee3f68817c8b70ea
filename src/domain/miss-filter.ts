/**
 * Filtering and ordering the miss log. Sorting happens once per change of the log; filtering runs on every
 * keystroke, so it is a single pass with the cheapest tests first.
 */
import type { IsoDate } from './dates';
import { missDate, needsDetails } from './miss-analytics';
import type { MissRecord, MixedSetRecord } from './records';
import { failureModes, weakDomains, type LaneId } from './seed';
import { laneLabel, laneOf, lessonTitle } from './seed-lookups';
import type { FailureModeId, WeakDomainId } from './seed-ids';

export interface MissFilter {
  domain: WeakDomainId | '';
  failureMode: FailureModeId | '';
  lane: LaneId | '';
  /** A set id, `session` for misses written in a session, or empty for all. */
  set: string;
  from: IsoDate | '';
  to: IsoDate | '';
  status: '' | 'needs-details' | 'not-revisited' | 'revisited';
  text: string;
}

export const sessionSetFilter = 'session';

export const emptyMissFilter: MissFilter = {
  domain: '',
  failureMode: '',
  lane: '',
  set: '',
  from: '',
  to: '',
  status: '',
  text: '',
};

export interface LogEntry {
  miss: MissRecord;
  date: IsoDate;
  /**
   * Lower-cased text the search looks in: rule, cue, safer action, revisit target, set label, and the domain,
   * failure-mode and lane names (so "leakage" finds the leakage misses).
   */
  haystack: string;
}

const domainLabels = new Map<string | null, string>(weakDomains.map((d) => [d.id, d.label]));
const failureModeLabels = new Map<string | null, string>(failureModes.map((m) => [m.id, m.label]));

/** Newest first: by the set's (or session's) date, then by when the miss was written. */
export function logEntries(
  misses: Iterable<MissRecord>,
  sets: Readonly<Record<string, MixedSetRecord>>,
): LogEntry[] {
  const setDates = new Map(Object.values(sets).map((set) => [set.id, set.date]));
  const entries: LogEntry[] = [];
  for (const miss of misses) {
    const revisit = miss.revisit
      ? miss.revisit.kind === 'lesson'
        ? `${miss.revisit.lessonId} ${lessonTitle(miss.revisit.lessonId)}`
        : `${miss.revisit.title} ${miss.revisit.url}`
      : '';
    const setLabel = miss.setId ? (sets[miss.setId]?.label ?? '') : 'session';
    const lane = laneOf(miss.failureMode);
    const labels = [
      domainLabels.get(miss.domain),
      failureModeLabels.get(miss.failureMode),
      lane && laneLabel(lane),
    ].join('\n');
    entries.push({
      miss,
      date: missDate(miss, setDates),
      haystack:
        `${miss.rule}\n${miss.cue ?? ''}\n${miss.saferAction}\n${revisit}\n${setLabel}\n${labels}`.toLowerCase(),
    });
  }
  return entries.sort(
    (a, b) =>
      b.date.localeCompare(a.date) || b.miss.createdAt - a.miss.createdAt || (a.miss.id < b.miss.id ? 1 : -1),
  );
}

export function isFilterEmpty(filter: MissFilter): boolean {
  return (Object.keys(emptyMissFilter) as (keyof MissFilter)[]).every(
    (key) => filter[key].trim() === emptyMissFilter[key],
  );
}

/** The filters set besides the search words, as a phone's folded "Filter" control counts them. */
export function activeFilterCount(filter: MissFilter): number {
  return (Object.keys(emptyMissFilter) as (keyof MissFilter)[]).filter(
    (key) => key !== 'text' && filter[key] !== emptyMissFilter[key],
  ).length;
}

/** A From date after the To date matches nothing; the view says so instead of showing an empty log. */
export function isDateRangeReversed(filter: Pick<MissFilter, 'from' | 'to'>): boolean {
  return filter.from !== '' && filter.to !== '' && filter.from > filter.to;
}

export function filterLog(entries: readonly LogEntry[], filter: MissFilter): LogEntry[] {
  if (isFilterEmpty(filter)) return entries as LogEntry[];
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter(({ miss, date, haystack }) => {
    if (filter.domain && miss.domain !== filter.domain) return false;
    if (filter.failureMode && miss.failureMode !== filter.failureMode) return false;
    if (filter.lane && laneOf(miss.failureMode) !== filter.lane) return false;
    if (filter.set === sessionSetFilter ? miss.setId !== null : filter.set && miss.setId !== filter.set) {
      return false;
    }
    if (filter.from && date < filter.from) return false;
    if (filter.to && date > filter.to) return false;
    if (filter.status === 'needs-details' && !needsDetails(miss)) return false;
    if (filter.status === 'not-revisited' && miss.revisited) return false;
    if (filter.status === 'revisited' && !miss.revisited) return false;
    return words.every((word) => haystack.includes(word));
  });
}
