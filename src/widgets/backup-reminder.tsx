import { backupReminderThresholdDays } from '../platform/browser-engine';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useShallow } from 'zustand/react/shallow';
import { backedUpUntil, backupStatus, defaultBackupThresholdDays } from '../domain/backup-reminder';
import { daysBetween, formatShortDate, localIsoDate } from '../domain/dates';
import { rowTableNames } from '../domain/tables';
import { useAppStore } from '../store/use-app-store';
import { useNow } from '../ui/use-now';

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "today (Thu Nov 26)", "3 days ago (Mon Nov 23)": calendar days, as the learner counts them. */
function whenText(at: number, now: number): string {
  const date = localIsoDate(at);
  return `${relative.format(daysBetween(localIsoDate(now), date), 'day')} (${formatShortDate(date)})`;
}

/**
 * When the last full backup was made, and a quiet nudge once new data has gone unsaved for `thresholdDays`.
 * Never a dialog: a line on Today and on /data that links to (or sits beside) the export button.
 */
export function BackupReminder({
  place,
  // Safari deletes a site's storage after seven days without a visit unless it is on the Home Screen, so
  // such a tab is nudged sooner.
  thresholdDays = backupReminderThresholdDays(defaultBackupThresholdDays),
}: {
  /** On Today the line links to /data and stays silent for a learner with nothing to back up. */
  place: 'today' | 'data';
  thresholdDays?: number;
}) {
  const tables = useAppStore(useShallow((s) => rowTableNames.map((name) => s[name])));
  const backups = useAppStore((s) => s.backups);
  const now = useNow(60_000);
  const status = useMemo(
    () =>
      backupStatus(
        tables.flatMap((rows) => Object.values(rows)),
        backedUpUntil(backups),
        now,
        thresholdDays,
      ),
    [tables, backups, now, thresholdDays],
  );
  if (place === 'today' && status.state === 'nothing-yet') return null;

  // Only an export here is a backup made on this device; a restored file says where the data came from.
  const { lastExportedAt } = backups;
  const restoredFromAt = backups.restoredFromAt ?? null;
  const last =
    lastExportedAt !== null
      ? `Last backup: ${whenText(lastExportedAt, now)}.`
      : restoredFromAt !== null
        ? `No backup saved on this device yet. Restored from a backup made ${whenText(restoredFromAt, now)}.`
        : 'No backup made yet.';
  const due = status.state === 'due';
  const nudge = due
    ? status.backedUpAt === null
      ? `Your study data has never been backed up, and it lives only in this browser.`
      : `You have new study data since then.`
    : null;
  return (
    <p
      className={due ? 'message warning backup-reminder' : 'muted backup-reminder'}
      data-state={status.state}
    >
      {last}
      {nudge && ` ${nudge} `}
      {due &&
        (place === 'today' ? (
          <Link to="/data">Export a backup</Link>
        ) : (
          'Export a backup below and keep the file somewhere safe.'
        ))}
    </p>
  );
}
