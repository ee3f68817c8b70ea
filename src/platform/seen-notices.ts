/**
 * Which one-time notices the learner has dismissed. Kept in localStorage: it is a courtesy, not learner data, so
 * it is neither backed up nor synced; if storage is blocked, a notice simply returns on the next visit.
 */
const prefix = 'ml-pro-study-tracker:seen:';

export function wasSeen(notice: string): boolean {
  try {
    return localStorage.getItem(prefix + notice) !== null;
  } catch {
    return false;
  }
}

export function markSeen(notice: string): void {
  try {
    localStorage.setItem(prefix + notice, '1');
  } catch {
    // Blocked storage: the notice shows again next time, which is harmless.
  }
}
