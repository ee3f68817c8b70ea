import type { Persistence } from './persistence';

/** What every slice is handed: where rows go, and the clock (injected so tests control time). */
export interface SliceDeps {
  persistence: Persistence;
  now(): number;
}
