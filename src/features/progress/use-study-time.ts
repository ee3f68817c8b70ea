import { useMemo } from 'react';
import { sessionStudyEntries, type StudyTimeEntry } from '../../domain/study-calendar';
import { useAppStore } from '../../store/use-app-store';

/**
 * Every study-time entry the progress view counts, from every source, as `{ date, minutes }`.
 *
 * Hook for hand-logged time: when the `studyLogs` table (issue 9) is in the store, read it here and append its
 * rows mapped to `{ date, minutes }`; the calendar, the weekly hours and the streak then count them with no other
 * change.
 */
export function useStudyTime(now: number): StudyTimeEntry[] {
  const sessions = useAppStore((s) => s.sessions);
  return useMemo(() => sessionStudyEntries(Object.values(sessions), now), [sessions, now]);
}
