/**
 * What a learner sees before recalling a rule. Five retests of rules from one set read the same unless each
 * carries its own cue, so the question cue comes first; without one, the set, domain, failure mode and the
 * time it was written still tell the cards apart.
 */
import { formatShortDate, localIsoDate } from './dates';
import type { MissRecord } from './records';
import { domainLabel, failureModeLabel } from './seed-lookups';

const timeFormat = new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

export interface RecallCue {
  /** The learner's own cue, or null when the miss has none. */
  cue: string | null;
  /** Set · domain · failure mode · when it was written, whatever of it is known. */
  context: string;
}

export function recallCueOf(
  miss: Pick<MissRecord, 'cue' | 'domain' | 'failureMode' | 'createdAt'>,
  setLabel: string | undefined,
): RecallCue {
  const written = `${formatShortDate(localIsoDate(miss.createdAt))}, ${timeFormat.format(miss.createdAt)}`;
  const context = [
    setLabel,
    domainLabel(miss.domain),
    failureModeLabel(miss.failureMode),
    `written ${written}`,
  ]
    .filter(Boolean)
    .join(' · ');
  return { cue: miss.cue?.trim() || null, context };
}
