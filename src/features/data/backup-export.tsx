import { useState } from 'react';
import { backupFileName, createBackup } from '../../domain/backup-format';
import { withExportRecord } from '../../domain/backup-reminder';
import { useAppStore } from '../../store/use-app-store';
import { downloadText } from '../../platform/download';
import { StatusMessage } from './status-message';

const appVersion: string = import.meta.env.VITE_APP_VERSION ?? 'dev';

export function BackupExport() {
  const exportData = useAppStore((s) => s.exportData);
  const recordBackup = useAppStore((s) => s.recordBackup);
  const [message, setMessage] = useState<string | null>(null);

  const exportBackup = async () => {
    try {
      const now = Date.now();
      const backup = createBackup(withExportRecord(await exportData(), now), appVersion, now);
      downloadText(backupFileName(now), JSON.stringify(backup, null, 1), 'application/json');
      // The file is downloaded whatever happens here; a failed write of its date shows in the storage banner.
      void recordBackup(now);
      setMessage('Backup saved to your downloads.');
    } catch (error) {
      setMessage(`The backup could not be made (${error instanceof Error ? error.message : String(error)}).`);
    }
  };

  return (
    <div className="stack">
      <h3>Export</h3>
      <p>One JSON file with everything: set-up, ticks, sessions, mixed sets and misses.</p>
      <p>
        <button type="button" onClick={() => void exportBackup()}>
          Export a full backup (JSON)
        </button>
      </p>
      <StatusMessage message={message} />
    </div>
  );
}
