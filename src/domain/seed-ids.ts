/**
 * The seed's ids without its text. The store validates against these on every save, so they load with the app
 * shell; the plan's wording (seed.ts) loads with the views that show it. seed.ts's `satisfies` proves at compile
 * time that every id its tables use is one of these; that every id here has its entry, in this order, is
 * proven by tests/unit/seed.test.ts.
 */

export const lessonIds = [
  '1.1',
  '1.2',
  '1.3',
  '1.4',
  '1.5',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
  '2.5',
  '3.1',
  '3.2',
] as const;

export type LessonId = (typeof lessonIds)[number];

export function isLessonId(value: unknown): value is LessonId {
  return typeof value === 'string' && (lessonIds as readonly string[]).includes(value);
}

export const weakDomainIds = ['model-development', 'mlops', 'deployment'] as const;

export type WeakDomainId = (typeof weakDomainIds)[number];

export const failureModeIds = [
  'wrong-scaling-fit',
  'leakage',
  'weak-lifecycle-control',
  'poor-testing',
  'unsafe-rollout',
  'bad-monitoring-reaction',
] as const;

export type FailureModeId = (typeof failureModeIds)[number];

export const phaseIds = ['objective', 'boundary', 'scenario', 'rules', 'verify'] as const;

export type PhaseId = (typeof phaseIds)[number];

/** Phase i runs from minute bounds[i] to bounds[i + 1] (the seed's 0-10, 10-20, 20-40, 40-50, 50-60). */
export const phaseMinuteBounds = [0, 10, 20, 40, 50, 60] as const;

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
