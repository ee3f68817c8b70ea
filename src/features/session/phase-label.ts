import { sessionPhases } from '../../domain/seed';

/** Phase name for titles and notifications: "Phase 2 of 5 (10-20)". */
export function phaseLabel(index: number): string {
  return `Phase ${index + 1} of ${sessionPhases.length} (${sessionPhases[index]!.minutes})`;
}
