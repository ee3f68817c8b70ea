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
