import type { MemoryReason } from '../db/connection';
import type { WholeDataSlice } from './whole-data-slice';
import type { MirroredData } from './mirrored-data';
import type { MissesSlice } from './misses-slice';
import type { PersistenceMode } from './persistence';
import type { PlanSlice } from './plan-slice';
import type { RehearsalSlice } from './rehearsal-slice';
import type { ReviewSlice } from './review-slice';
import type { SessionSlice } from './session-slice';
import type { SettingsSlice } from './settings-slice';
import type { StudyLogSlice } from './study-log-slice';

export interface StatusState {
  persistence: PersistenceMode;
  memoryReason: MemoryReason | null;
  /** The last failed write, shown until dismissed. */
  storageError: string | null;
  dismissStorageError(): void;
}

export type Store = MirroredData &
  StatusState &
  SettingsSlice &
  PlanSlice &
  MissesSlice &
  SessionSlice &
  StudyLogSlice &
  WholeDataSlice &
  ReviewSlice &
  RehearsalSlice;
