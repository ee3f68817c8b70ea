import type { MissRecord, MixedSetRecord } from '../../src/domain/records';
import type { FailureModeId } from '../../src/domain/seed-ids';

let counter = 0;

export function aSet(date: string, patch: Partial<MixedSetRecord> = {}): MixedSetRecord {
  counter += 1;
  return {
    id: `set-${counter}`,
    date,
    label: `Set ${counter}`,
    questions: 20,
    correct: 14,
    createdAt: counter,
    updatedAt: counter,
    ...patch,
  };
}

export function aMiss(
  setId: string | null,
  failureMode: FailureModeId | null,
  patch: Partial<MissRecord> = {},
) {
  counter += 1;
  const miss: MissRecord = {
    id: `miss-${counter}`,
    setId,
    sessionId: null,
    domain: failureMode ? 'mlops' : null,
    failureMode,
    rule: `Rule ${counter}`,
    saferAction: '',
    revisit: null,
    revisited: false,
    retests: [],
    createdAt: counter,
    updatedAt: counter,
    ...patch,
  };
  return miss;
}

/** `n` misses of one failure mode in a set. */
export function missesIn(setId: string, failureMode: FailureModeId, n: number): MissRecord[] {
  return Array.from({ length: n }, () => aMiss(setId, failureMode));
}
