/**
 * Lookups over the seed tables, so rules and views do not each search them. Lookups that take a typed seed id
 * always find their row (the seed holds every id). Lookups that take an id from outside the seed (a stored row,
 * a form, a URL) return undefined for one the seed does not hold, and each caller keeps its own fallback.
 */
import {
  failureModes,
  finalRules,
  hoursBands,
  lastSevenDays,
  lessons,
  sessionPhases,
  startingPoints,
  weakDomains,
  weakLanes,
  type LaneId,
} from './seed';
import type { FailureModeId, LessonId, PhaseId } from './seed-ids';

function lookup<Row extends { readonly id: string }>(rows: readonly Row[]) {
  const index = new Map<string, Row>(rows.map((row) => [row.id, row]));
  return (id: string | null | undefined): Row | undefined => (id == null ? undefined : index.get(id));
}

export const lessonById = lookup(lessons);
export const hoursBandById = lookup(hoursBands);
export const startingPointById = lookup(startingPoints);
export const weakDomainById = lookup(weakDomains);
export const failureModeById = lookup(failureModes);

const laneRow = lookup(weakLanes);
const phaseRow = lookup(sessionPhases);
const finalRuleRow = lookup(finalRules);

export const laneById = (id: LaneId) => laneRow(id)!;
export const sessionPhaseById = (id: PhaseId) => phaseRow(id)!;
export const finalRuleById = (id: (typeof finalRules)[number]['id']) => finalRuleRow(id)!;

/** A lesson's title; an id the seed does not hold is shown as itself. */
export function lessonTitle(id: LessonId): string {
  return lessonById(id)?.title ?? id;
}

/**
 * A task's lesson references ("2.5 Lakehouse Monitoring, ..."), leaving out any its label already says: a repair
 * task is named for its lesson, and saying the name twice reads as two tasks.
 */
export function lessonReferences(label: string, lessons: readonly LessonId[]): string[] {
  return lessons.map((lesson) => `${lesson} ${lessonTitle(lesson)}`).filter((ref) => !label.includes(ref));
}

/** The lane a failure mode belongs to; none without a failure mode. */
export function laneOf(failureMode: FailureModeId | null): LaneId | null {
  return failureModeById(failureMode)?.lane ?? null;
}

export function laneLabel(lane: LaneId): string {
  return laneById(lane).label;
}

export function domainLabel(id: string | null | undefined): string | undefined {
  return weakDomainById(id)?.label;
}

export function failureModeLabel(id: string | null | undefined): string | undefined {
  return failureModeById(id)?.label;
}

/** The last-7-day focus for `day` days before the exam; none outside those seven days. */
export function lastSevenDay(day: number | null) {
  return lastSevenDays.find((entry) => entry.day === day);
}
