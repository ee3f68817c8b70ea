export interface Progress {
  done: number;
  total: number;
  /** 0..1; 0 for an empty list rather than NaN. */
  ratio: number;
}

export function progressOf(taskIds: readonly string[], isDone: (id: string) => boolean): Progress {
  const done = taskIds.filter(isDone).length;
  return { done, total: taskIds.length, ratio: taskIds.length === 0 ? 0 : done / taskIds.length };
}

export function percent(progress: Progress): number {
  return Math.round(progress.ratio * 100);
}

/**
 * Every tickable task of the plan: the route's own tasks and the ones the learner added (repair lessons). The one
 * list Today and /plan count from, so both always show the same "n of m".
 */
export function planTaskIds(routeTaskIds: readonly string[], extraTaskIds: readonly string[]): string[] {
  return [...routeTaskIds, ...extraTaskIds];
}
