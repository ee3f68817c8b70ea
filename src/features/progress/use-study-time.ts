import { useMemo } from 'react';
import { sessionStudyEntries, type StudyTimeEntry } from '../../domain/study-calendar';
import { useAppStore } from '../../store/use-app-store';

/**
 * Every study-time entry the progress view counts, from every source, as `{ date, minutes }`: timed sessions
 * and study time logged by hand, so the calendar, the weekly hours and the streak match "hours this week".
 */
export function useStudyTime(now: number): StudyTimeEntry[] {
  const sessions = useAppStore((s) => s.sessions);
  const studyLogs = useAppStore((s) => s.studyLogs);
  return useMemo(
    () => [
      ...sessionStudyEntries(Object.values(sessions), now),
      ...Object.values(studyLogs).map((log) => ({ date: log.date, minutes: log.minutes })),
    ],
    [sessions, studyLogs, now],
  );
}
