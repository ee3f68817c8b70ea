/**
 * A rule's review card rebuilt from its grades alone. Two devices that each graded the same rule hold different
 * cards; once their review logs are merged, both rebuild the card from the same logs in the same order, so both
 * show the same memory and the same due date. Each grade is replayed exactly as it was made on the day
 * (`gradeCard`, with the recall target of that day and the exam date as merged). "That day" is the grade's UTC
 * date, not the device's: a phone in Auckland and a laptop in Lisbon must rebuild the same card from the same
 * logs (the grading device used its own date, so near midnight its card can move by a day's recall target once
 * replayed). Slips count against the rule as worded when they were counted: when the merged card was counted
 * against other wording, its count is kept as it is.
 */
import { utcIsoDate, type IsoDate } from './dates';
import type { MissRecord } from './records';
import { gradeCard } from './review-fsrs';
import { ruleHash, type ReviewCardRecord, type ReviewLogRecord } from './review-records';
import { targetRetention } from './review-schedule';

/** Oldest first; two grades at one instant are ordered by id so every device replays the same sequence. */
function inReplayOrder(logs: readonly ReviewLogRecord[]): ReviewLogRecord[] {
  return [...logs].sort((a, b) => a.reviewedAt - b.reviewedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface ReplayInput {
  miss: Pick<MissRecord, 'id' | 'rule'>;
  start: IsoDate;
  logs: readonly ReviewLogRecord[];
  examDate: IsoDate | null;
  /** The card as merged: kept as it is when no grade was made in review (only answered retests). */
  card: ReviewCardRecord | undefined;
}

export function replayCard({ miss, start, logs, examDate, card }: ReplayInput): ReviewCardRecord | undefined {
  const ordered = inReplayOrder(logs);
  // Answered retests are replayed inside the first review grade, as the review view does.
  const retests = ordered.filter((log) => log.source === 'retest');
  let rebuilt: ReviewCardRecord | undefined;
  for (const log of ordered) {
    if (log.source !== 'review') continue;
    rebuilt = gradeCard({
      missId: miss.id,
      rule: miss.rule,
      start,
      card: rebuilt,
      history: rebuilt ? [] : retests,
      rating: log.rating,
      now: log.reviewedAt,
      retention: targetRetention(examDate, utcIsoDate(log.reviewedAt)),
      logId: log.id,
    }).card;
  }
  if (!rebuilt) return card;
  if (card && card.ruleHash !== rebuilt.ruleHash) {
    return { ...rebuilt, slips: card.slips, ruleHash: card.ruleHash };
  }
  return rebuilt;
}

export interface CardFromLogsInput extends Omit<ReplayInput, 'card'> {
  /** The card as stored when the write runs. */
  stored: ReviewCardRecord | undefined;
  /** How this grade moves the slip count: 1 for a grade of Again, -1 for taking one back, else 0. */
  slipChange: -1 | 0 | 1;
}

/**
 * The card a grade or an undo in review stores, worked out inside its write from every stored log of the rule,
 * so two tabs grading one rule both count and an undo takes back only its own grade. Memory and due date are
 * replayed from the logs; slips move from the stored card's count by this grade alone, counted against the rule
 * as worded now (a rewrite starts the count again, and slips against the old wording are not replayed into it).
 * Undefined when no review grade is left: the rule is new again.
 */
export function cardFromLogs({
  stored,
  slipChange,
  ...replay
}: CardFromLogsInput): ReviewCardRecord | undefined {
  const rebuilt = replayCard({ ...replay, card: undefined });
  if (!rebuilt) return undefined;
  const hash = ruleHash(replay.miss.rule);
  const counted = stored?.ruleHash === hash ? stored.slips : 0;
  return { ...rebuilt, slips: Math.max(0, counted + slipChange), ruleHash: hash };
}
